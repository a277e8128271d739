#!/usr/bin/env node
/**
 * Lighthouse (pinned 12.2.3, run through npx so the test install stays small; not part of `npm test`)
 * with the default mobile preset on the directory and two park profiles, in both languages, and the
 * acceptance line of issue 14 as thresholds: performance ≥ 95, accessibility, best practices and SEO
 * 100, and the largest contentful paint being real content (a profile's: the park's name), never the
 * static shell's placeholder title. Prints each run's four scores, FCP, LCP and its element, TBT, CLS
 * and the JS the route loads; with LH_RUNS > 1 the median and range per route, and the thresholds are
 * checked on the medians. Exits 1 and names each miss (and the audits that cost points) otherwise.
 *
 * Usage: npm run build && npm run lighthouse
 *   LH_RUNS=3            repeats each route (scores move a few points between runs on a shared machine)
 *   LH_ROUTES=directory-zh,profile-en   picks routes by name (prefix match: LH_ROUTES=profile); `map` is
 *                        measured only when named (WebGL in software: said against issue 15's goal, perf ≥ 90 and TBT ≤ 600 ms, never failed on)
 *   XSBN_DIST=dist-x     the build to serve (default dist)
 * Each run also prints Lighthouse's CPU benchmark index and the machine's load average: on a shared
 * machine TBT (and so performance) follows the load, not the page; compare runs at similar load.
 * The routes are the pre-rendered clean URLs (/zh/parks/, /en/parks/menghai/) when the build has them,
 * the app's ?page= links otherwise.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isAbsolute, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const distArg = process.env.XSBN_DIST ?? 'dist';
const dist = isAbsolute(distArg) ? distArg : join(root, distArg);
const out = join(root, 'test-results', 'lighthouse');
mkdirSync(out, { recursive: true });

const clean = existsSync(join(dist, 'zh', 'parks', 'index.html'));
/** Names each profile's h1 is expected to hold (the LCP element must be the park's name). */
const catalog = JSON.parse(readFileSync(join(dist, 'geo', 'catalog.json'), 'utf8'));
const parkName = (id, lang) => {
  const park = (catalog.parks ?? []).find((p) => p.id === id);
  return park?.[`name_${lang}`] ?? null;
};

/** [name, path and query, what the LCP element must be: 'content' or the park's name]. */
const ALL_ROUTES = [
  ['directory-zh', clean ? 'zh/parks/' : '?page=parks&lang=zh', { content: true }],
  ['directory-en', clean ? 'en/parks/' : '?page=parks&lang=en', { content: true }],
  ['profile-zh', clean ? 'zh/parks/menghai/' : '?page=park:menghai&lang=zh', { park: 'menghai', lang: 'zh' }],
  ['profile-en', clean ? 'en/parks/menghai/' : '?page=park:menghai&lang=en', { park: 'menghai', lang: 'en' }],
  ['profile-mohan-zh', clean ? 'zh/parks/mohan/' : '?page=park:mohan&lang=zh', { park: 'mohan', lang: 'zh' }],
  ['profile-mohan-en', clean ? 'en/parks/mohan/' : '?page=park:mohan&lang=en', { park: 'mohan', lang: 'en' }],
  ['map', '?lang=zh', null],
];
const picked = process.env.LH_ROUTES?.split(',').filter(Boolean);
const ROUTES = ALL_ROUTES.filter(([name]) =>
  picked ? picked.some((p) => name === p || name.startsWith(p)) : name !== 'map',
);
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MIN = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const SHORT = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The LCP element from the `largest-contentful-paint-element` audit (a list of tables in LH 12). */
function lcpElement(lhr) {
  const details = lhr.audits['largest-contentful-paint-element']?.details;
  const tables = details?.type === 'list' ? details.items : [details];
  for (const t of tables ?? []) for (const item of t?.items ?? []) if (item?.node) return item.node;
  return null;
}

