/**
 * Issue 9 in Chromium: candidate sites when localStorage refuses. A full store and a blocked one keep
 * the sites on the map and in the list and say why (once); two tabs see each other's sites; a 4 MB
 * corrupt store that cannot be copied aside is left where it was and offered for download; a site
 * across longitude 180 survives a reload.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { clickAt } from '../support/map-probe';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown, not how
// the camera gets there).
const app = setupApp();
const KEY = 'xsbn-industry-map.sites';
/** A 4 MB store that is not JSON (a list cut off). */
const CORRUPT = `{"version":1,"sites":[${'x'.repeat(4_000_000)}`;

const SQUARE: [number, number][] = [
  [101.55, 21.55],
  [101.58, 21.55],
  [101.58, 21.575],
  [101.55, 21.575],
];

/** Draws a site with the mouse (tool button, clicks, double-click) and waits for its card. */
async function drawSite(p: Page, ring = SQUARE) {
  const before = await p.locator('.site-card').count();
  await p.getByTestId('tool-site').click();
  for (const c of ring.slice(0, -1)) await clickAt(p, c);
  await clickAt(p, ring.at(-1) as [number, number], { double: true });
  await p.locator('.site-card').nth(before).waitFor();
}

/** Draws a site through the store (quicker, for the second and later sites of a test). */
async function addSiteByStore(p: Page, offset: number) {
  await p.evaluate((d) => {
    const s = window.__store?.getState();
    s?.startTool('draw-site');
    for (const [lon, lat] of [
      [101.6 + d, 21.6],
      [101.62 + d, 21.6],
      [101.62 + d, 21.62],
    ])
      window.__store?.getState().addVertex([lon as number, lat as number]);
    window.__store?.getState().finishSketch();
  }, offset);
}

/** Waits until a site is drawn on the map (the source is updated after the store, then painted). */
const drawnOnMap = (p: Page) =>
  p.waitForFunction(
    () => (window.__map?.queryRenderedFeatures({ layers: ['sites-fill'] }).length ?? 0) > 0,
    undefined,
    { timeout: 20_000 },
  );
const storedSites = (p: Page) =>
  p.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw === null ? null : (JSON.parse(raw) as { sites: { id: string }[] }).sites.length;
  }, KEY);

/**
 * Opens the sites panel on a clean store (emptied before the app's first load in this tab, not again on
 * a reload), with `init` (an init script) in force from that first load: one map load, not a load to
 * clear the store and a reload to install the fault.
 */
function openWith(init?: () => void, query = '?panel=sites'): Promise<Page> {
  return app.open(query, '#map=11.2/21.562/101.5', {
    before: async (page) => {
      await page.addInitScript(() => {
        if (sessionStorage.getItem('storage-faults-cleared')) return;
        localStorage.clear();
        sessionStorage.setItem('storage-faults-cleared', '1');
      });
      if (init) await page.addInitScript(init);
    },
  });
}

