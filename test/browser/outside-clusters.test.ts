/**
 * Nodes outside every park, below the zoom where each node is its own dot: a clustered source
 * (src/map/layers/node-layers.ts) whose discs count the nodes the filter keeps (per link and
 * public-or-sample, added up by an expression over global state), a node alone drawn as its dot,
 * and, while a text query is typed, the source unclustered and each match its dot. Drawn by MapLibre in Chromium.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';

const app = setupApp({ width: 1366, height: 768 });

/** What a layer draws now: its features' ids, cluster sizes and shown counts. */
const drawn = (page: Page, layer: string) =>
  page.evaluate((id) => {
    const m = window.__map;
    if (!m) return [];
    return m.queryRenderedFeatures({ layers: [id] }).map((f) => {
      const text = (f.layer as { layout?: { 'text-field'?: { sections?: { text: string }[] } } }).layout?.[
        'text-field'
      ];
      return {
        id: f.properties.id as string | undefined,
        size: f.properties.point_count as number | undefined,
        text: text?.sections?.map((s) => s.text).join('') ?? null,
      };
    });
  }, layer);

const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = window.__map;
        if (!m) return resolve();
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );

describe('nodes outside the parks at the prefecture view', () => {
  it('the shipped ones are in the clustered source and drawn one by one; a query draws its matches', async () => {
    const page = await app.open('?lang=zh');
    const outside = await page.evaluate(async () => {
      const g = (await (await fetch('geo/nodes.geojson')).json()) as GeoJSON.FeatureCollection;
      return g.features.filter((f) => f.properties?.in_park === false).map((f) => String(f.properties?.id));
    });
    expect(outside.length).toBeGreaterThan(0);
    const inSource = await page.evaluate(() =>
      [...new Set(window.__map?.querySourceFeatures('outside').map((f) => String(f.properties.id)))].sort(),
    );
    expect(inSource).toEqual([...outside].sort());
    expect((await drawn(page, 'nodes-outside')).map((f) => f.id).sort()).toEqual([...outside].sort());
    // A text query: the source is no longer clustered, and only the matches are drawn.
    await page.evaluate(() => window.__store?.getState().setQuery('勐阿'));
    await expect.poll(async () => (await drawn(page, 'nodes-outside')).map((f) => f.id)).toEqual(['sg-01']);
    await page.evaluate(() => window.__store?.getState().setQuery(''));
    await expect.poll(async () => (await drawn(page, 'nodes-outside')).length).toBe(outside.length);
  });

  it('close together they are one disc counting what the filter keeps; a click zooms in', async () => {
    const page = await app.open('?lang=en');
    // Twelve real records (their own fields), moved outside every park, close to each other, each with
    // its cluster key as outside.geojson has it (link index in the catalogue × 2, + 1 when public).
    const kept = await page.evaluate(async () => {
      const g = (await (await fetch('geo/nodes.geojson')).json()) as GeoJSON.FeatureCollection;
      const links = ((await (await fetch('geo/catalog.json')).json()) as { links: { id: string }[] }).links;
      const ck = (p: GeoJSON.GeoJsonProperties) =>
        links.findIndex((l) => l.id === p?.link) * 2 +
        (p?.provenance === 'official' || p?.provenance === 'public' ? 1 : 0);
      const picked = g.features.slice(0, 12).map((f, i) => ({
        ...f,
        properties: { ...f.properties, id: `moved-${i}`, in_park: false, ck: ck(f.properties) },
        geometry: {
          type: 'Point' as const,
          coordinates: [100.95 + (i % 4) * 0.01, 22.35 + Math.floor(i / 4) * 0.01],
        },
      }));
      const source = window.__map?.getSource('outside') as unknown as { setData: (d: unknown) => void };
      source.setData({
        type: 'FeatureCollection',
        features: picked,
      });
      const p = picked.map((f) => f.properties as unknown as { industry: string; provenance: string });
      return {
        rubber: p.filter((x) => x.industry === 'rubber').length,
        publicOnes: p.filter((x) => x.provenance === 'official' || x.provenance === 'public').length,
      };
    });
    await settle(page);
    await expect
      .poll(() => drawn(page, 'nodes-cluster-count'))
      .toEqual([{ id: undefined, size: 12, text: '12' }]);
    expect(kept.rubber).toBeGreaterThan(0);
    expect(kept.rubber).toBeLessThan(12);
    // One industry: the disc counts its nodes only, the cluster itself unchanged.
    await page.evaluate(() => window.__store?.getState().toggleIndustry('rubber'));
    await expect
      .poll(async () => (await drawn(page, 'nodes-cluster-count'))[0]?.text)
      .toBe(String(kept.rubber));
    // Sample records left out: the public ones of that industry (none here: the disc goes).
    await page.evaluate(() => {
      window.__store?.getState().setIncludeSample(false);
    });
    await expect.poll(async () => (await drawn(page, 'nodes-cluster')).length).toBe(0);
    await page.evaluate(() => {
      const s = window.__store?.getState();
      s?.toggleIndustry('rubber');
    });
    await expect
      .poll(async () => (await drawn(page, 'nodes-cluster-count'))[0]?.text ?? '0')
      .toBe(String(kept.publicOnes));
    await page.evaluate(() => window.__store?.getState().setIncludeSample(true));
    await expect.poll(async () => (await drawn(page, 'nodes-cluster-count'))[0]?.text).toBe('12');
    // A text query: not clustered while it is typed, so each match is its own dot.
    const matches = await page.evaluate(async () => {
      const g = (await (await fetch('geo/nodes.geojson')).json()) as GeoJSON.FeatureCollection;
      return g.features
        .slice(0, 12)
        .filter((f) => String(f.properties?.name_en).toLowerCase().includes('plant')).length;
    });
    expect(matches).toBeGreaterThan(1);
    await page.evaluate(() => window.__store?.getState().setQuery('plant'));
    await expect.poll(async () => (await drawn(page, 'nodes-outside')).length).toBe(matches);
    expect(await drawn(page, 'nodes-cluster')).toEqual([]);
    await page.evaluate(() => window.__store?.getState().setQuery(''));
    await expect.poll(async () => (await drawn(page, 'nodes-cluster-count'))[0]?.text).toBe('12');
    // A click on the disc zooms in to where it splits.
    const at = await page.evaluate(() => {
      const m = window.__map;
      const f = m?.queryRenderedFeatures({ layers: ['nodes-cluster'] })[0];
      if (!m || !f) return null;
      const p = m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y, zoom: m.getZoom() };
    });
    if (!at) throw new Error('no cluster drawn');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.__map?.getZoom() ?? 0)).toBeGreaterThan(at.zoom + 0.5);
    await settle(page);
    // Split (or every node its own dot from NODES_FROM_ZOOM on): no disc of all twelve is left.
    expect((await drawn(page, 'nodes-cluster')).some((f) => f.size === 12)).toBe(false);
  });
});
