/**
 * The map page's static overview (index.html #map-overview, geo/overview.svg from the data build): it
 * paints before any of the app's JavaScript, lies exactly where the map's first view draws the
 * prefecture (desktop and phone), goes when the map is first idle, and is not shown where it would be
 * wrong: another page, a link with its own camera, a failed data file, a pre-rendered page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';

const app = setupApp({ width: 1366, height: 768 });

/** The picture's drawn box (the img is object-fit: contain) and the map's box of PREFECTURE_BOUNDS. */
async function boxes(page: Page) {
  return page.evaluate(() => {
    const img = document.querySelector<HTMLImageElement>('#map-overview img');
    const m = window.__map;
    if (!img || !m) return null;
    const r = img.getBoundingClientRect();
    const k = Math.min(r.width / img.naturalWidth, r.height / img.naturalHeight);
    const w = img.naturalWidth * k;
    const h = img.naturalHeight * k;
    const c = m.getCanvas().getBoundingClientRect();
    const nw = m.project([99.95, 22.6]);
    const se = m.project([101.86, 21.13]);
    return {
      picture: [r.left + (r.width - w) / 2, r.top + (r.height - h) / 2, w, h],
      map: [c.left + nw.x, c.top + nw.y, se.x - nw.x, se.y - nw.y],
      decoded: img.complete && img.naturalWidth > 0,
    };
  });
}

const canvasVisibility = (page: Page) =>
  page.evaluate(() => {
    const c = window.__map?.getCanvas();
    return c ? getComputedStyle(c).visibility : null;
  });

/** Holds MapLibre's worker back, so the page shows the overview long enough to be measured. */
const slowWorker = (page: Page) =>
  page.route('**/maplibre-gl-worker*', async (r) => {
    await new Promise((x) => setTimeout(x, 1500));
    await r.continue();
  });

describe('the static overview before the map', () => {
  for (const [label, viewport] of [
    ['desktop', { width: 1366, height: 768 }],
    ['phone', { width: 375, height: 812 }],
  ] as const)
    it(`lies where the first view draws the prefecture (${label}), and goes when the map is idle`, async () => {
      const page = await app.openNoMap(label === 'phone' ? '?lang=en' : '', { viewport, before: slowWorker });
      await page.waitForFunction(() => window.__map !== undefined, undefined, { timeout: 60_000 });
      const b = await boxes(page);
      if (!b) throw new Error('no overview or no map');
      expect(b.decoded).toBe(true);
      for (const [i, v] of b.picture.entries())
        expect(Math.abs(v - (b.map[i] as number)), `box[${i}]`).toBeLessThan(1.5);
      // The canvas is not shown (so not composited) while the overview stands in for it...
      expect(await canvasVisibility(page)).toBe('hidden');
      await page.waitForFunction(() => typeof window.__firstIdleAt === 'number', undefined, {
        timeout: 60_000,
      });
      await expect.poll(() => page.locator('#map-overview').count()).toBe(0);
      // ...and is when it goes.
      expect(await canvasVisibility(page)).toBe('visible');
    });

  it('does not hide the map where it is not shown: a link with a selection or its own camera', async () => {
    for (const link of ['?sel=park:mohan&lang=en', '#map=9/22/100.8']) {
      const page = await app.openNoMap(link, { before: slowWorker });
      await page.waitForFunction(() => window.__map !== undefined, undefined, { timeout: 60_000 });
      expect(await canvasVisibility(page), link).toBe('visible');
      await page.close();
    }
  });

  it('paints before the app runs: with every script of the build refused it is there, decoded', async () => {
    const page = await app.openNoMap('', {
      allow: /assets\/.*\.js|net::ERR_FAILED/,
      before: (p) => p.route('**/assets/*.js', (r) => r.abort()),
    });
    const img = page.locator('#map-overview img');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1000);
    expect(await img.isVisible()).toBe(true);
    // The shell's own script still hides it for another page, a camera of the link's own or a selection.
    for (const [query, hash] of [
      ['?page=parks', ''],
      ['', '#map=9/22/100.8'],
      ['?sel=park:mohan', ''],
    ]) {
      await page.goto(`${app.url()}${query}${hash}`);
      expect(await img.isVisible(), `${query}${hash}`).toBe(false);
    }
  });

  it('is dropped by the app on another page and when the data cannot be loaded', async () => {
    const dir = await app.openNoMap('?page=parks&lang=en');
    await dir.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => dir.locator('#map-overview').count()).toBe(0);
    const failed = await app.openNoMap('?lang=en', {
      allow: /catalog\.json|500/,
      before: (p) => p.route('**/geo/catalog.json*', (r) => r.fulfill({ status: 500, body: 'no' })),
    });
    await failed.getByTestId('data-error').waitFor();
    expect(await failed.locator('#map-overview img').isVisible()).toBe(false);
  });

  it('is not on a pre-rendered page', async () => {
    const page = await app.openNoMap('en/parks/menghai/');
    await page.locator('main h1').waitFor();
    expect(await page.locator('#map-overview').count()).toBe(0);
  });
});