describe('sites when the store refuses', () => {
  it('a full store: drawing a site says once that it is not saved and why; it stays; saving resumes', async () => {
    const p = await openWith(() => {
      // The quota is reached for the sites key until the test frees space (window.__full = false).
      const w = window as unknown as { __full: boolean };
      w.__full = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (w.__full && key === 'xsbn-industry-map.sites')
          throw new DOMException("Failed to execute 'setItem' on 'Storage'.", 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await drawSite(p);
    const notice = p.getByTestId('notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('候选地没有保存:存储空间已满');
    expect(text).toContain('导出 GeoJSON');
    const banner = p.getByTestId('sites-storage');
    expect(await banner.getAttribute('data-status')).toBe('full');
    expect(await banner.textContent()).toContain('存储空间已满');
    expect(await p.locator('.site-card').count()).toBe(1);
    await drawnOnMap(p);
    expect(await storedSites(p)).toBeNull();
    await p.screenshot({ path: `${SHOTS}/test-storage-full-zh.png` });

    // Said once: dismissed, a second site does not bring it back.
    await notice.getByRole('button').click();
    await addSiteByStore(p, 0);
    await p.locator('.site-card').nth(1).waitFor();
    expect(await p.getByTestId('notice').count()).toBe(0);
    // Its export still holds both sites (the way to keep them).
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-sites').click()]);
    expect(JSON.parse(readFileSync((await dl.path()) ?? '', 'utf8')).features).toHaveLength(2);

    // Space freed: the next change saves, the banner goes.
    await p.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = false;
    });
    await addSiteByStore(p, 0.05);
    await banner.waitFor({ state: 'detached' });
    expect(await storedSites(p)).toBe(3);
    expect(await p.getByTestId('notice').textContent()).toContain('候选地已恢复自动保存');
  });

  it('a blocked store (window.localStorage throws): the app works and says so, in English too', async () => {
    const p = await openWith(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }, '?panel=sites&lang=en');
    expect(await p.getByTestId('notice').textContent()).toContain(
      'Candidate sites are not being saved: the browser blocks storage for this site',
    );
    expect(await p.getByTestId('sites-storage').getAttribute('data-status')).toBe('blocked');
    await drawSite(p);
    expect(await p.locator('.site-card').count()).toBe(1);
    await drawnOnMap(p);
    // The language can still be switched (it is simply not remembered).
    await p.evaluate(() => window.__store?.getState().setLang('zh'));
    await p.getByText('浏览器禁止本站存储').first().waitFor();
  });

  it('a store that is null (window.localStorage === null) is blocked too', async () => {
    const p = await openWith(() => {
      Object.defineProperty(window, 'localStorage', { configurable: true, get: () => null });
    });
    expect(await p.getByTestId('notice').textContent()).toContain('浏览器禁止本站存储');
    await drawSite(p);
    expect(await p.locator('.site-card').count()).toBe(1);
  });
});

describe('two tabs', () => {
  it('a site drawn in one tab shows up in the other, with a message; and back', async () => {
    const a = await openWith();
    const b = await app.open('?panel=sites', '#map=11.2/21.562/101.5');
    await drawSite(a);
    await b.locator('.site-card').first().waitFor();
    expect(await b.getByTestId('notice').textContent()).toContain('另一个标签页修改了候选地');
    const idA = await a.evaluate(() => window.__store?.getState().sites[0]?.id);
    expect(await b.evaluate(() => window.__store?.getState().sites[0]?.id)).toBe(idA);
    await addSiteByStore(b, 0);
    await a.locator('.site-card').nth(1).waitFor();
    expect(await a.getByTestId('notice').textContent()).toContain('另一个标签页修改了候选地');
    expect(await storedSites(a)).toBe(2);
    // A deletion in one tab reaches the other too (it had no change of its own).
    await a.locator('.site-card').first().getByRole('button', { name: '删除' }).click();
    await b.waitForFunction(() => window.__store?.getState().sites.length === 1);
    expect(await storedSites(b)).toBe(1);
  });
});

describe('a corrupt store too large to copy aside', () => {
  it('is left where it was, said so, and offered for download; saving waits until then', async () => {
    const p = await app.open('?panel=sites', '#map=11.2/21.562/101.5');
    await p.evaluate(
      ([k, raw]) => {
        localStorage.clear();
        localStorage.setItem(k, raw);
      },
      [KEY, CORRUPT] as const,
    );
    // A tiny quota: nothing but the sites key can be written.
    await p.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key !== 'xsbn-industry-map.sites')
          throw new DOMException("Failed to execute 'setItem' on 'Storage'.", 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    await p.reload();
    await waitForMapIdle(p);
    const text = (await p.getByTestId('notice').textContent()) ?? '';
    expect(text).toContain('保存的候选地无法读取(不是 JSON 格式)');
    expect(text).toContain('也无法另存一份(存储空间已满)');
    expect(text).not.toContain('not JSON');
    const banner = p.getByTestId('sites-storage');
    expect(await banner.getAttribute('data-status')).toBe('held');
    // A site drawn meanwhile stays in the page, and the original is not written over.
    await drawSite(p);
    const kept = await p.evaluate((k) => {
      const raw = localStorage.getItem(k) ?? '';
      return { length: raw.length, keys: Object.keys(localStorage) };
    }, KEY);
    expect(kept).toEqual({ length: CORRUPT.length, keys: [KEY] });
    await p.screenshot({ path: `${SHOTS}/test-storage-held-zh.png` });

    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      p.getByTestId('download-held-sites').click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/^candidate-sites-unreadable-.*\.txt$/);
    const body = readFileSync((await dl.path()) ?? '', 'utf8');
    expect(body === CORRUPT).toBe(true);
    // Downloaded: saving resumes over it.
    await banner.waitFor({ state: 'detached' });
    expect(await storedSites(p)).toBe(1);
  });
});

