/**
 * Issue 5's "done when", as a phone user: type "mh", open 勐海产业园区, read it in English, share its
 * link and open it in a fresh browser; then the same with WebGL off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchPage } from '../support/browser';
import { type Served, serve } from '../support/server';

const PHONE = { width: 375, height: 812 };
const NO_WEBGL = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];
let server: Served;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

async function inFreshBrowser<T>(
  args: string[],
  fn: (p: Page, w: ReturnType<typeof watchPage>) => Promise<T>,
): Promise<T> {
  const s = await launch(PHONE, args);
  try {
    const p = await s.context.newPage();
    const w = watchPage(p, server.url.replace(/\/$/, ''));
    const out = await fn(p, w);
    expect(w.foreign).toEqual([]);
    expect(w.failed).toEqual([]);
    return out;
  } finally {
    await s.close();
  }
}

describe.each([
  ['with WebGL', [] as string[]],
  ['without WebGL', NO_WEBGL],
])('a phone user %s', (_label, args) => {
  it('finds 勐海 by "mh", reads it in English, and the shared link opens the same page in a fresh browser', async () => {
    const shared = await inFreshBrowser(args, async (p) => {
      await p.goto(`${server.url}?page=parks&lang=zh`);
      const box = p.getByTestId('search');
      await box.fill('mh');
      await p.getByRole('option', { name: /勐海产业园区/ }).waitFor();
      const names = await p.getByTestId('search-results').locator('.result-name').allTextContents();
      // No option is active until the first ↓ (the combobox pattern): index + 1 presses.
      for (let i = 0; i <= names.indexOf('勐海产业园区'); i++) await box.press('ArrowDown');
      await box.press('Enter');
      await p.getByRole('heading', { level: 1, name: '勐海产业园区' }).waitFor();
      await p.getByTestId('lang-switch').click();
      await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      return p.url();
    });
    await inFreshBrowser(args, async (p) => {
      await p.goto(shared);
      await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
      expect(await p.getByTestId('park-profile').textContent()).toContain("Pu'er tea");
    });
  });
});
