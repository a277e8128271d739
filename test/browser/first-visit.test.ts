/**
 * A first visit follows the browser's preferred language: an English (or Thai) browser opens the map
 * in English, scale bar and map controls included; a link with lang= and a remembered choice win.
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, setupApp } from '../support/harness';

const app = setupApp({ width: 1920, height: 1080 }, { locale: 'en-US', reducedMotion: false });

describe('first visit from an English browser', () => {
  it('opens in English, with the scale bar and the zoom control in English', async () => {
    const p = await app.open('');
    expect(await p.evaluate(() => window.__store?.getState().lang)).toBe('en');
    expect(await p.getByTestId('lang-switch').textContent()).toBe('中文');
    await expect.poll(() => p.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/^\d+\skm$/);
    expect(await p.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('Zoom in');
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    // A browser that does not ask for reduced motion: the style's own transitions (MapLibre's default).
    expect(await p.evaluate(() => window.__map?.getStyle().transition)).toBeUndefined();
    await p.screenshot({ path: `${SHOTS}/test-first-visit-en.png` });
  });

  it('a link with lang=zh opens in Chinese; a language the user picks is remembered over the browser’s', async () => {
    const p = await app.open('?lang=zh');
    expect(await p.evaluate(() => window.__store?.getState().lang)).toBe('zh');
    await expect.poll(() => p.locator('.maplibregl-ctrl-scale').textContent()).toMatch(/公里$/);
    const q = await app.open('');
    expect(await q.evaluate(() => window.__store?.getState().lang)).toBe('en');
    await q.getByTestId('lang-switch').click();
    expect(await q.evaluate(() => window.__store?.getState().lang)).toBe('zh');
    const r = await app.open('');
    expect(await r.evaluate(() => window.__store?.getState().lang)).toBe('zh');
  });
});
