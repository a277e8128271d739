/**
 * Issue 12, drawing a planner trusts, in Chromium: undo the last point (Backspace, Ctrl+Z, the button),
 * edit a saved site's vertices by dragging a handle (kept after a reload), snapping onto a park's vertex,
 * corners typed as lon/lat (度分秒) and as CGCS2000 Gauss–Krüger X/Y, and a bow-tie refused with its message.
 */
import { readFileSync } from 'node:fs';
import * as geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { clickAt } from '../support/map-probe';

const app = setupApp();
const DIST = process.env.XSBN_DIST ?? 'dist';

/** A site north of 勐腊 town, away from every park outline (nothing to snap to). */
const SITE: [number, number][] = [
  [101.55, 21.55],
  [101.58, 21.55],
  [101.58, 21.575],
  [101.55, 21.575],
];

/** Opens the app with no saved sites (cleared once per tab, so a reload keeps what the test saved). */
const openClean = (query: string, hash: string) =>
  app.open(query, hash, {
    before: async (page) => {
      await page.addInitScript(() => {
        if (sessionStorage.getItem('gis-draw-cleared')) return;
        localStorage.removeItem('xsbn-industry-map.sites');
        sessionStorage.setItem('gis-draw-cleared', '1');
      });
    },
  });

/** A clicked point is the pixel's position: within a pixel (≈ 0.0003° at zoom 12) of the lon/lat aimed at. */
const nearly = (got: number[] | undefined, want: readonly number[], tol = 3e-4) =>
  !!got && Math.abs((got[0] ?? 0) - (want[0] ?? 0)) <= tol && Math.abs((got[1] ?? 0) - (want[1] ?? 0)) <= tol;

const sketchLength = (p: Page) => p.evaluate(() => window.__store?.getState().sketch.length ?? -1);
/** The sketch's vertices as the map draws them (its source, rendered). */
const drawnVertices = (p: Page) =>
  p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['sketch-vertex'] }).length ?? -1);
const waitDrawn = (p: Page, n: number) =>
  p.waitForFunction(
    (k) => window.__map?.queryRenderedFeatures({ layers: ['sketch-vertex'] }).length === k,
    n,
  );
/** The oracle: a polygon's area on the ellipsoid (GeographicLib, geodesic edges), m². */
const lib: typeof geographiclib =
  (geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib;
const siteArea = (g: GeoJSON.Polygon | undefined) => {
  const ring = g?.coordinates[0];
  if (!ring) return Number.NaN;
  const poly = lib.Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) poly.AddPoint(lat ?? 0, lon ?? 0);
  return Math.abs(poly.Compute(false, true).area ?? Number.NaN);
};

/** Page coordinates of a lon/lat on the map. */
async function pagePoint(p: Page, lonlat: [number, number]): Promise<{ x: number; y: number }> {
  const box = await p.getByTestId('map').boundingBox();
  const pt = await p.evaluate((ll) => window.__map?.project(ll as [number, number]), lonlat);
  return { x: (box?.x ?? 0) + (pt?.x ?? 0), y: (box?.y ?? 0) + (pt?.y ?? 0) };
}

