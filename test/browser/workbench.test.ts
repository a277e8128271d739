/**
 * Issue 4 in Chromium: draw a candidate site with the mouse and read its metrics, saved sites survive
 * a reload (and a corrupt store does not crash the app), measuring with Escape to cancel, layout
 * checks with CSV export, file import (bad files get their message, a good one is drawn), routing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { clickAt } from '../support/map-probe';

// Where the camera ends is checked, not the flight: reduced motion makes each fly and fit a jump.
const app = setupApp();
const FIX = 'test/fixtures/import';

// Oracles for the site metrics, measured here on the CGCS2000 ellipsoid (a = 6378137 m, f = 1/298.257222101)
// by other routes than the app's: the area in an Albers equal-area projection (proj4: exact areas on the
// ellipsoid), the distances by brute force along the densified site edge (GeographicLib's inverse problem,
// itself checked against PROJ's geod in src/lib/geo/geodesic.test.ts).
type Lib = typeof geographiclib;
const lib: Lib = (geographiclib as unknown as { default?: Lib }).default ?? geographiclib;
const geod = new lib.Geodesic.Geodesic(6378137, 1 / 298.257222101);
const geodM = (a: number[], b: number[]) =>
  geod.Inverse(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0, lib.Geodesic.DISTANCE).s12 ?? Number.NaN;
function albersM2(ring: number[][]): number {
  const lat = ring.map((c) => c[1] ?? 0);
  const lon = ring.map((c) => c[0] ?? 0);
  const [s, n] = [Math.min(...lat), Math.max(...lat)];
  const aea = `+proj=aea +lat_1=${s} +lat_2=${n} +lat_0=${(s + n) / 2} +lon_0=${(Math.min(...lon) + Math.max(...lon)) / 2} +x_0=0 +y_0=0 +a=6378137 +rf=298.257222101 +units=m +no_defs`;
  const xy = ring.map((c) => proj4('EPSG:4326', aea, [c[0] ?? 0, c[1] ?? 0]));
  let twice = 0;
  for (let i = 1; i < xy.length; i++)
    twice += (xy[i - 1]?.[0] ?? 0) * (xy[i]?.[1] ?? 0) - (xy[i]?.[0] ?? 0) * (xy[i - 1]?.[1] ?? 0);
  return Math.abs(twice / 2);
}
/** m from p to the nearest of 2,000 points along each geodesic edge of the ring (p outside it). */
function edgeDistanceM(p: number[], ring: number[][]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ring.length; i++) {
    const [a, b] = [ring[i - 1] ?? [], ring[i] ?? []];
    const line = geod.InverseLine(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0);
    for (let k = 0; k <= 2000; k++) {
      const q = line.Position((line.s13 * k) / 2000);
      best = Math.min(best, geodM(p, [q.lon2 ?? 0, q.lat2 ?? 0]));
    }
  }
  return best;
}

/** A site north of 勐腊 town, inside the schematic 勐腊 reserve disc. */
const SITE: [number, number][] = [
  [101.55, 21.55],
  [101.58, 21.55],
  [101.58, 21.575],
  [101.55, 21.575],
];