describe('a site across longitude 180', () => {
  it('saved with longitudes 179.9 … 180.1, it loads, is drawn, and survives another reload', async () => {
    const p = await app.open('?panel=sites', '#map=9/-16.4/180');
    const site = {
      id: 'site-antimeridian',
      name: '跨180°候选地',
      created: '2026-11-28T00:00:00.000Z',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [179.9, -16.5],
            [180.1, -16.5],
            [180.1, -16.3],
            [179.9, -16.3],
            [179.9, -16.5],
          ],
        ],
      },
    };
    await p.evaluate(
      ([k, s]) => {
        localStorage.clear();
        localStorage.setItem(k as string, JSON.stringify({ version: 1, sites: [s] }));
      },
      [KEY, site] as const,
    );
    for (let i = 0; i < 2; i++) {
      await p.reload();
      await waitForMapIdle(p);
      await p.locator('.site-card').first().waitFor();
      const got = await p.evaluate(() => window.__store?.getState().sites);
      expect(got?.map((s) => s.id)).toEqual(['site-antimeridian']);
      const lons = got?.[0]?.geometry.coordinates[0]?.map((c) => c[0]) ?? [];
      expect(Math.max(...lons) - Math.min(...lons)).toBeCloseTo(0.2, 6);
      await drawnOnMap(p);
      expect(await p.getByTestId('notice').count()).toBe(0);
    }
  });

  it('drawn with the mouse on a map panned across 180, it is kept whole after a reload', async () => {
    const p = await app.open('?panel=sites', '#map=9/-16.4/180');
    await p.evaluate(() => localStorage.clear());
    await p.reload();
    await waitForMapIdle(p);
    await p.getByTestId('tool-site').click();
    await clickAt(p, [179.95, -16.45]);
    await clickAt(p, [180.05, -16.45]);
    // MapLibre gives the longitudes east of the antimeridian past 180: the case that was dropped.
    const sketch = await p.evaluate(() => window.__store?.getState().sketch.map((v) => v[0] ?? 0));
    expect(Math.max(...(sketch ?? []))).toBeGreaterThan(180);
    await clickAt(p, [180.05, -16.35], { double: true });
    await p.locator('.site-card').first().waitFor();
    const drawn = await p.evaluate(() => window.__store?.getState().sites[0]);
    await p.reload();
    await waitForMapIdle(p);
    await p.locator('.site-card').first().waitFor();
    const back = await p.evaluate(() => window.__store?.getState().sites);
    expect(back).toEqual([drawn]);
    const lons = back?.[0]?.geometry.coordinates[0]?.map((c) => c[0]) ?? [];
    // About 0.1° wide (where clicks land to the pixel), not 359.9° round the globe.
    expect(Math.max(...lons) - Math.min(...lons)).toBeGreaterThan(0.09);
    expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(0.11);
    await drawnOnMap(p);
  });
});
