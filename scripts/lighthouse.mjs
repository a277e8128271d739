#!/usr/bin/env node
/**
 * Lighthouse (pinned 12.2.3, run through npx so the test install stays small) on the directory and a
 * park profile with the default mobile preset; prints performance and accessibility scores and the
 * JS each route loads. Usage: npm run build && node scripts/lighthouse.mjs
 * LH_RUNS=5 repeats each route and prints the median and the range (scores move ±5 between runs on a
 * shared machine); LH_ROUTES=directory,profile picks routes.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'test-results', 'lighthouse');
mkdirSync(out, { recursive: true });
const ALL_ROUTES = [
  ['directory', '?page=parks'],
  ['profile', '?page=park:menghai'],
  ['map', '?lang=zh'],
];
const picked = process.env.LH_ROUTES?.split(',');
const ROUTES = ALL_ROUTES.filter(([name]) => !picked || picked.includes(name));
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 1));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const server = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', '0'], {
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
try {
  const scores = new Map();
  for (let run = 0; run < RUNS; run++)
    for (const [name, query] of ROUTES) {
      const file = join(out, `${name}.json`);
      execFileSync(
        'npx',
        [
          '--yes',
          'lighthouse@12.2.3',
          `${url}${query}`,
          '--only-categories=performance,accessibility',
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
      const lhr = JSON.parse(readFileSync(file, 'utf8'));
      const items = lhr.audits['network-requests']?.details?.items ?? [];
      const js = items.filter((i) => i.resourceType === 'Script');
      const kb = (n) => (n / 1000).toFixed(1);
      const perf = Math.round((lhr.categories.performance?.score ?? 0) * 100);
      const a11y = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
      scores.set(name, [...(scores.get(name) ?? []), [perf, a11y]]);
      const m = (id) => lhr.audits[id]?.displayValue ?? '—';
      console.log(
        `${name.padEnd(10)} performance ${perf}  accessibility ${a11y}  ·  FCP ${m('first-contentful-paint')}  LCP ${m('largest-contentful-paint')}  TBT ${m('total-blocking-time')}  CLS ${m('cumulative-layout-shift')}  ·  JS ${js.length} files, ${kb(js.reduce((s, i) => s + (i.transferSize ?? 0), 0))} kB transferred (gzip)`,
      );
    }
  if (RUNS > 1)
    for (const [name, list] of scores) {
      const perf = list.map(([p]) => p);
      const a11y = list.map(([, a]) => a);
      console.log(
        `${name.padEnd(10)} ${RUNS} runs: performance median ${median(perf)} (${Math.min(...perf)}–${Math.max(...perf)}), accessibility median ${median(a11y)} (${Math.min(...a11y)}–${Math.max(...a11y)})`,
      );
    }
} finally {
  server.kill();
}