describe('the planner’s workbench', () => {
  it('draws a site with the mouse, reads its area, distances and reserve overlap; it survives a reload', async () => {
    const p = await app.open('?panel=sites', '#map=11.2/21.562/101.5');
    await p.getByTestId('tool-site').click();
    for (const c of SITE.slice(0, -1)) await clickAt(p, c);
    await clickAt(p, SITE.at(-1) as [number, number], { double: true });
    const card = p.locator('.site-card').first();
    await card.waitFor();
    // The oracle: the polygon the app stored, measured here (ellipsoidal area, distance from the edge).
    const stored = await p.evaluate(() => window.__store?.getState().sites[0]?.geometry);
    expect(stored?.coordinates[0]).toHaveLength(5);
    const ring = (stored as GeoJSON.Polygon).coordinates[0] as number[][];
    const mu = albersM2(ring) / (10000 / 15);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain(`${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(mu)} 亩`);
    expect(mu).toBeGreaterThan(12000); // ≈ 3.1 km × 2.8 km ≈ 8.6 km² ≈ 12,900 亩
    expect(text).toContain('勐腊县');
    // The method is stated with the figures.
    expect(await card.getByTestId('site-method').textContent()).toContain('椭球面积 (CGCS2000)');
    expect(await card.getByTestId('site-method').textContent()).toContain('自地块边界起算');
    // The nearest road or rail border port, from the built places (the kind the parks' access uses).
    const ports = (
      JSON.parse(
        readFileSync(`${process.env.XSBN_DIST ?? 'dist'}/geo/places.geojson`, 'utf8'),
      ) as GeoJSON.FeatureCollection<GeoJSON.Point, { kind: string; port_kind?: string; name_zh: string }>
    ).features.filter(
      (f) => f.properties.kind === 'port' && ['road', 'rail'].includes(f.properties.port_kind ?? ''),
    );
    const [nearest] = ports
      .map((f) => ({
        name: f.properties.name_zh,
        km: edgeDistanceM(f.geometry.coordinates, ring) / 1000,
      }))
      .sort((a, b) => a.km - b.km);
    expect(text).toContain(
      `${nearest?.name} ${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }).format(nearest?.km ?? 0)} 公里`,
    );
    // The reserve it overlaps, by name (not its id).
    expect(text).toContain('西双版纳国家级自然保护区·勐腊片');
    expect(text).not.toContain('xsbn-mengla');
    await p.screenshot({ path: `${SHOTS}/test-site-zh.png` });

    await p.reload();
    await waitForMapIdle(p);
    await p.locator('.site-card').first().waitFor();
    expect(await p.evaluate(() => window.__store?.getState().sites.length)).toBe(1);
    // The sites come back from IndexedDB while the map loads: drawn with the next frame after that.
    await expect
      .poll(
        () => p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['sites-fill'] }).length ?? 0),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);

    // Export as GeoJSON: the download holds the site.
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-sites').click()]);
    const body = JSON.parse(readFileSync((await dl.path()) ?? '', 'utf8')) as GeoJSON.FeatureCollection;
    expect(body.features).toHaveLength(1);
    expect(body.features[0]?.geometry).toEqual(stored);
  });

  it('a saved site whose outline crosses itself reads "—", never 0 亩 or 15,000 km', async () => {
    const p = await app.open('?panel=sites');
    const [a, b, c, d] = SITE;
    const bowTie = { type: 'Polygon', coordinates: [[a, c, b, d, a]] };
    await p.evaluate(
      (g) =>
        localStorage.setItem(
          'xsbn-industry-map.sites',
          JSON.stringify({
            version: 1,
            sites: [{ id: 'bow', name: 'bow-tie', created: '2026-01-01', geometry: g }],
          }),
        ),
      bowTie,
    );
    await p.reload();
    await waitForMapIdle(p);
    const card = p.locator('.site-card').first();
    await card.getByTestId('site-not-measurable').waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('边界自相交');
    expect(text).not.toMatch(/\d\s*(亩|公里)/);
    expect(text).not.toContain('NaN');
    expect(await card.locator('dd').allTextContents()).toEqual(Array(8).fill('—'));
  });

  it('a corrupt saved store is reported and set aside; the app keeps working', async () => {
    const p = await app.open('?panel=sites');
    await p.evaluate(() => localStorage.setItem('xsbn-industry-map.sites', '{"version":1,"sites":[{"id"'));
    await p.reload();
    await waitForMapIdle(p);
    const notice = p.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('不是 JSON 格式');
    const keys = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.corrupt.')));
    expect(keys).toHaveLength(1);
    await p.getByTestId('tool-line').click();
    expect(await p.evaluate(() => window.__store?.getState().tool)).toBe('measure-line');
  });

  it('measures a distance by clicking; Escape cancels a measurement', async () => {
    const p = await app.open('?panel=sites&lang=en', '#map=10/21.5/101.6');
    await p.getByTestId('tool-line').click();
    await clickAt(p, [101.5, 21.45]);
    await clickAt(p, [101.7, 21.55]);
    await p.keyboard.press('Enter');
    const coords = await p.evaluate(() => window.__store?.getState().measured?.coords);
    const km = geodM(coords?.[0] as number[], coords?.[1] as number[]) / 1000;
    expect(km).toBeGreaterThan(20);
    expect(await p.getByTestId('measure-readout').textContent()).toContain(`Distance ${km.toFixed(2)} km`);
    expect(await p.getByTestId('method-note').textContent()).toBe('Geodesic length (CGCS2000 ellipsoid)');
    await p.getByTestId('tool-area').click();
    await clickAt(p, [101.55, 21.5]);
    expect(await p.evaluate(() => window.__store?.getState().sketch.length)).toBe(1);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => window.__store?.getState().tool)).toBeNull();
    expect(await p.evaluate(() => window.__store?.getState().sketch.length)).toBe(0);
  });

  it('lists the layout checks, flies to a row, and exports them as CSV', async () => {
    const p = await app.open('?panel=checks');
    const prot = p.getByTestId('checks-protected');
    await prot.locator('li').first().waitFor();
    expect(await prot.textContent()).toContain('勐仑');
    // It names what each row conflicts with (the CSV keeps the ids).
    expect(await prot.textContent()).toContain('西双版纳国家级自然保护区·勐仑片');
    expect(await prot.textContent()).not.toContain('xsbn-menglun');
    expect(await p.getByTestId('checks-outside-park').textContent()).toContain('勐阿糖厂');
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('export-checks').click()]);
    const csv = readFileSync((await dl.path()) ?? '', 'utf8');
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFkind,id,name_zh,name_en,conflicts_with,overlap_ha,overlap_mu,lon,lat,provenance,record_provenance,schematic,layer',
    );
    // Every row says it is computed (estimate), how the record is known, and that outlines are schematic.
    expect(csv).toMatch(/^protected,menglun,.*,estimate,official,true,$/m);
    // The zone drawn as its county is left out, and the panel says so.
    expect(csv).not.toMatch(/^\w[\w-]*,mohan-zone,/m);
    expect(await p.getByTestId('checks-excluded').textContent()).toContain(
      '云南勐腊(磨憨)重点开发开放试验区',
    );
    await prot.locator('li button').first().click();
    await p.waitForFunction(() => (window.__map?.getZoom() ?? 0) > 11.5 && !window.__map?.isMoving());
  });
});