/**
 * The LCP element as Chromium reports it on Lighthouse's mobile screen (412×823 at 1.75×, touch), from
 * a PerformanceObserver: Lighthouse 12.2.3's own `largest-contentful-paint-element` audit fails on
 * Chromium 156 (its trace gatherer: "reading 'frame_sequence'"). Lighthouse's default throttling is
 * simulated (the page loads at full speed), so the element is the one its run saw. Every candidate is
 * kept, in order: the last is the LCP.
 */
async function lcpInChromium(pageUrl) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: flags.split(' ').filter((f) => f !== '--headless'),
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = [];
      window.__lcp = seen;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const el = e.element;
          seen.push({
            selector: el
              ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
              : '(removed)',
            snippet: el ? el.outerHTML.slice(0, 160) : '',
            nodeLabel: el ? (el.textContent ?? '').trim().slice(0, 80) : '',
            size: e.size,
          });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000); // a last candidate after the fonts swap in
    return await page.evaluate(() => window.__lcp);
  } finally {
    await browser.close();
  }
}

/** Audits of a category that cost points (score below 1 and weighted), as "id (score)". */
function losses(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((r) => r.weight > 0)
    .map((r) => lhr.audits[r.id])
    .filter((a) => a && a.score !== null && a.score < 1)
    .map((a) => `${a.id}${a.displayValue ? ` ${a.displayValue}` : ''} (${Math.round(a.score * 100)})`);
}

/** Why the LCP element is not what the route must show, or null. */
function lcpMiss(node, expect) {
  if (!expect) return null;
  if (!node) return 'no LCP element reported';
  const text = `${node.snippet ?? ''} ${node.nodeLabel ?? ''}`;
  if (
    /shell-title|class="status"/.test(node.snippet ?? '') ||
    /\.shell-title|p\.status/.test(node.selector ?? '')
  )
    return `the LCP element is the placeholder shell (${node.snippet})`;
  if (expect.park) {
    const name = parkName(expect.park, expect.lang);
    if (!name) return `no name for park ${expect.park} in the catalog`;
    if (!text.includes(name)) return `the LCP element is not the park's name "${name}": ${node.snippet}`;
  }
  return null;
}

const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--root', dist, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (b) => {
    text += b;
    const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(text);
    if (m) resolve(m[1]);
  });
  server.on('exit', () => reject(new Error(`server exited: ${text}`)));
});

