/**
 * 汇报模式 / Briefing, as the bureau uses it at a projector: set up with the keyboard only, played
 * step by step with the presenter keys, each step's text and camera checked; saved as a file and in
 * the URL and reopened; a file that is not a briefing, or one naming records that are gone.
 */
// biome-ignore-all lint/performance/useDomNodeTextContent: the test reads what the audience sees (innerText), not the DOM's text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { shippedIndex } from '../support/shipped-data';

// Where each step's camera ends is checked, not the flight: reduced motion makes each fly a jump.
const app = setupApp({ width: 1920, height: 1080 }, { locale: 'en-US' });
const mohan = shippedIndex().park('mohan');

const title = (p: Page) => p.getByTestId('brief-title').textContent();
const lines = (p: Page) => p.getByTestId('brief-lines').innerText();

/** Presses Tab until the element with this test id has the focus (keyboard only, as a presenter would). */
async function tabTo(p: Page, testId: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) return;
  }
  throw new Error(`Tab never reached ${testId}`);
}

/** The map's visible box, and where a lon/lat falls on screen. */
async function camera(p: Page) {
  await waitForMapIdle(p);
  return p.evaluate(() => {
    const m = window.__map;
    if (!m) throw new Error('no map');
    const b = m.getBounds();
    return { w: b.getWest(), s: b.getSouth(), e: b.getEast(), n: b.getNorth(), zoom: m.getZoom() };
  });
}

/** Whether the box is on screen and clear of the briefing card (framed beside it, not under it). */
async function framedBesideCard(p: Page, box: number[]): Promise<boolean> {
  return p.evaluate(([w, s, e, n]) => {
    const m = window.__map;
    const card = document.querySelector('[data-testid=briefing]')?.getBoundingClientRect();
    const canvas = m?.getCanvas().getBoundingClientRect();
    if (!m || !card || !canvas) return false;
    const a = m.project([w as number, s as number]);
    const b = m.project([e as number, n as number]);
    const left = Math.min(a.x, b.x) + canvas.left;
    const right = Math.max(a.x, b.x) + canvas.left;
    return left >= card.right - 2 && right <= canvas.right + 2 && Math.min(a.y, b.y) >= -2;
  }, box);
}