describe('file import', () => {
  /** Over the 50 MB limit: written to a temp file (Playwright will not send a buffer that large). */
  const huge = () => {
    const f = join(tmpdir(), 'xsbn-huge.geojson');
    if (!existsSync(f)) writeFileSync(f, Buffer.alloc(50 * 1024 * 1024 + 1, 32));
    return f;
  };
  const bad: [string, string, RegExp][] = [
    ['invalid JSON', `${FIX}/invalid.json`, /JSON 格式错误/],
    ['an empty file', `${FIX}/empty.geojson`, /文件是空的/],
    ['a file with no features', `${FIX}/no-features.geojson`, /没有要素/],
    ['unsupported geometry', `${FIX}/geometry-collection.geojson`, /不支持的几何类型/],
    // Projected files are reprojected (test/browser/gis-import-flow.test.ts); numbers in no system are refused.
    ['coordinates in no supported system', `${FIX}/projected-unknown.geojson`, /不符合支持的任何坐标系/],
    ['a .shp without its .dbf', `${FIX}/no-dbf.zip`, /缺少 \.dbf/],
    ['a file over 50 MB', 'HUGE', /超过 50 MB/],
  ];
  // One page for the seven, one file after another as a planner might try them: each message differs
  // from the others, so waiting for this file's message cannot be met by the one before.
  it.each(bad)('%s gets a clear message and changes nothing', async (_label, file, message) => {
    const p = await app.shared('bad-files', '?panel=checks');
    await p.getByTestId('import-input').setInputFiles(file === 'HUGE' ? huge() : file);
    const err = p.getByTestId('import-error');
    await expect.poll(() => err.textContent()).toMatch(message);
    expect(await p.evaluate(() => window.__store?.getState().imported.length)).toBe(0);
  });

  it('a good GeoJSON is drawn, listed in the legend and checked against the constraints', async () => {
    const p = await app.open('?panel=checks');
    await p.getByTestId('import-input').setInputFiles(`${FIX}/good.geojson`);
    // The confirm card comes first: nothing is added before 添加图层 / Add layer.
    await p.getByTestId('import-card').waitFor();
    expect(await p.evaluate(() => window.__store?.getState().imported.length)).toBe(0);
    await p.getByTestId('import-confirm').click();
    await p.getByTestId('imported-list').waitFor();
    await p.waitForFunction(() => !window.__map?.isMoving());
    await waitForMapIdle(p);
    const n = await p.evaluate(
      () =>
        window.__map?.queryRenderedFeatures({ layers: ['imported-fill', 'imported-line', 'imported-point'] })
          .length ?? 0,
    );
    expect(n).toBeGreaterThan(0);
    await p.getByTestId('tab-legend').click();
    expect(await p.getByTestId('legend').textContent()).toContain('good');
  });

  it('routes a 2亿元 latex-glove project and says why each park passes or fails; the link restores it', async () => {
    const p = await app.open('?panel=routing&lang=en');
    await p.getByTestId('route-submit').click();
    const mohan = p.getByTestId('route-mohan');
    await mohan.waitFor();
    expect(await mohan.textContent()).toContain('passes every rule');
    expect(await mohan.textContent()).toContain(
      'CNY 6.67 million per mu vs the park-wide National target of CNY 6 million',
    );
    // English takes money in CNY million; the project (and its link) stays in 万元.
    expect(await p.getByTestId('route-investWan').inputValue()).toBe('200');
    const menghai = (await p.getByTestId('route-menghai').textContent()) ?? '';
    expect(menghai).toContain('rule(s) failed');
    expect(menghai).toMatch(/✗.*Leading industry/);
    const first = await p.locator('.route-list > li').first().getAttribute('data-testid');
    expect(first).toBe('route-mohan');
    await expect.poll(() => p.url()).toContain('proj=rubber');
    await p.screenshot({ path: `${SHOTS}/test-routing-en.png` });
    const q = await app.open(p.url().slice(app.url().length));
    await q.getByTestId('route-mohan').waitFor();
  });

  /** The parks the map outlines as passing (feature-state `routed`), of those given. */
  const routedOnMap = (p: Page, parks: string[]) =>
    p.evaluate(
      (ids) => ids.filter((id) => window.__map?.getFeatureState({ source: 'parks', id })?.routed === true),
      parks,
    );
  const passingInList = (p: Page) =>
    p
      .locator('.route-list > li.pass')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice(6)));
  const setRevenue = async (p: Page, v: string) => {
    await p.getByTestId('route-revenueWan').fill(v);
    await p.getByTestId('route-submit').click();
  };

  for (const lang of ['zh', 'en'] as const)
    it(`routing explains itself (${lang}): industries by name, the revenue as an assumption, 投资强度 and the 5亿 rule, what would pass, passing parks outlined on the map`, async () => {
      const L = {
        zh: {
          assumption: '假设',
          parkWide: '国家级、省级、州级园区亩均营业收入分别不低于 600 万元、400 万元、300 万元',
          invest: '规划未规定投资强度',
          big: '未超过 5 亿元',
          tea: '普洱茶',
          leadingFix: /需在以橡胶为主导产业的园区:.*磨憨/,
          key: '绿色粗边框',
          revenue: '30000',
          intensityFix: /需 ≥ 3\.6\d*亿元 营业收入\(60 亩\),或用地 ≤ 50 亩/,
          clear: '清除',
        },
        en: {
          assumption: 'assumption',
          parkWide: "the plan's 2025 targets for a park as a whole",
          invest: 'The plan sets no floor for investment per mu',
          big: 'not over CNY 500 million',
          tea: "Pu'er tea",
          leadingFix: /needs a park with Rubber as a leading industry: .*Mohan/,
          key: 'outlined in bold green',
          revenue: '300',
          intensityFix: /needs ≥ CNY 360(\.0)? million revenue on 60 mu, or at most 50 mu/,
          clear: 'Clear',
        },
      }[lang];
      const p = await app.open(`?panel=routing&lang=${lang}`);
      expect(await p.getByTestId('route-revenue-note').textContent()).toContain(L.assumption);
      await p.getByTestId('route-submit').click();
      await p.getByTestId('route-mohan').waitFor();
      expect(await p.getByTestId('route-assumption').textContent()).toContain(L.assumption);
      expect(await p.getByTestId('route-park-wide').textContent()).toContain(L.parkWide);
      expect(await p.getByTestId('route-invest').textContent()).toContain(L.invest);
      expect(await p.getByTestId('route-big').textContent()).toContain(L.big);
      // Leading industries by name, never ids.
      const leading = (await p.getByTestId('rule-menghai-leading').textContent()) ?? '';
      expect(leading).toContain(L.tea);
      expect(leading).not.toContain('tea,sugar'); // the ids, as it read before
      expect(await p.getByTestId('fix-menghai-leading').textContent()).toMatch(L.leadingFix);
      // The passing parks are outlined on the map, and only they.
      const all = await p
        .locator('.route-list > li')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice(6)));
      const passing = await passingInList(p);
      expect(passing).toContain('mohan');
      await expect.poll(() => routedOnMap(p, all)).toEqual(passing);
      expect(await p.getByTestId('route-highlight-key').textContent()).toContain(L.key);
      await p.screenshot({ path: `${SHOTS}/test-routing-explained-${lang}.png` });
      // Less revenue: 磨憨 (national, 600 万元/亩) now fails, says what would pass, and loses its outline.
      await setRevenue(p, L.revenue);
      await expect.poll(() => p.getByTestId('fix-mohan-intensity').textContent()).toMatch(L.intensityFix);
      await expect.poll(async () => (await routedOnMap(p, all)).includes('mohan')).toBe(false);
      expect(await routedOnMap(p, all)).toEqual(await passingInList(p));
      // Clearing the project clears the outline.
      await p.getByRole('button', { name: L.clear, exact: true }).click();
      await expect.poll(() => routedOnMap(p, all)).toEqual([]);
    });
});
