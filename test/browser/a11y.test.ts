/**
 * Issue 14, keyboards and screen readers: axe-core (WCAG 2 A/AA, 2.1 AA, best practices; every impact)
 * on the map page, its list view, the directory and two profiles in both languages; the list view as
 * the map's text equivalent (what is in view, sortable, each row selecting its record); the Tab stops
 * between the header and the details; the focus ring; and a keyboard-only walk from page load through
 * the skip link and the list to a firm's details and back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { allViolations } from '../support/axe';
import { SHOTS, setupApp } from '../support/harness';
import { otherLanguage } from '../support/language-offenders';
import { visibleText } from '../support/visible-text';

interface NodeFeature {
  properties: { id: string; name_zh: string; name_en: string; industry: string; provenance: string };
  geometry: { coordinates: [number, number] };
}
const NODES = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/geo/nodes.geojson'), 'utf8')) as {
    features: NodeFeature[];
  }
).features;

const active = (p: Page) =>
  p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      testId: a?.dataset.testid ?? '',
      id: a?.id ?? '',
      tag: a?.tagName ?? '',
      text: a?.textContent ?? '',
    };
  });

/** The list's node rows as shown (ids in order). */
const nodeRowIds = (p: Page) =>
  p
    .getByTestId('inview-nodes')
    .locator('tbody button.pick')
    .evaluateAll((els) =>
      els.map((e) => (e as HTMLElement).dataset.testid?.replace('inview-row-node-', '') ?? ''),
    );

