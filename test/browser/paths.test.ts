/**
 * Issue 9's acceptance in Chromium: the pages in every order a user takes them (a profile first, then
 * the map, then a tool), each panel opened, and a site drawn at the end; names from data or imports
 * that look like templates or markup are shown as typed; a 5,000-character name does not stretch the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { clickAt } from '../support/map-probe';

// Where the camera ends is checked, not the flight: reduced motion makes each fly and fit a jump.
const app = setupApp();
const PANELS = ['legend', 'list', 'chain', 'gaps', 'matrix', 'checks', 'sites', 'routing'] as const;
/** What each tab shows when it works (with one industry selected where it needs one). */
const PANEL_TESTID: Record<(typeof PANELS)[number], string> = {
  legend: 'legend',
  list: 'inview',
  chain: 'chain-panel',
  gaps: 'gap-panel',
  matrix: 'matrix-panel',
  checks: 'checks-panel',
  sites: 'sites-panel',
  routing: 'routing-panel',
};

/** No error box anywhere and the root still holds the app. */
async function noFailure(p: Page) {
  expect(await p.locator('[data-testid^="error-"]').count(), 'error boxes').toBe(0);
  expect(await p.locator('#root .app').count()).toBe(1);
}

/** Opens the Sites tab, draws a small square near 勐海 and reads its card (the path that once blanked the app). */
async function drawSite(p: Page) {
  await p.getByTestId('tab-sites').click();
  await p.getByTestId('sites-panel').waitFor();
  await app.jump(p, [100.45, 21.96], 11.5);
  const before = await p.locator('.site-card').count();
  await p.getByTestId('tool-site').click();
  await clickAt(p, [100.43, 21.95]);
  await clickAt(p, [100.47, 21.95]);
  await clickAt(p, [100.47, 21.98], { double: true });
  await expect.poll(() => p.locator('.site-card').count()).toBe(before + 1);
  const card = p.locator('.site-card').last();
  // Its metrics are computed (county, nearest park), i.e. the workbench read the county outlines.
  await expect.poll(async () => (await card.textContent()) ?? '').toMatch(/勐海县|Menghai/);
  await noFailure(p);
}

async function openEveryPanel(p: Page) {
  for (const panel of PANELS) {
    await p.getByTestId(`tab-${panel}`).click();
    await p.getByTestId(PANEL_TESTID[panel]).waitFor();
    await noFailure(p);
  }
}

describe('every page in every order', () => {
  it('profile → map → draw a site', async () => {
    const p = await app.openNoMap('?lang=zh&page=park:menghai');
    await p.getByTestId('park-page').waitFor();
    // The profile's locator map loads the county outlines first (the query the workbench shares).
    await p.locator('svg.locator path.county').first().waitFor();
    await p.getByTestId('show-on-map').click();
    await waitForMapIdle(p);
    await p.getByTestId('details').waitFor();
    await drawSite(p);
    await p.screenshot({ path: `${SHOTS}/paths-profile-map-site.png` });
  });

  it('directory → profile → back → map → every panel → draw a site', async () => {
    const p = await app.openNoMap('?lang=zh&page=parks&ind=rubber');
    await p.getByTestId('directory').waitFor();
    await p.getByTestId('card-mohan').click();
    await p.getByTestId('park-page').waitFor();
    await p.getByTestId('back-to-directory').click();
    await p.getByTestId('directory').waitFor();
    await p.getByTestId('nav-map').click();
    await waitForMapIdle(p);
    await openEveryPanel(p);
    await drawSite(p);
  });

  it('map → every panel → directory → profile → map → draw a site, in English', async () => {
    const p = await app.open('?lang=en&ind=tea');
    await openEveryPanel(p);
    await p.getByTestId('nav-parks').click();
    await p.getByTestId('directory').waitFor();
    await p.getByTestId('card-menghai').click();
    await p.getByTestId('park-page').waitFor();
    await noFailure(p);
    await p.getByTestId('nav-map').click();
    await waitForMapIdle(p);
    await drawSite(p);
  });
});

/** Serves the built catalogue with one park renamed. */
async function renamePark(p: Page, id: string, zh: string, en: string) {
  await p.route(/\/geo\/catalog\.json/, async (route) => {
    const res = await route.fetch();
    const body = (await res.json()) as { parks: { id: string; name_zh: string; name_en: string }[] };
    for (const park of body.parks)
      if (park.id === id) {
        park.name_zh = zh;
        park.name_en = en;
      }
    await route.fulfill({ response: res, json: body });
  });
}

