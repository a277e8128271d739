/**
 * The scale part of `npm run bench` (also alone: `npx tsx bench/scale-bench.ts`, after `npm run build`):
 * the built app and the bare MapLibre floor (bench/bare) at the shipped size and at the province's
 * or the nation's (60, 20,000 and 100,000 nodes; 7 and 2,500 parks), each built from deterministic
 * synthetic records (bench/synthetic-nodes.ts through the data build, bench/synthetic-parks.ts on its
 * outputs, both checked against the app's schemas by writeGeo).
 *
 * Per load (fresh Chromium profile each, alternating app and bare): first idle; the JS heap after a
 * forced GC (CDP Performance.getMetrics, the page only: MapLibre's workers are not in it); then, at
 * the costly dots view, a scripted pan (one panBy per animation frame, frame intervals, p95), a bare
 * repaint (triggerRepaint → 'render') and, on the app, filter → next render (a store change). Each is a
 * median over the runs and a ratio against its floor in the same run. Figures only; nothing asserted.
 * Env: BENCH_SCALE_RUNS (default 3), BENCH_SCALES (comma list of ids below, default all).
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { validateAndDerive, writeGeo } from '../data/scripts/lib/build';
import { launch, waitForMapIdle } from '../test/support/browser';
import { serve } from '../test/support/server';
import { median, p95, ratio } from './stats';
import { addSyntheticParks } from './synthetic-parks';
import { appendSyntheticNodes, synthInput, syntheticNodes } from './synthetic-nodes';

const root = join(import.meta.dirname, '..');
const tmp = join(root, '.tmp', 'bench-scale');
/** Yunnan at a glance: the province-wide view a 2,500-park map is read at. */
const OVERVIEW = '#map=6.2/24.9/101.8';
/** The Mengla parks at a zoom where every node is its own dot (the costly view). */
const DOTS = { center: [101.45, 21.45] as [number, number], zoom: 10.4 };
const FILTERS = [['rubber'], ['tea'], [], ['port'], ['rubber', 'fruit'], ['sugar'], ['digital'], ['meat']];
const PAN_FRAMES = 60;

interface Scale {
  id: string;
  nodes: number;
  parks: number;
}
export const SCALES: Scale[] = [
  { id: 'shipped', nodes: 60, parks: 7 },
  { id: 'n20k', nodes: 20_000, parks: 7 },
  { id: 'n100k', nodes: 100_000, parks: 7 },
  { id: 'n100k-p2500', nodes: 100_000, parks: 2_500 },
];

type Kind = 'app' | 'bare' | 'bare-nolabels' | 'bare-fontfiles' | 'bare-tiles';
interface Sample {
  firstIdle: number;
  /** The later of first idle and the panels filled (the app's __dataReadyAt). */
  ready: number;
  /** Main-thread long tasks up to first idle, added up (ms). */
  longTasks: number;
  heapMB: number;
  panP95: number;
  repaint: number;
  filter: number | null;
}

/** The geo files of one scale, written by the data build (and writeGeo for the synthetic parks). */
function buildScale(s: Scale, realNodes: number, realParks: number): string {
  const dir = join(tmp, s.id);
  rmSync(dir, { recursive: true, force: true });
  const data = join(dir, 'data');
  cpSync(join(root, 'data'), data, { recursive: true, filter: (p) => !p.includes('scripts') });
  const geo = (f: string): unknown => JSON.parse(readFileSync(join(root, 'public', 'geo', f), 'utf8'));
  const extra = s.nodes - realNodes;
  if (extra > 0) {
    const input = synthInput(geo('parks.geojson'), geo('catalog.json'), geo('counties.geojson'));
    appendSyntheticNodes(data, syntheticNodes(extra, input));
  }
  let outputs: Record<string, object> = validateAndDerive(data);
  if (s.parks > realParks)
    outputs = addSyntheticParks(outputs, s.parks - realParks) as Record<string, object>;
  const out = join(dir, 'geo');
  writeGeo(outputs, out);
  return out;
}

