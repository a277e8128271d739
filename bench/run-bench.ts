/**
 * `npm run bench`: time to the map's first 'idle' for the built app (dist/) against a bare MapLibre
 * page that draws the same style (dist-bench/, from bench/bare), alternating the two, each load in a
 * fresh Chromium profile. Also prints the app's initial JS, the fonts and the geo data it fetches.
 * Plain text only; no timed assertions (WebGL runs on SwiftShader, on the CPU: timings are noisy; see
 * bench/README.md).
 * Env: BENCH_RUNS (runs per page, default 7, at least 5), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, launch } from '../test/support/browser';
import { type Served, serve } from '../test/support/server';
import { filterLatencyBench } from './filter-latency';
import { handoverBench } from './handover';
import { bureauBench } from './bureau-bench';
import { importBench } from './import-bench';
import { scaleBench } from './scale-bench';
import { median } from './stats';

const root = join(import.meta.dirname, '..');
const VIEWPORT = { width: 1366, height: 768 };
const IDLE_TIMEOUT = 90_000;
const DEFAULT_RUNS = 7;
const MIN_RUNS = 5;

type Kind = 'app' | 'bare';
type BenchWindow = Window & { __firstIdleAt?: number; __benchError?: string };

class BenchError extends Error {}

// ---------- small helpers ----------

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (t: number) => `${Math.round(t).toLocaleString('en-US')} ms`;
const pad = (s: string, n: number) => s.padStart(n);

function runsFromEnv(): number {
  const raw = process.env.BENCH_RUNS;
  if (raw === undefined || raw === '') return DEFAULT_RUNS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new BenchError(`BENCH_RUNS must be a whole number, got "${raw}"`);
  if (n < MIN_RUNS) {
    console.log(`BENCH_RUNS=${n} is below the minimum; using ${MIN_RUNS}`);
    return MIN_RUNS;
  }
  return n;
}

/** gzip size of a built file: its precompressed .gz when there is one (what the server sends), else gzip -9. */
function gzipSize(file: string): number {
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The JS an index.html loads up front: module entry scripts and modulepreload links. */
function initialJs(dir: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    if (!isModule && !isPreload) continue;
    const ref = /\b(?:src|href)=["']?([^"'\s>]+)/.exec(tag)?.[1];
    if (ref && !/^[a-z]+:/i.test(ref)) files.add(ref.replace(/^\.?\//, '').split(/[?#]/)[0] as string);
  }
  if (files.size === 0) throw new BenchError(`${dir}/index.html loads no module script`);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const p = join(dir, f);
    if (!existsSync(p)) throw new BenchError(`${dir}/index.html loads ${f}, which is not in the build`);
    raw += statSync(p).size;
    gzip += gzipSize(p);
  }
  return { files: [...files], raw, gzip };
}

function workerJs(dir: string): { file: string; raw: number; gzip: number } {
  const name = readdirSync(join(dir, 'assets')).find((f) => /^maplibre-gl-worker.*\.m?js$/.test(f));
  if (!name) throw new BenchError(`no maplibre-gl-worker*.mjs in ${dir}/assets (the map would not load)`);
  const p = join(dir, 'assets', name);
  return { file: `assets/${name}`, raw: statSync(p).size, gzip: gzipSize(p) };
}

// ---------- one page load ----------

interface Transfer {
  url: string;
  bytes: number;
  encoding: string;
}

interface Load {
  firstIdle: number;
  transfers: Transfer[];
}

/**
 * Opens `url` in a fresh profile and reads window.__firstIdleAt. With `track`, records every finished
 * request's body size as transferred (listeners are left off the timed runs).
 */
async function load(url: string, kind: Kind, track: boolean): Promise<Load> {
  const session = await launch(VIEWPORT);
  const errors: string[] = [];
  const pending: Promise<Transfer | null>[] = [];
  try {
    const page: Page = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    if (track)
      page.on('requestfinished', (r) => {
        pending.push(
          (async () => {
            const res = await r.response();
            if (!res) return null;
            const sizes = await r.sizes();
            const headers = await res.allHeaders();
            let bytes = sizes.responseBodySize;
            if (!bytes) bytes = Number(headers['content-length'] ?? 0);
            return { url: r.url(), bytes, encoding: headers['content-encoding'] ?? 'identity' };
          })().catch(() => null),
        );
      });
    const res = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    if (!res?.ok()) throw new BenchError(`${kind}: ${url} answered HTTP ${res?.status() ?? 'nothing'}`);
    try {
      await page.waitForFunction(
        () => {
          const w = window as BenchWindow;
          return typeof w.__firstIdleAt === 'number' || typeof w.__benchError === 'string';
        },
        undefined,
        { timeout: IDLE_TIMEOUT, polling: 250 },
      );
    } catch {
      const shown = await page
        .locator('.status.error')
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null);
      const probe = await page
        .evaluate(() => {
          const m = (window as Window & { __map?: { loaded: () => boolean } }).__map;
          return m ? `window.__map exists, loaded() = ${m.loaded()}` : 'no window.__map';
        })
        .catch(() => 'page not scriptable');
      const why = [probe, shown, ...errors].filter(Boolean).join(' | ');
      throw new BenchError(
        `${kind}: no first 'idle' within ${IDLE_TIMEOUT / 1000} s at ${url}${why ? ` — ${why}` : ''}`,
      );
    }
    const state = await page.evaluate(() => {
      const w = window as BenchWindow;
      return { at: w.__firstIdleAt, error: w.__benchError };
    });
    if (state.error !== undefined) throw new BenchError(`${kind}: page failed: ${state.error}`);
    if (typeof state.at !== 'number') throw new BenchError(`${kind}: window.__firstIdleAt is not a number`);
    if (track) await page.waitForTimeout(1500); // let requests started at idle finish
    const transfers = (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
    return { firstIdle: state.at, transfers };
  } finally {
    await session.close();
  }
}

// ---------- network summaries ----------

function pathOf(url: string): string {
  return new URL(url).pathname;
}

function fontReport(label: string, transfers: Transfer[], allWoff2: { count: number; bytes: number }) {
  const fonts = transfers.filter((t) => pathOf(t.url).includes('/fonts/'));
  const woff2 = fonts.filter((t) => pathOf(t.url).endsWith('.woff2'));
  const other = fonts.filter((t) => !pathOf(t.url).endsWith('.woff2'));
  const sum = (ts: Transfer[]) => ts.reduce((s, t) => s + t.bytes, 0);
  const distinct = new Map<string, number>();
  for (const t of woff2) distinct.set(pathOf(t.url), Math.max(distinct.get(pathOf(t.url)) ?? 0, t.bytes));
  const distinctBytes = [...distinct.values()].reduce((s, b) => s + b, 0);
  const share = allWoff2.bytes ? ` = ${((100 * distinctBytes) / allWoff2.bytes).toFixed(0)}%` : '';
  return (
    `  ${label}: ${kB(sum(fonts))} total — woff2: ${woff2.length} responses, ${kB(sum(woff2))}; ` +
    `${distinct.size} distinct of ${allWoff2.count} subsets, ${kB(distinctBytes)} of ${kB(allWoff2.bytes)}${share}; ` +
    `css/json: ${other.length} responses, ${kB(sum(other))}`
  );
}

function geoReport(label: string, transfers: Transfer[], dir: string) {
  const hits = transfers.filter((t) => pathOf(t.url).includes('/geo/'));
  let raw = 0;
  for (const t of hits) {
    const p = join(dir, decodeURIComponent(pathOf(t.url)));
    if (existsSync(p)) raw += statSync(p).size;
  }
  const sent = hits.reduce((s, t) => s + t.bytes, 0);
  const gz = hits.filter((t) => t.encoding === 'gzip').length;
  return `  ${label}: ${kB(sent)} transferred in ${hits.length} files (${gz} sent gzip), ${kB(raw)} uncompressed`;
}

// ---------- main ----------

async function main(): Promise<void> {
  const runs = runsFromEnv();
  if (!existsSync(CHROMIUM))
    throw new BenchError(
      `Chromium not found at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  const distDir = join(root, 'dist');
  const benchDir = join(root, 'dist-bench');
  if (!existsSync(join(distDir, 'index.html')))
    throw new BenchError('dist/index.html not found — run "npm run build" first (npm run bench does)');

  console.log('Building the bare MapLibre page (bench/bare → dist-bench/) …');
  await build({ configFile: join(root, 'bench', 'vite.bare.config.ts') });
  execFileSync(process.execPath, [join(root, 'scripts', 'compress-dist.mjs'), benchDir], { stdio: 'ignore' });

  const appHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  const appJs = initialJs(distDir);
  const bareJs = initialJs(benchDir);
  const worker = workerJs(distDir);
  const fontDir = join(distDir, 'fonts');
  const woff2Files = readdirSync(fontDir).filter((f) => f.endsWith('.woff2'));
  const allWoff2 = {
    count: woff2Files.length,
    bytes: woff2Files.reduce((s, f) => s + statSync(join(fontDir, f)).size, 0),
  };

  const servers: Served[] = [];
  try {
    const app = await serve('dist');
    servers.push(app);
    const bare = await serve('dist-bench');
    servers.push(bare);
    const urls: Record<Kind, string> = { app: app.url, bare: bare.url };

    console.log(
      `Chromium ${CHROMIUM}, viewport ${VIEWPORT.width}x${VIEWPORT.height}, ${runs} runs per page, ` +
        'alternating app/bare, fresh profile per load.',
    );
    console.log('Untimed warm-up load of each page (network accounting) …');
    const appNet = await load(urls.app, 'app', true);
    const bareNet = await load(urls.bare, 'bare', true);
    console.log(
      `  warm-up first idle: app ${ms(appNet.firstIdle)}, bare ${ms(bareNet.firstIdle)} (not counted)`,
    );

    console.log('');
    console.log('First idle (performance.now() at the map\'s first "idle"):');
    console.log(`  ${pad('run', 3)}  ${pad('app', 10)}  ${pad('bare', 10)}  ${pad('app/bare', 8)}`);
    const times: Record<Kind, number[]> = { app: [], bare: [] };
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      const a = (await load(urls.app, 'app', false)).firstIdle;
      const b = (await load(urls.bare, 'bare', false)).firstIdle;
      times.app.push(a);
      times.bare.push(b);
      ratios.push(a / b);
      console.log(
        `  ${pad(String(i + 1), 3)}  ${pad(ms(a), 10)}  ${pad(ms(b), 10)}  ${pad((a / b).toFixed(2), 8)}`,
      );
    }
    const medApp = median(times.app);
    const medBare = median(times.bare);
    console.log(`  ${pad('med', 3)}  ${pad(ms(medApp), 10)}  ${pad(ms(medBare), 10)}`);
    console.log('');
    console.log(`ratio of medians app/bare:      ${(medApp / medBare).toFixed(2)}`);
    console.log(`median of per-pair ratios:      ${median(ratios).toFixed(2)}`);
    console.log(`app minus floor (medians):      ${ms(medApp - medBare)}`);
    console.log('goal: ratio ≤ 1.2');

    console.log('');
    console.log('Sizes (kB = 1000 bytes):');
    console.log(
      `  app initial JS:  ${kB(appJs.gzip)} gzip (${kB(appJs.raw)} raw) — ${appJs.files.join(', ')}`,
    );
    console.log(`  worker:          ${kB(worker.gzip)} gzip (${kB(worker.raw)} raw) — ${worker.file}`);
    console.log(`  bare floor JS:   ${kB(bareJs.gzip)} gzip (${kB(bareJs.raw)} raw) — for comparison`);
    console.log('Fonts fetched during one load (bodies as transferred):');
    console.log(fontReport('app ', appNet.transfers, allWoff2));
    console.log(fontReport('bare', bareNet.transfers, allWoff2));
    console.log('Geo data fetched during one load (bodies as transferred):');
    console.log(geoReport('app ', appNet.transfers, distDir));
    console.log(geoReport('bare', bareNet.transfers, benchDir));
    if (readFileSync(join(distDir, 'index.html'), 'utf8') !== appHtml)
      console.log('\nwarning: dist/ was rebuilt while the bench ran; the app runs may mix two builds.');
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

main()
  .then(() => (process.env.BENCH_SKIP_FILTER ? undefined : filterLatencyBench()))
  .then(() => (process.env.BENCH_SKIP_HANDOVER ? undefined : handoverBench()))
  .then(() => (process.env.BENCH_SKIP_IMPORT ? undefined : importBench()))
  .then(() => (process.env.BENCH_SKIP_BUREAU ? undefined : bureauBench()))
  .then(() => (process.env.BENCH_SKIP_SCALE ? undefined : scaleBench()))
  .then(
    () => process.exit(0),
    (e: unknown) => {
      const msg =
        e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
      console.error(`\nbench failed: ${msg}`);
      process.exit(1);
    },
  );