describe('briefing', () => {
  it('plays rubber → medical goods → Mohan in English with the keyboard only', async () => {
    const p = await app.open('');
    // A first visit from an English browser is in English.
    expect(await p.getByTestId('brief-open').textContent()).toBe('Briefing');
    await tabTo(p, 'brief-open');
    await p.keyboard.press('Enter');
    await p.getByTestId('brief-industry').waitFor();
    // Industry: rubber (typed to, as in any select); link: medical goods; park: Mohan.
    await tabTo(p, 'brief-industry');
    await p.keyboard.type('Rubber');
    await tabTo(p, 'brief-link');
    await p.keyboard.type('Medical');
    await tabTo(p, 'brief-park');
    await p.keyboard.type('Mohan Economic');
    expect(
      await p.evaluate(() =>
        ['brief-industry', 'brief-link', 'brief-park'].map(
          (id) => (document.querySelector(`[data-testid=${id}]`) as HTMLSelectElement).value,
        ),
      ),
    ).toEqual(['rubber', 'rubber-medical', 'mohan']);
    await tabTo(p, 'brief-title-input');
    await p.keyboard.type('For a Thai glove maker');
    await tabTo(p, 'brief-start');
    await p.keyboard.press('Enter');
    await p.getByTestId('briefing').waitFor();

    // 1: the prefecture and 一轴两翼, the plan quoted, the whole prefecture framed beside the card.
    expect(await p.getByTestId('brief-counter').innerText()).toContain('1 / 7');
    expect(await title(p)).toBe('One axis, two wings: the layout');
    expect(await lines(p)).toContain('China–Laos railway');
    expect(await lines(p)).toContain('Official');
    expect(await framedBesideCard(p, [99.95, 21.13, 101.86, 22.6])).toBe(true);
    // The panels and planner tools are away; the legend and the scale bar stay.
    expect(await p.getByTestId('side-panel').isVisible()).toBe(false);
    expect(await p.locator('.brief-legend').isVisible()).toBe(true);
    expect(await p.locator('.maplibregl-ctrl-scale').innerText()).toMatch(/km|m$/);
    expect(await p.evaluate(() => window.__store?.getState().hidden)).toContain('planner');
    // Type sized for a projector: at least 20 px body at 1920×1080.
    const size = await p.evaluate(() =>
      Number.parseFloat(getComputedStyle(document.querySelector('.brief-text') as Element).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(20);
    await p.screenshot({ path: join(SHOTS, 'briefing-en-1.png') });

    // 2: the industry's parks and firms; the map shows rubber only.
    await p.keyboard.press('ArrowRight');
    expect(await title(p)).toBe('Rubber: parks and firms');
    expect(await lines(p)).toMatch(/\d+ firms and projects in \d+ parks/);
    expect(await lines(p)).toMatch(/\d+ records · \d+ sample/);
    expect(await p.evaluate(() => window.__store?.getState().industries)).toEqual(['rubber']);

    // 3: the chain stage by stage, with the 5亿 rule quoted.
    await p.keyboard.press(' ');
    expect(await title(p)).toBe('The Rubber chain');
    const chain = await lines(p);
    expect(chain).toContain('Upstream: ');
    expect(chain).toContain('Downstream: ');
    expect(chain).toContain('Medical goods (gloves etc.) (');
    expect(chain).toContain('500 million');

    // 4: the gaps, the link in focus first with what to attract; the map highlights the link.
    await p.keyboard.press('PageDown');
    expect(await title(p)).toBe('Gaps and what to attract');
    expect(await lines(p)).toContain('In focus today: Medical goods (gloves etc.)');
    expect(await lines(p)).toContain('What to attract:');
    expect(await p.evaluate(() => window.__store?.getState().link)).toBe('rubber-medical');

    // 5: the host park with its facts and sources; the camera frames Mohan beside the card.
    await p.keyboard.press('ArrowRight');
    expect(await title(p)).toBe('Recommended host park: Mohan Economic Development Zone');
    const host = await lines(p);
    expect(host).toContain('Chosen by the presenter');
    expect(host).toMatch(/km to Mohan station/);
    expect(host).toMatch(/mu of land available/);
    expect(host).toContain('Sample');
    const cam = await camera(p);
    expect(cam.zoom).toBeGreaterThan(10);
    expect(await framedBesideCard(p, mohan?.bbox ?? [])).toBe(true);
    expect(await p.evaluate(() => window.__store?.getState().selection)).toEqual({
      kind: 'park',
      id: 'mohan',
    });

    // 6: who to contact: the zone's committee, named by a public document.
    await p.keyboard.press('ArrowRight');
    expect(await title(p)).toBe('Who to contact');
    expect(await lines(p)).toContain('Managed by:');
    expect(await lines(p)).toContain('Public');

    // 7: the closing card: the presenter's title, the date and a QR code to the view.
    await p.keyboard.press('End');
    expect(await title(p)).toBe('For a Thai glove maker');
    expect(await p.getByTestId('qr-url').innerText()).toContain(
      'ind=rubber&link=rubber-medical&sel=park%3Amohan',
    );
    expect(await lines(p)).toMatch(/Briefing date: \d{4}-\d{2}-\d{2}/);
    await p.screenshot({ path: join(SHOTS, 'briefing-en-7.png') });

    // Back, first, and Escape leaves with the panels back.
    await p.keyboard.press('ArrowLeft');
    expect(await title(p)).toBe('Who to contact');
    await p.keyboard.press('PageUp');
    await p.keyboard.press('Home');
    expect(await title(p)).toBe('One axis, two wings: the layout');
    await expect.poll(() => new URL(p.url()).searchParams.get('bstep')).toBe('1');
    await p.keyboard.press('Escape');
    await p.getByTestId('briefing').waitFor({ state: 'detached' });
    expect(await p.getByTestId('side-panel').isVisible()).toBe(true);
    expect(await p.evaluate(() => window.__store?.getState().hidden)).not.toContain('planner');
    await expect.poll(() => new URL(p.url()).searchParams.get('brief')).toBeNull();
  });

  it('is saved in the URL and as a file, and reopens from either', async () => {
    const p = await app.open(
      '?lang=en&brief=rubber~rubber-medical~mohan&bstep=5&btitle=Glove%20maker&bnotes=Latex%20supply',
    );
    await p.getByTestId('briefing').waitFor();
    expect(await title(p)).toBe('Recommended host park: Mohan Economic Development Zone');
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('brief-save').click()]);
    const file = join(SHOTS, dl.suggestedFilename());
    await dl.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({
      type: 'xsbn-briefing',
      version: 1,
      industry: 'rubber',
      link: 'rubber-medical',
      park: 'mohan',
      title: 'Glove maker',
      notes: 'Latex supply',
      lang: 'en',
    });

    // A fresh page in Chinese, offline: the file opens the same briefing, in the language it was saved in.
    const q = await app.open('?lang=zh');
    // The briefing's code is fetched once the page has settled: wait for it, then go offline.
    await expect
      .poll(
        () =>
          q.evaluate(() =>
            ['briefing-presenter', 'briefing-setup'].every((c) =>
              performance.getEntriesByType('resource').some((r) => r.name.includes(c)),
            ),
          ),
        { timeout: 20_000 },
      )
      .toBe(true);
    await q.waitForTimeout(500);
    await app.context().setOffline(true);
    try {
      await q.getByTestId('brief-open').click();
      await q.getByTestId('brief-file').setInputFiles(file);
      await q.getByTestId('briefing').waitFor();
      expect(await q.getByTestId('brief-counter').innerText()).toContain('1 / 7');
      await q.keyboard.press('End');
      expect(await title(q)).toBe('Glove maker');
      expect(await lines(q)).toContain('Notes: Latex supply');
      expect(await q.evaluate(() => window.__store?.getState().lang)).toBe('en');
    } finally {
      await app.context().setOffline(false);
    }
  });

  it('a file that is not a briefing is refused with the reason; one naming what is gone keeps the valid steps', async () => {
    const p = await app.open('?lang=en');
    await p.getByTestId('brief-open').click();
    const notBrief = join(SHOTS, 'not-a-briefing.geojson');
    writeFileSync(notBrief, JSON.stringify({ type: 'FeatureCollection', features: [] }));
    await p.getByTestId('brief-file').setInputFiles(notBrief);
    expect(await p.getByTestId('brief-file-error').innerText()).toBe(
      '"not-a-briefing.geojson" is not a briefing file: it lacks the briefing mark (type: xsbn-briefing).',
    );
    expect(await p.getByTestId('briefing').count()).toBe(0);

    const stale = join(SHOTS, 'stale-briefing.json');
    writeFileSync(
      stale,
      JSON.stringify({
        type: 'xsbn-briefing',
        version: 1,
        industry: 'rubber',
        link: 'rubber-gone',
        park: 'nowhere',
        lang: 'zh',
      }),
    );
    await p.getByTestId('brief-file').setInputFiles(stale);
    await p.getByTestId('briefing').waitFor();
    const problems = await p.getByTestId('brief-problems').innerText();
    expect(problems).toContain('文件中的环节“rubber-gone”在当前数据中不存在');
    expect(problems).toContain('文件中的园区“nowhere”在当前数据中不存在');
    expect(await p.getByTestId('brief-counter').innerText()).toContain('1 / 7');

    // A URL naming an industry that is gone: the layout step and the closing card, and why.
    const q = await app.open('?lang=en&brief=cars~~');
    await q.getByTestId('briefing').waitFor();
    expect(await q.getByTestId('brief-problems').innerText()).toContain(
      'The industry "cars" in the file is not in the data now',
    );
    expect(await q.getByTestId('brief-counter').innerText()).toContain('1 / 2');
  });
});