/** WCAG relative luminance contrast of two computed CSS colours (rgb()/rgba()). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('accessibility (desktop)', () => {
  const app = setupApp({ width: 1366, height: 768 });

  for (const lang of ['zh', 'en'] as const) {
    it(`axe, every impact: the map page and its list view (${lang})`, async () => {
      const p = await app.open(`?lang=${lang}&sel=park:menghai`);
      await p.getByTestId('details').waitFor();
      expect(await allViolations(p), 'map page').toEqual([]);
      await p.getByTestId('tab-list').click();
      await p.getByTestId('inview-nodes').waitFor();
      expect(await allViolations(p), 'list view').toEqual([]);
      expect(otherLanguage(lang, await visibleText(p, '[data-testid=inview]')), 'list view language').toEqual(
        [],
      );
      expect(otherLanguage(lang, await visibleText(p, '.skip-links')), 'skip links language').toEqual([]);
      expect(await p.locator('h1').count(), 'one h1').toBe(1);
      expect(await p.getByTestId('nav-map').getAttribute('aria-current')).toBe('page');
      expect(await p.getByTestId('nav-parks').getAttribute('aria-current')).toBeNull();
      await p.screenshot({ path: `${SHOTS}/test-list-desktop-${lang}.png` });
    });

    it(`axe, every impact: the directory, two profiles and the monitoring page (${lang})`, async () => {
      for (const page of ['parks', 'park:menghai', 'park:mohan', 'monitor']) {
        const p = await app.openNoMap(`?page=${page}&lang=${lang}`);
        await p.locator('main.page h1').waitFor();
        expect(await allViolations(p), page).toEqual([]);
        expect(await p.locator('h1').count(), `${page}: one h1`).toBe(1);
        const nav = page === 'monitor' ? 'nav-monitor' : 'nav-parks';
        expect(await p.getByTestId(nav).getAttribute('aria-current'), page).toBe('page');
        await p.close();
      }
    });
  }

  it('the list shows what is in view, follows the filters, sorts, and a row selects its record', async () => {
    const p = await app.open('?lang=zh&panel=list');
    await app.jump(p, [100.45, 21.95], 10);
    // The store hears of the view after a short rest; then the list is what the map's box holds.
    const inBox = async () => {
      const b = await p.evaluate(() => window.__map?.getBounds().toArray().flat() ?? []);
      const [w = 0, s = 0, e = 0, n = 0] = b;
      return NODES.filter(
        ({
          geometry: {
            coordinates: [x, y],
          },
        }) => x >= w && x <= e && y >= s && y <= n,
      )
        .map((f) => f.properties.id)
        .sort();
    };
    const expected = await inBox();
    expect(expected.length, 'some nodes around 勐海').toBeGreaterThan(2);
    expect(expected.length, 'not all nodes').toBeLessThan(NODES.length);
    await expect.poll(async () => (await nodeRowIds(p)).sort()).toEqual(expected);
    expect(await p.getByTestId('inview-count').textContent()).toContain(`${expected.length} 个企业与项目`);
    expect(await p.getByTestId('inview-row-park-menghai').count()).toBe(1);
    expect(await p.getByTestId('inview-row-park-mohan').count(), '磨憨 is far south').toBe(0);
    // Sample records are marked as such, like everywhere else.
    const sample = NODES.find(
      (f) => expected.includes(f.properties.id) && f.properties.provenance === 'sample',
    );
    if (!sample) throw new Error('the test expects a sample record around 勐海');
    const row = p.getByTestId(`inview-row-node-${sample.properties.id}`).locator('xpath=..');
    expect(await row.locator('.prov-sample').textContent()).toBe('示例数据');

    // Sorted by name (pinyin) at first; the header says so, and a click turns the order round.
    const names = () => p.getByTestId('inview-nodes').locator('tbody button.pick').allTextContents();
    const byName = await names();
    expect(byName).toEqual([...byName].sort(new Intl.Collator('zh-CN').compare));
    const nameHeader = p.getByTestId('inview-nodes').locator('thead th').first();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await p.getByTestId('inview-nodes-sort-name').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual([...byName].reverse());
    await p.getByTestId('inview-nodes-sort-link').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBeNull();
    expect(await p.getByTestId('inview-nodes').locator('thead th').nth(3).getAttribute('aria-sort')).toBe(
      'ascending',
    );

    // The industry filter applies to the list as to the map.
    const tea = NODES.filter((f) => expected.includes(f.properties.id) && f.properties.industry === 'tea');
    expect(tea.length).toBeGreaterThan(0);
    await p.getByTestId('industry-tea').click();
    await expect
      .poll(async () => (await nodeRowIds(p)).sort())
      .toEqual(tea.map((f) => f.properties.id).sort());
    await p.getByTestId('industry-tea').click();

    // A row selects its record, opens its details and moves the camera to it.
    const pick = tea[0];
    if (!pick) throw new Error('no tea node');
    await p.getByTestId(`inview-row-node-${pick.properties.id}`).click();
    await p.getByTestId('details').getByRole('heading', { name: pick.properties.name_zh }).waitFor();
    await p.waitForFunction(() => !window.__map?.isMoving());
    const c = await p.evaluate(() => window.__map?.getCenter().toArray() ?? [0, 0]);
    const [x, y] = pick.geometry.coordinates;
    expect(Math.hypot((c[0] ?? 0) - x, (c[1] ?? 0) - y), 'camera near the node').toBeLessThan(0.2);
  }, 240_000); // a jump, filter changes and a flight on a software-rendered map

  it('fewer Tab stops between the header and the details (36 before roving groups), and a visible ring', async () => {
    const p = await app.open('?lang=zh&sel=park:menghai');
    await p.getByTestId('details').waitFor();
    await p.getByTestId('nav-map').focus();
    let stops = 0;
    for (; stops < 60; stops++) {
      const a = await active(p);
      const inDetails = await p.evaluate(() => !!document.activeElement?.closest('[data-testid=details]'));
      if (inDetails) break;
      if (a.tag === 'CANVAS') {
        // The map canvas: a ring of ≥ 2 px, ≥ 3:1 against the white line beside it.
        const ring = await p.evaluate(() => {
          const cs = getComputedStyle(document.activeElement as Element);
          return {
            width: Number.parseFloat(cs.outlineWidth),
            style: cs.outlineStyle,
            color: cs.outlineColor,
          };
        });
        expect(ring.style).toBe('solid');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
      }
      if (
        a.testId === '' &&
        (await p.evaluate(() => document.activeElement?.classList.contains('maplibregl-ctrl-zoom-in')))
      ) {
        const ring = await p.evaluate(() => {
          const cs = getComputedStyle(document.activeElement as Element);
          return {
            width: Number.parseFloat(cs.outlineWidth),
            style: cs.outlineStyle,
            color: cs.outlineColor,
          };
        });
        expect(ring.style, 'zoom button ring').toBe('solid');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.color, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
      }
      await p.keyboard.press('Tab');
    }
    console.info(`Tab stops from the header's first link to the details: ${stops} (36 before)`);
    expect(stops, 'the details are reached').toBeLessThan(60);
    // Header 8, map canvas and controls 6, side panel: tabs 1, collapse 1, chips 1, stage 1, search 1, layers 1.
    expect(stops).toBeLessThanOrEqual(21);
  });

  it('keyboard only: skip link → list → a firm → details with focus on the heading → Esc → back to the row', async () => {
    const p = await app.open('?lang=en');
    await p.keyboard.press('Tab');
    expect((await active(p)).testId, 'the first Tab stop').toBe('skip-main');
    expect(await p.getByTestId('skip-main').textContent()).toBe('Skip to main content');
    const shown = await p.getByTestId('skip-main').boundingBox();
    expect(shown && shown.y >= 0 && shown.height > 0, 'visible when focused').toBe(true);
    await p.keyboard.press('Tab');
    expect((await active(p)).testId).toBe('skip-list');
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await active(p)).id).toBe('inview-title');
    expect(await p.getByTestId('tab-list').getAttribute('aria-selected')).toBe('true');
    // Tab into the list until a firm's row has focus (sort buttons and the parks' row come first).
    for (let i = 0; i < 20 && !(await active(p)).testId.startsWith('inview-row-node-'); i++)
      await p.keyboard.press('Tab');
    const first = await active(p);
    expect(first.testId).toMatch(/^inview-row-node-/);
    // The rows are one Tab stop: the arrow keys move between them.
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    const row = await active(p);
    expect(row.testId).toMatch(/^inview-row-node-/);
    expect(row.testId).not.toBe(first.testId);
    const id = row.testId.replace('inview-row-node-', '');
    const node = NODES.find((f) => f.properties.id === id);
    if (!node) throw new Error(`row ${id} is no node`);
    await p.keyboard.press('Enter');
    await p.getByTestId('details').waitFor();
    await expect
      .poll(async () => (await active(p)).id, { message: 'focus on the details heading' })
      .toBe('details-title');
    expect((await active(p)).text).toBe(node.properties.name_en);
    await p.keyboard.press('Escape');
    await p.getByTestId('details').waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await active(p)).testId, { message: 'focus back on the row' })
      .toBe(row.testId);
  }, 180_000);
});

describe('list view (phone)', () => {
  const app = setupApp({ width: 375, height: 812 });
  for (const lang of ['zh', 'en'] as const) {
    it(`the list on a phone: axe clean, rows at least 44 px (${lang})`, async () => {
      const p = await app.open(`?lang=${lang}`);
      await p.getByTestId('tab-list').click();
      await p.getByTestId('inview-nodes').waitFor();
      expect(await allViolations(p)).toEqual([]);
      const small = await p
        .getByTestId('inview')
        .locator('button')
        .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 44).length);
      expect(small).toBe(0);
      await p.screenshot({ path: `${SHOTS}/test-list-phone-${lang}.png` });
    });
  }
});