/** A copy of a built site with its geo/ replaced. */
function siteWith(src: string, geo: string, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  cpSync(src, dest, { recursive: true, filter: (p) => !p.startsWith(join(src, 'geo')) });
  cpSync(geo, join(dest, 'geo'), { recursive: true });
  return dest;
}

/** Runs in the page after first idle: pan frames, repaint floor and (app) filter → render. */
const IN_PAGE = `(async ({ dots, filters, frames }) => {
  const map = window.__map, store = window.__store;
  if (!map) throw new Error('no window.__map');
  const idle = () => new Promise((r) => { map.once('idle', r); map.triggerRepaint(); });
  map.jumpTo(dots);
  await idle();
  const once = async (fire) => {
    const t0 = performance.now();
    const done = new Promise((r) => map.once('render', () => r(performance.now() - t0)));
    fire();
    return done;
  };
  const repaint = [], filter = [];
  for (let i = 0; i < filters.length; i++) {
    repaint.push(await once(() => map.triggerRepaint()));
    // The bare pages have no store: the same change as one global-state property, as the app sends it.
    const all = map.getStyle().state?.industries?.default ?? [];
    const fire = store
      ? () => store.setState({ industries: filters[i] })
      : () => map.setGlobalStateProperty('industries', filters[i].length ? filters[i] : all);
    filter.push(await once(fire));
    await idle();
  }
  if (store) store.setState({ industries: [] });
  else map.setGlobalStateProperty('industries', map.getStyle().state?.industries?.default ?? []);
  await idle();
  const gaps = [];
  await new Promise((resolve) => {
    let last = 0, n = 0;
    const step = (t) => {
      if (last) gaps.push(t - last);
      last = t;
      if (n++ >= frames) return resolve();
      map.panBy([6, 3], { animate: false });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { repaint, filter, gaps };
})`;

async function loadOnce(url: string, kind: Kind): Promise<Sample> {
  const session = await launch();
  try {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Main-thread long tasks (over 50 ms) up to first idle, added up: what blocks a user's input.
    await page.addInitScript(() => {
      const w = window as Window & { __longTasks?: number };
      w.__longTasks = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks = (w.__longTasks ?? 0) + e.duration;
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url);
    try {
      await page.waitForFunction(
        () =>
          typeof (window as Window & { __firstIdleAt?: number }).__firstIdleAt === 'number' ||
          typeof (window as Window & { __benchError?: string }).__benchError === 'string',
        undefined,
        { timeout: 180_000, polling: 250 },
      );
    } catch {
      throw new Error(`${kind}: no first idle within 180 s at ${url} ${errors.join(' | ')}`);
    }
    const [firstIdle, longTasks] = await page.evaluate(() => {
      const w = window as Window & { __firstIdleAt?: number; __benchError?: string; __longTasks?: number };
      if (w.__benchError) throw new Error(w.__benchError);
      return [w.__firstIdleAt as number, w.__longTasks ?? Number.NaN];
    });
    await waitForMapIdle(page, 180_000);
    // The app's panels filled (the whole data in): on a tiled build the map may be idle before them.
    // The bare page has no panels: its ready is its first idle.
    const ready =
      kind === 'app'
        ? await page
            .waitForFunction(() => (window as Window & { __dataReadyAt?: number }).__dataReadyAt, undefined, {
              timeout: 180_000,
              polling: 100,
            })
            .then((h) => h.jsonValue() as Promise<number>)
        : firstIdle;
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    const r = (await page.evaluate(
      `${IN_PAGE}(${JSON.stringify({ dots: DOTS, filters: FILTERS, frames: PAN_FRAMES })})`,
    )) as { repaint: number[]; filter: number[]; gaps: number[] };
    return {
      firstIdle,
      ready: Math.max(firstIdle, ready),
      longTasks,
      heapMB: heap / 1e6,
      panP95: p95(r.gaps),
      repaint: median(r.repaint),
      filter: r.filter.length ? median(r.filter) : null,
    };
  } finally {
    await session.close();
  }
}

const f1 = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(1));
const s0 = (x: number) => `${Math.round(x).toLocaleString('en-US')}`;

