/**
 * Screenshots of the built app for a human to look at: zh and en, desktop and phone.
 * Usage: npm run build && tsx scripts/screenshot.ts [outDir] [query]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, waitForMapIdle, watchPage } from '../test/support/browser';
import { serve } from '../test/support/server';

const out = process.argv[2] ?? 'test-results/screens';
const extra = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const server = await serve();
for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  for (const lang of ['zh', 'en']) {
    const s = await launch(viewport);
    const page = await s.context.newPage();
    const w = watchPage(page, server.url.replace(/\/$/, ''));
    await page.goto(`${server.url}?lang=${lang}${extra ? `&${extra}` : ''}`);
    if (extra.includes('page=')) await page.waitForSelector('main.page');
    else await waitForMapIdle(page);
    await page.waitForTimeout(500);
    const file = join(out, `${name}-${lang}.png`);
    await page.screenshot({ path: file });
    console.log(file, 'foreign:', w.foreign.length, 'errors:', w.errors, 'failed:', w.failed);
    await s.close();
  }
}
await server.stop();