describe('drawing a site', () => {
  it('Backspace, Ctrl+Z and the button remove the last point; the map and the count follow', async () => {
    const p = await openClean('?panel=sites', '#map=12/21.562/101.565');
    await p.getByTestId('tool-site').click();
    for (const c of SITE) await clickAt(p, c);
    expect(await sketchLength(p)).toBe(4);
    await waitDrawn(p, 4);
    expect(await p.getByTestId('sketch-count').textContent()).toContain('4');
    await p.keyboard.press('Backspace');
    expect(await sketchLength(p)).toBe(3);
    await waitDrawn(p, 3);
    expect(await p.getByTestId('sketch-count').textContent()).toContain('3');
    await p.keyboard.press('Control+z');
    expect(await sketchLength(p)).toBe(2);
    await waitDrawn(p, 2);
    await p.getByTestId('tool-undo').click();
    expect(await sketchLength(p)).toBe(1);
    await waitDrawn(p, 1);
    const left = await p.evaluate(() => window.__store?.getState().sketch);
    expect(left).toHaveLength(1);
    expect(nearly(left?.[0], SITE[0] as [number, number])).toBe(true);
    // Typing in a text field is not a drawing command.
    await p.getByTestId('coords-open').click();
    await p.getByTestId('coords-a').first().fill('101');
    await p.getByTestId('coords-a').first().press('Backspace');
    expect(await sketchLength(p)).toBe(1);
    expect(await drawnVertices(p)).toBe(1);
  });

  it('a bow-tie is refused with its message (both languages) and the sketch is kept to fix', async () => {
    for (const [lang, message] of [
      ['zh', '边界自相交,未保存;请移动顶点'],
      ['en', 'The boundary crosses itself; not saved — move a vertex'],
    ] as const) {
      const p = await openClean(`?panel=sites&lang=${lang}`, '#map=12/21.562/101.565');
      await p.getByTestId('tool-site').click();
      const [a, b, c, d] = SITE as [[number, number], [number, number], [number, number], [number, number]];
      for (const v of [a, b, d]) await clickAt(p, v);
      await clickAt(p, c, { double: true });
      const problem = p.getByTestId('draw-problem');
      await problem.waitFor();
      expect(await problem.textContent()).toBe(message);
      expect(await p.evaluate(() => window.__store?.getState().sites.length)).toBe(0);
      expect(await p.evaluate(() => window.__store?.getState().tool)).toBe('draw-site');
      expect(await sketchLength(p)).toBe(4);
      // Fixed by undoing the last two points and clicking them in the right order.
      await p.keyboard.press('Backspace');
      await p.keyboard.press('Backspace');
      await clickAt(p, c);
      await clickAt(p, d, { double: true });
      await p.locator('.site-card').first().waitFor();
      expect(await problem.count()).toBe(0);
      await p.close();
    }
  });

  it('drags a saved site’s vertex: the area changes, Esc restores, Save keeps it after a reload', async () => {
    const p = await openClean('?panel=sites', '#map=12/21.562/101.565');
    await p.getByTestId('tool-site').click();
    for (const c of SITE.slice(0, -1)) await clickAt(p, c);
    await clickAt(p, SITE.at(-1) as [number, number], { double: true });
    await p.locator('.site-card').first().waitFor();
    const before = await p.evaluate(() => window.__store?.getState().sites[0]?.geometry);
    const corners = before?.coordinates[0] ?? [];
    expect(corners).toHaveLength(5);
    corners.slice(0, 4).forEach((c, i) => {
      expect(nearly(c, SITE[i] as [number, number])).toBe(true);
    });
    const corner = corners[2] as [number, number];
    const drag = async (from: [number, number], to: [number, number]) => {
      const a = await pagePoint(p, from);
      const b = await pagePoint(p, to);
      await p.mouse.move(a.x, a.y);
      await p.mouse.down();
      await p.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
      await p.mouse.move(b.x, b.y, { steps: 4 });
      await p.mouse.up();
    };
    const handles = () =>
      p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['sketch-edit-vertex'] }).length ?? -1);

    // Esc restores the site.
    await p.getByTestId('site-edit').click();
    await p.waitForFunction(
      () => (window.__map?.queryRenderedFeatures({ layers: ['sketch-edit-vertex'] }).length ?? 0) === 4,
    );
    await drag(corner, [101.6, 21.59]);
    expect(await p.evaluate(() => window.__store?.getState().editing?.ring[2])).not.toEqual(corner);
    await p.keyboard.press('Escape');
    expect(await p.evaluate(() => window.__store?.getState().editing)).toBeNull();
    expect(await p.evaluate(() => window.__store?.getState().sites[0]?.geometry)).toEqual(before);

    // Drag, undo, drag again, save.
    await p.getByTestId('site-edit').click();
    await p.waitForFunction(
      () => (window.__map?.queryRenderedFeatures({ layers: ['sketch-edit-vertex'] }).length ?? 0) === 4,
    );
    expect(await handles()).toBe(4);
    await drag(corner, [101.6, 21.59]);
    await p.getByTestId('edit-undo').click();
    expect(await p.evaluate(() => window.__store?.getState().editing?.ring[2])).toEqual(corner);
    await drag(corner, [101.6, 21.59]);
    const moved = await p.evaluate(() => window.__store?.getState().editing?.ring[2]);
    expect(moved?.[0]).toBeCloseTo(101.6, 3);
    expect(moved?.[1]).toBeCloseTo(21.59, 3);
    await p.screenshot({ path: `${SHOTS}/test-gis-draw-edit.png` });
    await p.getByTestId('edit-save').click();
    expect(await p.evaluate(() => window.__store?.getState().editing)).toBeNull();
    const after = await p.evaluate(() => window.__store?.getState().sites[0]?.geometry);
    expect(siteArea(after)).toBeGreaterThan(siteArea(before) * 1.2);
    // The card's area (亩) is the new one.
    const cardMu = async () => {
      const m = /([\d,]+) 亩/.exec((await p.locator('.site-card').first().textContent()) ?? '');
      return Number(m?.[1]?.replaceAll(',', '') ?? Number.NaN);
    };
    const mu = siteArea(after) / (10000 / 15);
    await expect.poll(async () => Math.abs((await cardMu()) / mu - 1)).toBeLessThan(0.005);

    await p.reload();
    await waitForMapIdle(p);
    await p.locator('.site-card').first().waitFor();
    expect(await p.evaluate(() => window.__store?.getState().sites[0]?.geometry)).toEqual(after);
  });

  it('a click within a few pixels of a park’s vertex lands exactly on it; Alt places it freely', async () => {
    const parks = JSON.parse(readFileSync(`${DIST}/geo/parks.geojson`, 'utf8')) as GeoJSON.FeatureCollection<
      GeoJSON.Polygon | GeoJSON.MultiPolygon,
      { id: string }
    >;
    const park = parks.features.find((f) => f.properties.id === 'mengpeng');
    const ring = park?.geometry.type === 'Polygon' ? park.geometry.coordinates[0] : undefined;
    const vertex = ring?.[2] as [number, number];
    expect(vertex).toBeDefined();
    const p = await openClean('?panel=sites', `#map=14/${vertex[1]}/${vertex[0]}`);
    // An imported layer and another site nearby (about 50 px away at this zoom), to snap onto as well.
    const importedCorner: [number, number] = [vertex[0] + 0.004, vertex[1] - 0.003];
    const siteCorner: [number, number] = [vertex[0] - 0.004, vertex[1] + 0.003];
    const triangle = ([x, y]: [number, number], dx: number) => [
      [x, y],
      [x + dx, y],
      [x, y - 0.002],
    ];
    await p.evaluate(
      ([ring, corners]) => {
        const s = window.__store?.getState();
        s?.addImported({
          id: 'gis-draw-snap',
          name: 'snap',
          format: 'geojson',
          redline: false,
          visible: true,
          warnings: [],
          data: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: {},
                geometry: {
                  type: 'Polygon',
                  coordinates: [[...(ring as number[][]), (ring as number[][])[0] as number[]]],
                },
              },
            ],
          },
        });
        s?.addSiteFromCorners(corners as number[][]);
      },
      [triangle(importedCorner, 0.003), triangle(siteCorner, -0.003)] as const,
    );
    await p.waitForFunction(
      () =>
        (window.__map?.queryRenderedFeatures({ layers: ['imported-fill'] }).length ?? 0) > 0 &&
        (window.__map?.queryRenderedFeatures({ layers: ['sites-fill'] }).length ?? 0) > 0,
    );
    await p.getByTestId('tool-line').click();
    const v = await pagePoint(p, vertex);
    // Every park vertex within 10 px of the click: only this one.
    const near = await p.evaluate(
      ([all, x, y]) => {
        const box = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
        return (all as [number, number][]).filter((c) => {
          const q = window.__map?.project(c);
          return (
            q && Math.hypot(q.x + (box?.x ?? 0) - (x as number), q.y + (box?.y ?? 0) - (y as number)) <= 10
          );
        });
      },
      [
        parks.features.flatMap((f) => f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2)),
        v.x + 5,
        v.y - 4,
      ] as const,
    );
    expect(near).toEqual([vertex]);
    // The snap indicator shows while the pointer is near.
    await p.mouse.move(v.x + 5, v.y - 4);
    await p.waitForFunction(
      () => (window.__map?.queryRenderedFeatures({ layers: ['sketch-snap'] }).length ?? 0) > 0,
    );
    await p.mouse.click(v.x + 5, v.y - 4);
    expect(await p.evaluate(() => window.__store?.getState().sketch[0])).toEqual(vertex);
    // Alt held: the point is where the pointer is, not on the vertex.
    await p.keyboard.down('Alt');
    await p.mouse.click(v.x + 5, v.y - 4);
    await p.keyboard.up('Alt');
    const free = await p.evaluate(() => window.__store?.getState().sketch[1]);
    expect(free).not.toEqual(vertex);
    expect(Math.abs((free?.[0] ?? 0) - vertex[0])).toBeLessThan(0.001);
    // An imported feature's vertex and another site's.
    const q = await pagePoint(p, importedCorner);
    await p.mouse.click(q.x - 4, q.y + 5);
    expect(await p.evaluate(() => window.__store?.getState().sketch[2])).toEqual(importedCorner);
    const r = await pagePoint(p, siteCorner);
    await p.mouse.move(r.x + 6, r.y + 3);
    await p.waitForFunction(
      () => (window.__map?.queryRenderedFeatures({ layers: ['sketch-snap'] }).length ?? 0) > 0,
    );
    await p.screenshot({ path: `${SHOTS}/test-gis-draw-snap.png` });
    await p.mouse.click(r.x + 6, r.y + 3);
    expect(await p.evaluate(() => window.__store?.getState().sketch[3])).toEqual(siteCorner);
    await p.evaluate(() => window.__store?.getState().removeImported('gis-draw-snap'));
  });
});