const flags =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const misses = [];
/** Routes held to issue 14's thresholds, and the map's line against issue 15's goal. */
let checked = 0;
let mapGoal = '';
try {
  console.log(
    `${clean ? 'pre-rendered clean URLs' : '?page= routes (no pre-rendered pages in the build)'} from ${dist}`,
  );
  /** route name → the LCP candidates Chromium reported (measured once a route). */
  const lcpSeen = {};
  /** name → list of { scores, lcpMs, tbtMs, lcpNode, lhr } */
  const runs = new Map();
  for (let run = 0; run < RUNS; run++)
    for (const [name, path, expect] of ROUTES) {
      const file = join(out, `${name}.json`);
      // Lighthouse sometimes loses the trace of a load (NO_NAVSTART) and exits 1 with no report: that
      // load measured nothing, so it is run again, twice at most, and said so.
      for (let attempt = 1; ; attempt++) {
        try {
          execFileSync(
            'npx',
            [
              '--yes',
              'lighthouse@12.2.3',
              `${url}${path}`,
              `--only-categories=${CATEGORIES.join(',')}`,
              '--output=json',
              `--output-path=${file}`,
              `--chrome-flags=${flags}`,
              '--quiet',
            ],
            {
              stdio: 'inherit',
              env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
            },
          );
          break;
        } catch (e) {
          if (attempt >= 3) throw e;
          console.warn(`${name}: Lighthouse exited with no report (attempt ${attempt}); running it again`);
        }
      }
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      if (lhr.runtimeError)
        console.warn(`${name}: runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      const items = lhr.audits['network-requests']?.details?.items ?? [];
      const js = items.filter((i) => i.resourceType === 'Script');
      const kb = (n) => (n / 1000).toFixed(1);
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      let node = lcpElement(lhr);
      if (!node && expect) {
        lcpSeen[name] ??= await lcpInChromium(`${url}${path}`);
        node = lcpSeen[name].at(-1) ?? null;
        if (node) node.from = 'PerformanceObserver';
      }
      const entry = {
        scores,
        lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
        node,
        miss: lcpMiss(node, expect),
        lhr,
      };
      runs.set(name, [...(runs.get(name) ?? []), entry]);
      const m = (id) => lhr.audits[id]?.displayValue ?? '—';
      console.log(
        `${name.padEnd(17)} ${CATEGORIES.map((c) => `${SHORT[c]} ${scores[c]}`).join('  ')}  ·  FCP ${m('first-contentful-paint')}  LCP ${m('largest-contentful-paint')}  TBT ${m('total-blocking-time')}  CLS ${m('cumulative-layout-shift')}  ·  JS ${js.length} files, ${kb(js.reduce((s, i) => s + (i.transferSize ?? 0), 0))} kB (gzip)  ·  CPU benchmark ${lhr.environment?.benchmarkIndex ?? '—'}, load ${loadavg()[0].toFixed(1)}`,
      );
      console.log(
        `${''.padEnd(17)} LCP element: ${node ? `${node.selector} ${JSON.stringify(node.nodeLabel ?? '')}${node.from ? ` (${node.from}; candidates: ${lcpSeen[name].map((c) => c.selector).join(' → ')})` : ''}` : '—'}`,
      );
      for (const c of CATEGORIES) {
        const lost = losses(lhr, c);
        if (lost.length > 0 && scores[c] < 100)
          console.log(`${''.padEnd(17)} ${SHORT[c]} loses on: ${lost.join(', ')}`);
      }
    }
  for (const [name, list] of runs) {
    const expect = ALL_ROUTES.find(([n]) => n === name)?.[2];
    const parts = CATEGORIES.map((c) => {
      const xs = list.map((e) => e.scores[c]);
      return `${SHORT[c]} ${median(xs)}${RUNS > 1 ? ` (${Math.min(...xs)}–${Math.max(...xs)})` : ''}`;
    });
    const lcp = median(list.map((e) => e.lcpMs));
    const tbt = median(list.map((e) => e.tbtMs));
    console.log(
      `${name.padEnd(17)} ${RUNS} run(s), median: ${parts.join('  ')}  ·  LCP ${(lcp / 1000).toFixed(2)} s  TBT ${Math.round(tbt)} ms  ·  LCP element ${JSON.stringify(list[0]?.node?.nodeLabel ?? '—')}`,
    );
    if (!expect) {
      // The map: measured against issue 15's goal and said, not failed on (WebGL runs in software here).
      const perf = median(list.map((e) => e.scores.performance));
      const met = perf >= 90 && tbt <= 600;
      mapGoal = `${name}: issue 15's goal (performance ≥ 90, total blocking time ≤ 600 ms) ${met ? 'met' : 'not met'}: performance ${perf}, TBT ${Math.round(tbt)} ms`;
      continue;
    }
    checked++;
    for (const c of CATEGORIES) {
      const med = median(list.map((e) => e.scores[c]));
      if (med < MIN[c]) misses.push(`${name}: ${c} ${med} < ${MIN[c]}`);
    }
    const wrong = list.map((e) => e.miss).filter(Boolean);
    if (wrong.length > 0) misses.push(`${name}: ${wrong[0]} (${wrong.length} of ${list.length} runs)`);
  }
} finally {
  server.kill();
}
if (mapGoal) console.log(`\n${mapGoal}`);
if (misses.length > 0) {
  console.error(`\nLighthouse thresholds missed (${misses.length}):`);
  for (const m of misses) console.error(`  ✗ ${m}`);
  process.exit(1);
}
if (checked > 0)
  console.log(
    `\nLighthouse thresholds met on ${checked} route(s): performance ≥ 95, accessibility, best practices and SEO 100, LCP on content.`,
  );
