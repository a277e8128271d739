/**
 * Search by pinyin initials, keyboard-driven, on a desktop and a phone-sized window; and the app
 * without WebGL: one line says so and search and profiles still work.
 */
import { describe, expect, it } from 'vitest';
import { launch, watchPage } from '../support/browser';
import { setupApp, SHOTS } from '../support/harness';
import { serve } from '../support/server';

for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  describe(`search (${name})`, () => {
    const app = setupApp(viewport);
    it('"mh" finds 勐海 and 磨憨; ↓ and Enter open the park, fly there and show its profile', async () => {
      const p = await app.open('?lang=zh');
      const box = p.getByRole('searchbox');
      await box.fill('mh');
      const list = p.getByTestId('search-results');
      await list.waitFor();
      await p.getByRole('option', { name: /勐海产业园区/ }).waitFor();
      const names = await list.locator('[role=option] .result-name').allTextContents();
      expect(names.slice(0, 4)).toEqual(expect.arrayContaining(['勐海产业园区', '磨憨经济开发区']));
      const target = names.indexOf('勐海产业园区');
      for (let i = 0; i < target; i++) await box.press('ArrowDown');
      expect(await list.locator('[aria-selected=true] .result-name').textContent()).toBe('勐海产业园区');
      await box.press('Enter');
      await p.getByTestId('details').getByRole('heading', { name: '勐海产业园区' }).waitFor();
      await p.waitForFunction(() => (window.__map?.getZoom() ?? 0) > 10 && !window.__map?.isMoving());
      const c = await p.evaluate(() => window.__map?.getCenter().toArray());
      expect(Math.abs((c?.[0] ?? 0) - 100.48)).toBeLessThan(0.15);
      await expect.poll(() => p.url()).toContain('sel=park%3Amenghai');
      // Nothing scrolls sideways.
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await p.screenshot({ path: `${SHOTS}/test-search-${name}.png` });
      await box.press('Escape');
      await box.press('Escape');
      expect(await box.inputValue()).toBe('');
    });
  });
}

describe('without WebGL', () => {
  it("says so in one line, shows the directory in the map's place; search and park profiles still work", async () => {
    const server = await serve();
    const s = await launch({ width: 1366, height: 768 }, [
      '--disable-webgl',
      '--disable-webgl2',
      '--disable-3d-apis',
    ]);
    try {
      const p = await s.context.newPage();
      const w = watchPage(p, server.url.replace(/\/$/, ''));
      await p.goto(`${server.url}?lang=en`);
      const line = p.getByTestId('map-error');
      await line.waitFor();
      expect(await line.textContent()).toContain('cannot show the map');
      // The directory, the map's text alternative, takes the map's place and leads to the profiles.
      expect(await p.locator('.map-fallback .card').count()).toBe(7);
      await p.locator('.map-fallback').getByTestId('card-menghai').click();
      await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
      await p.goBack();
      await line.waitFor();
      await p.getByRole('searchbox').fill('mohan');
      await p.getByTestId('search-results').getByText('Mohan Economic Development Zone').click();
      await p
        .getByTestId('details')
        .getByRole('heading', { name: 'Mohan Economic Development Zone' })
        .waitFor();
      await p.getByTestId('tab-chain').click();
      await p.getByTestId('industry-rubber').click();
      await p.getByTestId('chain-graph').waitFor();
      expect(w.foreign).toEqual([]);
      expect(w.errors.filter((e) => !/WebGL|webgl/.test(e))).toEqual([]);
    } finally {
      await s.close();
      await server.stop();
    }
  });
});
