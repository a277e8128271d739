/**
 * The map above the data build's size threshold: nodes and parks drawn from its PMTiles archives
 * (read by Range requests through the `pmtiles` protocol), with hover, selection and the filter working
 * as on GeoJSON. The shipped data is built here with the threshold at 0, so the same 60 nodes and 7
 * parks come from tiles; the rest of the site is the build under test.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGeo } from '../../data/scripts/lib/build';
import { launch, type Session, waitForMapIdle, watchPage } from '../support/browser';
import { clickableParkPoint } from '../support/map-probe';
import { type Served, serve } from '../support/server';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, process.env.XSBN_DIST ?? 'dist');

describe('nodes and parks from PMTiles (the data build above its threshold)', () => {
  let site: string;
  let server: Served;
  let session: Session;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'xsbn-tiled-'));
    cpSync(dist, site, { recursive: true, filter: (p) => !p.startsWith(join(dist, 'geo')) });
    buildGeo(join(root, 'data'), join(site, 'geo'), { tileThreshold: 0 });
    server = await serve(site);
    session = await launch({ width: 1366, height: 768 }, [], 'zh-CN', { reducedMotion: 'reduce' });
    page = await session.context.newPage();
    watch = watchPage(page, server.url.replace(/\/$/, ''));
    await page.goto(`${server.url}?lang=zh`);
    await waitForMapIdle(page);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
  });

  const featureState = (source: string, id: string) =>
    page.evaluate(
      ([s, i]) =>
        window.__map?.getFeatureState({ source: s as string, sourceLayer: s as string, id: i as string }),
      [source, id] as const,
    );
  const jump = async (center: [number, number], zoom: number) => {
    await page.evaluate(
      ([c, z]) => {
        window.__map?.jumpTo({ center: c as [number, number], zoom: z as number });
      },
      [center, zoom] as const,
    );
    await waitForMapIdle(page);
  };

  it('the manifest lists the archives; the map draws both sources from them by Range requests', async () => {
    const manifest = JSON.parse(readFileSync(join(site, 'geo', 'manifest.json'), 'utf8')) as {
      tiles?: { file: string }[];
    };
    expect(manifest.tiles?.map((t) => t.file).sort()).toEqual(['nodes.pmtiles', 'parks.pmtiles']);
    const types = await page.evaluate(() => ({
      nodes: window.__map?.getSource('nodes')?.type,
      parks: window.__map?.getSource('parks')?.type,
      places: window.__map?.getSource('places')?.type,
    }));
    expect(types).toEqual({ nodes: 'vector', parks: 'vector', places: 'geojson' });
    // The map started on its boot data and the nodes' parse waited for its first idle.
    const at = await page
      .waitForFunction(
        () =>
          window.__dataReadyAt !== undefined && { idle: window.__firstIdleAt, ready: window.__dataReadyAt },
      )
      .then((h) => h.jsonValue());
    expect(at && typeof at === 'object' && (at.ready ?? 0) > (at.idle ?? Infinity)).toBe(true);
    const parks = await page.evaluate(
      () =>
        window.__map?.queryRenderedFeatures({ layers: ['parks-fill'] }).map((f) => String(f.properties.id)) ??
        [],
    );
    expect(new Set(parks).size).toBeGreaterThanOrEqual(5);
    const archives = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('.pmtiles')),
    );
    expect(archives.some((n) => n.includes('parks.pmtiles'))).toBe(true);
    expect(archives.some((n) => n.includes('nodes.pmtiles'))).toBe(true);
  });

  it('hover and click select a park from the tiles (feature-state on the tiles’ layer), with its details', async () => {
    await jump([100.478, 21.95], 12.6);
    const pt = await clickableParkPoint(page, 'menghai');
    const box = await page.locator('[data-testid="map"]').boundingBox();
    await page.mouse.move((box?.x ?? 0) + pt.x, (box?.y ?? 0) + pt.y);
    await expect.poll(() => featureState('parks', 'menghai').then((s) => s?.hover)).toBe(true);
    await page.mouse.click((box?.x ?? 0) + pt.x, (box?.y ?? 0) + pt.y);
    await page.getByTestId('details').getByRole('heading', { name: '勐海产业园区' }).waitFor();
    expect((await featureState('parks', 'menghai'))?.selected).toBe(true);
  });

  it('nodes inside a park are drawn from the tiles when zoomed in, and the filter (global state) thins them', async () => {
    await jump([100.478, 21.95], 12.6);
    const drawn = () =>
      page.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['nodes-point'] }).length ?? 0);
    const all = await drawn();
    expect(all).toBeGreaterThan(0);
    const industries = await page.evaluate(() => {
      const m = window.__map;
      return [
        ...new Set(
          m?.queryRenderedFeatures({ layers: ['nodes-point'] }).map((f) => String(f.properties.industry)),
        ),
      ];
    });
    await page.evaluate((id) => {
      window.__store?.getState().toggleIndustry(id);
    }, industries[0] ?? '');
    await waitForMapIdle(page);
    await expect.poll(drawn).toBeLessThan(all);
    expect(watch.failed).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  /** A fresh page whose nodes.geojson is held until `release()`. */
  async function heldNodes(query: string) {
    const p = await session.context.newPage();
    const w = watchPage(p, server.url.replace(/\/$/, ''));
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    await p.route(/\/geo\/nodes\.geojson/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(`${server.url}${query}`);
    return { p, w, release };
  }

  it('starts the map before nodes.geojson is in: idle on the tiles, panels loading, then filled in place', async () => {
    const { p, w, release } = await heldNodes('?lang=en');
    // The map is made and goes idle on its tiles while the nodes file is still held back.
    await waitForMapIdle(p);
    const mapBox = () => p.evaluate(() => document.querySelector('.map')?.getBoundingClientRect().toJSON());
    const boxBefore = await mapBox();
    const before = await p.evaluate(() => ({
      nodes: window.__map?.getSource('nodes')?.type,
      drawn: window.__map?.queryRenderedFeatures({ layers: ['parks-fill'] }).length ?? 0,
      outside: (window.__map?.queryRenderedFeatures({ layers: ['nodes-outside'] }) ?? [])
        .map((f) => String(f.properties.id))
        .sort(),
      side: document.getElementById('side-body')?.textContent,
    }));
    expect(before.nodes).toBe('vector');
    expect(before.drawn).toBeGreaterThan(0);
    // The nodes outside the parks are drawn from their own file (geo/outside.geojson) meanwhile.
    const outside = JSON.parse(readFileSync(join(site, 'geo', 'outside.geojson'), 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    expect(outside.features.length).toBeGreaterThan(0);
    expect(before.outside).toEqual(outside.features.map((f) => f.properties.id).sort());
    expect(before.side).toMatch(/^Loading/);
    // Tabs work meanwhile.
    await p.getByTestId('tab-chain').click();
    expect(await p.getByTestId('tab-chain').getAttribute('aria-selected')).toBe('true');
    const made = await p.evaluate(() => {
      (window as { __bootMap?: unknown }).__bootMap = window.__map;
      return true;
    });
    expect(made).toBe(true);
    release();
    // The panels fill in; the map is the same one, still drawing the nodes from their tiles.
    await p.getByTestId('tab-legend').click();
    await p
      .locator('#side-body')
      .getByText(/Showing \d+ of \d+ nodes/)
      .waitFor();
    const after = await p.evaluate(() => ({
      same: (window as { __bootMap?: unknown }).__bootMap === window.__map,
      nodes: window.__map?.getSource('nodes')?.type,
    }));
    expect(after).toEqual({ same: true, nodes: 'vector' });
    // No line above the map while it booted: the map's box did not move when the data came.
    expect(await mapBox()).toEqual(boxBefore);
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    await p.close();
  });

  it('a missing outside.geojson is named over the map, and Retry draws the nodes outside the parks', async () => {
    const p = await session.context.newPage();
    const w = watchPage(p, server.url.replace(/\/$/, ''));
    let broken = true;
    await p.route(/\/geo\/outside\.geojson/, (route) =>
      broken ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
    );
    await p.goto(`${server.url}?lang=zh`);
    await p.getByTestId('layers-missing').waitFor();
    expect(await p.getByTestId('layers-missing').textContent()).toContain('园区外的产业链节点');
    broken = false;
    await p.getByTestId('retry-layers').click();
    await p.getByTestId('layers-missing').waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['nodes-outside'] }).length ?? 0),
      )
      .toBeGreaterThan(0);
    expect(w.failed.filter((x) => !/outside\.geojson|404/.test(x))).toEqual([]);
    await p.close();
  });

  it('a link to a selected record waits for the nodes before making the map (the selection needs them)', async () => {
    const { p, w, release } = await heldNodes('?lang=zh&sel=park:menghai');
    await p.waitForTimeout(2500);
    expect(await p.evaluate(() => window.__map === undefined)).toBe(true);
    release();
    await waitForMapIdle(p);
    await p.getByTestId('details').getByRole('heading', { name: '勐海产业园区' }).waitFor();
    expect(w.failed).toEqual([]);
    expect(w.errors).toEqual([]);
    await p.close();
  });
});
