/**
 * First idle of the map page on a phone screen (412×823 at 1.75 device pixels, touch: Lighthouse's
 * mobile preset) for one or more builds, alternating them, each load a new page: the median of
 * `window.__firstIdleAt` per build. For comparing a change against the build before it, e.g.
 *   git stash && npx vite build --outDir .tmp/dist-before && git stash pop && npx vite build
 *   npx tsx bench/phone-first-idle.ts .tmp/dist-before dist
 * Env: BENCH_RUNS (loads per build, default 5).
 */
import { launch } from '../test/support/browser';
import { serve } from '../test/support/server';
import { median } from './stats';

const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push('dist');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const times: Record<string, number[]> = Object.fromEntries(dirs.map((d) => [d, []]));
const session = await launch({ width: 412, height: 823 }, [], 'zh-CN', {
  hasTouch: true,
  isMobile: true,
  scale: 1.75,
});
try {
  for (let r = 0; r < runs; r++)
    for (const dir of dirs) {
      const server = await serve(dir);
      const page = await session.context.newPage();
      try {
        await page.goto(`${server.url}?lang=zh`);
        await page.waitForFunction(() => typeof window.__firstIdleAt === 'number', undefined, {
          timeout: 60_000,
        });
        const at = await page.evaluate(() => window.__firstIdleAt ?? Number.NaN);
        times[dir]?.push(Math.round(at));
      } finally {
        await page.close();
        await server.stop();
      }
    }
} finally {
  await session.close();
}
const base = median(times[dirs[0] as string] ?? []);
for (const dir of dirs) {
  const m = median(times[dir] ?? []);
  console.log(
    `${dir.padEnd(24)} first idle median ${m} ms (${(times[dir] ?? []).join(', ')})${dir === dirs[0] ? '' : ` = ${(m / base).toFixed(2)}× ${dirs[0]}`}`,
  );
}