function summarise(samples: Sample[]) {
  return {
    firstIdle: median(samples.map((s) => s.firstIdle)),
    ready: median(samples.map((s) => s.ready)),
    longTasks: median(samples.map((s) => s.longTasks)),
    heapMB: median(samples.map((s) => s.heapMB)),
    panP95: median(samples.map((s) => s.panP95)),
    repaint: median(samples.map((s) => s.repaint)),
    filter: median(samples.map((s) => s.filter ?? Number.NaN)),
  };
}

export async function scaleBench(): Promise<void> {
  const runs = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3) || 3);
  const only = (process.env.BENCH_SCALES ?? '').split(',').filter(Boolean);
  const scales = SCALES.filter((s) => only.length === 0 || only.includes(s.id));
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is missing: run npm run build');
  if (!existsSync(join(root, 'dist-bench', 'index.html'))) {
    await build({ configFile: join(root, 'bench', 'vite.bare.config.ts') });
  }
  mkdirSync(tmp, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'public', 'geo', 'manifest.json'), 'utf8')) as {
    files: { file: string; count: number | null }[];
  };
  const count = (f: string) => manifest.files.find((x) => x.file === f)?.count ?? 0;
  const realNodes = count('nodes.geojson');
  const realParks = count('parks.geojson');
  console.log(
    `\nScale (${runs} loads per page, fresh profile each; opened at ${OVERVIEW}, then pan and filter at z${DOTS.zoom} over Mengla):`,
  );
  console.log(
    '  scale                 page            first idle  long tasks   heap MB   pan p95 ms   repaint ms   filter→render ms',
  );
  const results = new Map<string, Record<string, ReturnType<typeof summarise>>>();
  let shippedApp: ReturnType<typeof summarise> | undefined;
  for (const s of scales) {
    const t0 = performance.now();
    const geo = buildScale(s, realNodes, realParks);
    const app = siteWith(join(root, 'dist'), geo, join(tmp, s.id, 'app'));
    const bare = siteWith(join(root, 'dist-bench'), geo, join(tmp, s.id, 'bare'));
    const bytes = readFileSync(join(geo, 'nodes.geojson')).length;
    console.log(
      `  (${s.id}: ${s.nodes.toLocaleString('en-US')} nodes, ${s.parks.toLocaleString('en-US')} parks; nodes.geojson ${(bytes / 1e6).toFixed(1)} MB; built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );
    const servers = { app: await serve(app), bare: await serve(bare) };
    // Above the data build's threshold it also wrote PMTiles archives: the bare page reads those too.
    const tiled = existsSync(join(geo, 'nodes.pmtiles'));
    const kinds: Kind[] =
      s.id === 'shipped'
        ? ['app', 'bare', 'bare-nolabels', 'bare-fontfiles']
        : tiled
          ? ['app', 'bare', 'bare-tiles']
          : ['app', 'bare'];
    const samples: Record<string, Sample[]> = {};
    try {
      for (let i = 0; i < runs; i++) {
        for (const k of kinds) {
          const base = k === 'app' ? servers.app.url : servers.bare.url;
          const query =
            k === 'bare-nolabels'
              ? '?labels=none'
              : k === 'bare-tiles'
                ? '?tiles=1'
                : k === 'bare-fontfiles'
                  ? '?glyphs=faces'
                  : '';
          const url = `${base}${query}${OVERVIEW}`;
          const got = await loadOnce(url, k);
          samples[k] = [...(samples[k] ?? []), got];
        }
      }
    } finally {
      await servers.app.stop();
      await servers.bare.stop();
    }
    const sum: Record<string, ReturnType<typeof summarise>> = {};
    for (const k of kinds) {
      const m = summarise(samples[k] ?? []);
      sum[k] = m;
      if (s.id === 'shipped' && k === 'app') shippedApp = m;
      console.log(
        `  ${s.id.padEnd(20)}  ${k.padEnd(14)}  ${s0(m.firstIdle).padStart(7)} ms  ${s0(m.longTasks).padStart(7)} ms  ${f1(m.heapMB).padStart(8)}  ${f1(m.panP95).padStart(11)}  ${f1(m.repaint).padStart(11)}  ${f1(m.filter).padStart(17)}`,
      );
    }
    results.set(s.id, sum);
    const t = sum['bare-tiles'];
    if (t && sum.bare && sum.app)
      console.log(
        `    tiles (bare page): first idle ${ratio(t.firstIdle, sum.bare.firstIdle)}× its GeoJSON, ${shippedApp ? `${ratio(t.firstIdle, shippedApp.firstIdle)}× the 60-node app, ` : ''}filter→render ${ratio(t.filter ?? Number.NaN, t.repaint)}× a repaint, pan p95 ${ratio(t.panP95, sum.bare.panP95)}× its GeoJSON, heap ${f1(t.heapMB)} MB`,
      );
    rmSync(join(tmp, s.id, 'data'), { recursive: true, force: true });
  }
  const shipped = results.get('shipped');
  console.log('  ratios (medians, same run):');
  for (const [id, sum] of results) {
    const app = sum.app;
    const bare = sum.bare;
    if (!app || !bare) continue;
    const parts = [
      `first idle ${ratio(app.firstIdle, bare.firstIdle)}× bare`,
      shipped?.app ? `${ratio(app.firstIdle, shipped.app.firstIdle)}× the 60-node app` : '',
      // The map may go idle before the panels are filled (a tiled build starts it on its boot data).
      shipped?.app
        ? `panels ready ${s0(app.ready)} ms = ${ratio(app.ready, shipped.app.ready)}× the 60-node app's`
        : '',
      `filter→render ${ratio(app.filter, app.repaint)}× a bare repaint`,
      `pan p95 ${ratio(app.panP95, bare.panP95)}× bare (same data)`,
      shipped?.bare ? `${ratio(app.panP95, shipped.bare.panP95)}× bare (shipped data)` : '',
      `heap ${f1(app.heapMB)} MB`,
    ].filter(Boolean);
    console.log(`    ${id.padEnd(12)} ${parts.join(' · ')}`);
  }
  const nl = shipped?.['bare-nolabels'];
  if (shipped?.bare && nl && shipped.app)
    console.log(
      `  labels: bare with labels ${ratio(shipped.bare.firstIdle, nl.firstIdle)}× bare without (labels add ${Math.round((100 * (shipped.bare.firstIdle - nl.firstIdle)) / nl.firstIdle)} %); app ${ratio(shipped.app.firstIdle, nl.firstIdle)}× the no-label floor`,
    );
  const files = shipped?.['bare-fontfiles'];
  if (shipped?.bare && nl && files)
    console.log(
      `  label strategies (bare page, shipped data, first idle · main-thread long tasks): pre-built glyphs (the app's) ${s0(shipped.bare.firstIdle)} ms (+${Math.round((100 * (shipped.bare.firstIdle - nl.firstIdle)) / nl.firstIdle)} % over no labels) · ${s0(shipped.bare.longTasks)} ms; font files drawn in the page ${s0(files.firstIdle)} ms (+${Math.round((100 * (files.firstIdle - nl.firstIdle)) / nl.firstIdle)} %) · ${s0(files.longTasks)} ms; no labels ${s0(nl.firstIdle)} ms · ${s0(nl.longTasks)} ms; pre-built/font files ${ratio(shipped.bare.firstIdle, files.firstIdle)}×`,
    );
  console.log(
    '  goals (issue 15): 100,000 nodes and 2,500 parks: first idle ≤ 1.5× the 60-node app, filter→render ≤ 1.2× a bare repaint, pan p95 ≤ 2× the bare page, heap ≤ 300 MB;',
  );
  console.log(
    '  shipped: first idle ≤ 1.1× bare, labels ≤ 40 % over the no-label floor, filter→render ≤ 1.05× a repaint.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  scaleBench().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`\nscale bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exit(1);
    },
  );
}