describe('typed corner coordinates', () => {
  const fillRows = async (p: Page, rows: [string, string][]) => {
    const a = p.getByTestId('coords-a');
    const b = p.getByTestId('coords-b');
    for (const [i, [x, y]] of rows.entries()) {
      await a.nth(i).fill(x);
      await b.nth(i).fill(y);
    }
  };
  const newSite = (p: Page) => p.evaluate(() => window.__store?.getState().sites.at(-1)?.geometry);

  it('lon/lat in 度分秒 and decimals: the site is the typed triangle; a bad row is named', async () => {
    const p = await openClean('?panel=sites', '#map=12/21.562/101.565');
    await p.getByTestId('tool-site').click();
    await p.getByTestId('coords-open').click();
    await fillRows(p, [
      ['101°33′', '21°33′'],
      ['101.58', '21.55'],
      ['101°34′48″', '91'],
    ]);
    await p.getByTestId('coords-add').click();
    expect(await p.getByTestId('coords-errors').textContent()).toBe('第 3 行:纬度超出范围');
    expect(await p.evaluate(() => window.__store?.getState().sites.length)).toBe(0);
    await fillRows(p, [
      ['101°33′', '21°33′'],
      ['101.58', '21.55'],
      ['101°34′48″', '21°34′30″'],
    ]);
    await p.getByTestId('coords-add').click();
    await p.locator('.site-card').first().waitFor();
    const expected: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [101.55, 21.55],
          [101.58, 21.55],
          [101.58, 21.575],
          [101.55, 21.55],
        ],
      ],
    };
    const got = await newSite(p);
    expect(Math.abs(siteArea(got) / siteArea(expected) - 1)).toBeLessThan(0.005);
    got?.coordinates[0]?.forEach((c, i) => {
      expect(c[0]).toBeCloseTo(expected.coordinates[0]?.[i]?.[0] ?? 0, 9);
      expect(c[1]).toBeCloseTo(expected.coordinates[0]?.[i]?.[1] ?? 0, 9);
    });
  });

  it('CGCS2000 Gauss–Krüger X/Y (3° zone, CM 102°) pasted as lines: a 1 km × 1 km right triangle is 50 ha', async () => {
    const p = await openClean('?panel=sites&lang=en', '#map=12/21.562/101.565');
    await p.getByTestId('tool-site').click();
    await p.getByTestId('coords-open').click();
    await p.getByTestId('coords-system').selectOption('gk3-102');
    // A corner near 101.55°E 21.55°N in EPSG:4543 (no zone number), with the other two 1,000 m north and east.
    const [e0, n0] = proj4(
      '+proj=longlat +ellps=GRS80 +no_defs',
      '+proj=tmerc +lat_0=0 +lon_0=102 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
      [101.55, 21.55],
    ).map((v) => Math.round(v)) as [number, number];
    // Surveyor order, X (northing) first; one row with the zone number (34) in front of the easting.
    await p
      .getByTestId('coords-paste')
      .fill(`${n0},${e0}\n${n0},${34_000_000 + e0 + 1000}\n${n0 + 1000},${e0}\n`);
    await p.getByTestId('coords-fill').click();
    expect(await p.getByTestId('coords-row').count()).toBe(3);
    expect(await p.getByTestId('coords-a').first().inputValue()).toBe(String(n0));
    await p.getByTestId('coords-add').click();
    await p.locator('.site-card').first().waitFor();
    const got = await newSite(p);
    expect(Math.abs(siteArea(got) / 500_000 - 1)).toBeLessThan(0.005);
    expect(got?.coordinates[0]?.[0]?.[0]).toBeCloseTo(101.55, 4);
    expect(got?.coordinates[0]?.[0]?.[1]).toBeCloseTo(21.55, 4);
    // A bad row is named in English too.
    await p.getByTestId('tool-site').click();
    await p.getByTestId('coords-open').click();
    await p.getByTestId('coords-system').selectOption('gk3-102');
    await fillRows(p, [
      ['2384000', '448000'],
      ['2384000', 'abc'],
      ['2385000', '448000'],
    ]);
    await p.getByTestId('coords-add').click();
    expect(await p.getByTestId('coords-errors').textContent()).toBe('Row 2: cannot read “abc”');
  });
});