describe('names are text', () => {
  it('profile → briefing from the header → leave → every panel', async () => {
    const p = await app.openNoMap('?lang=en&page=park:mohan');
    await p.getByTestId('park-page').waitFor();
    // The briefing starts from the profile's park: it opens the map and presents there.
    await p.getByTestId('brief-open').click();
    await p.getByTestId('brief-setup').waitFor();
    // The profile's park is the briefing's park unless changed.
    expect(await p.getByTestId('brief-park').inputValue()).toBe('mohan');
    await p.getByTestId('brief-industry').selectOption('rubber');
    await p.getByTestId('brief-start').click();
    await p.getByTestId('briefing').waitFor();
    await waitForMapIdle(p);
    expect(await p.evaluate(() => window.__store?.getState().page)).toBe('map');
    await p.keyboard.press('End');
    expect(await p.getByTestId('brief-title').textContent()).toBe('Thank you');
    await p.keyboard.press('Escape');
    await p.getByTestId('briefing').waitFor({ state: 'detached' });
    await openEveryPanel(p);
  });

  it('a park name that looks like a template or markup is shown as typed, in both languages', async () => {
    const zh = '{{lng}} $t(title) <b>勐海</b> {{name}}';
    const en = '{{lng}} $t(title) <i>Menghai</i>';
    const p = await app.openNoMap('?lang=zh&page=parks', {
      before: (page) => renamePark(page, 'menghai', zh, en),
    });
    await p.getByTestId('card-menghai').waitFor();
    expect(await p.getByTestId('card-menghai').textContent()).toBe(zh);
    await p.getByTestId('card-menghai').click();
    expect(await p.getByTestId('park-page').getByRole('heading', { level: 1 }).textContent()).toBe(zh);
    await p.getByTestId('lang-switch').click();
    await expect
      .poll(() => p.getByTestId('park-page').getByRole('heading', { level: 1 }).textContent())
      .toBe(en);
    expect(
      await p
        .locator('b, i')
        .filter({ hasText: /Menghai|勐海/ })
        .count(),
    ).toBe(0);
  });

  it('an imported file and feature named like templates keep their names; so does an error naming the file', async () => {
    const p = await app.open('?lang=zh&panel=checks');
    await p.getByTestId('checks-panel').waitFor();
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '{{lng}}' },
          geometry: { type: 'Point', coordinates: [100.8, 22.0] },
        },
      ],
    };
    await p.getByTestId('import-input').setInputFiles({
      name: '{{file}} $t(title).geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(fc)),
    });
    await p.getByTestId('import-confirm').click();
    await p.getByTestId('imported-list').waitFor();
    expect(await p.getByTestId('imported-list').textContent()).toContain('{{file}} $t(title)');
    await p.getByTestId('import-input').setInputFiles({
      name: '{{detail}}.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{ not json'),
    });
    await p.getByTestId('import-error').waitFor();
    expect(await p.getByTestId('import-error').textContent()).toContain('无法导入 {{detail}}.geojson');
  });
});

describe('long names', () => {
  it('a 5,000-character name wraps or is clamped, never stretches the page, and its full text is there', async () => {
    const long = `示例超长园区名称${'很长的名字'.repeat(1000)}`.slice(0, 5000);
    const longEn = `Sample very long park name ${'long name '.repeat(600)}`.slice(0, 5000);
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 375, height: 812 },
    ]) {
      const p = await app.openNoMap('?lang=zh&page=parks', {
        before: async (page) => {
          await page.setViewportSize(viewport);
          await renamePark(page, 'menghai', long, longEn);
        },
      });
      const card = p.getByTestId('card-menghai');
      await card.waitFor();
      const fits = () => p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await fits()).toBe(true);
      // Clamped in the directory: a few lines, the whole name in its title.
      expect((await card.boundingBox())?.height ?? 0).toBeLessThan(120);
      expect(((await card.locator('[title]').getAttribute('title')) ?? '').length).toBeGreaterThan(1900);
      // Wrapped on the profile: all of it shown, nothing wider than the screen.
      await card.click();
      await p.getByTestId('park-page').waitFor();
      expect(await fits()).toBe(true);
      expect(
        ((await p.getByTestId('park-page').getByRole('heading', { level: 1 }).textContent()) ?? '').length,
      ).toBe(5000);
      await p.screenshot({ path: `${SHOTS}/long-name-${viewport.width}.png` });
      await p.close();
    }
    // And on the map: the details panel stays inside the screen.
    const m = await app.open('?lang=en&sel=park:menghai', '', {
      before: (page) => renamePark(page, 'menghai', long, longEn),
    });
    await m.getByTestId('details').waitFor();
    const box = await m.getByTestId('details').boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    expect(await m.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
