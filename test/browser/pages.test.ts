/**
 * Issue 5 in Chromium, on a phone-sized and a desktop window: directory → profile → back, the
 * language switch keeps the place (and is remembered), a keyboard-only walk, touch targets, no
 * sideways scrolling, and axe-core on the map, the directory and a profile in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { SHOTS, setupApp } from '../support/harness';

async function openPage(app: ReturnType<typeof setupApp>, query: string): Promise<Page> {
  // Pages off the map do not create one: open without waiting for map idle.
  const p = await app.openNoMap(query);
  await p.locator('main.page').waitFor();
  return p;
}

for (const [name, viewport] of [
  ['phone', { width: 375, height: 812 }],
  ['desktop', { width: 1366, height: 768 }],
] as const) {
  describe(`park pages (${name})`, () => {
    const app = setupApp(viewport);

    it('directory → profile → back, without loading the map', async () => {
      const p = await openPage(app, '?page=parks&lang=zh');
      expect(await p.locator('.card').count()).toBe(7);
      await p.getByTestId('card-menghai').click();
      await p.getByRole('heading', { level: 1, name: '勐海产业园区' }).waitFor();
      expect(await p.getByTestId('park-profile').textContent()).toContain('茶保健食品');
      expect(await p.getByTestId('contact').textContent()).toContain('文献中未查到');
      expect(await p.evaluate(() => window.__map)).toBeUndefined();
      await p.screenshot({ path: `${SHOTS}/test-profile-${name}-zh.png`, fullPage: true });
      await p.goBack();
      await p.getByRole('heading', { level: 1, name: '园区名录' }).waitFor();
      expect(p.url()).toContain('page=parks');
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });

    it('the language switch keeps the place, and the language is remembered', async () => {
      const p = await openPage(app, '?page=park:mohan&lang=zh');
      await p.getByRole('heading', { level: 1, name: '磨憨经济开发区' }).waitFor();
      await p.getByTestId('lang-switch').click();
      await p.getByRole('heading', { level: 1, name: 'Mohan Economic Development Zone' }).waitFor();
      expect(p.url()).toContain('page=park%3Amohan');
      expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
      const q = await openPage(app, '?page=parks');
      await q.getByRole('heading', { level: 1, name: 'Park directory' }).waitFor();
      await q.getByTestId('lang-switch').click(); // back to zh for the other tests
      await q.getByRole('heading', { level: 1, name: '园区名录' }).waitFor();
    });

    it('a keyboard-only walk: search by initials, open a profile, go back, with visible focus', async () => {
      const p = await openPage(app, '?page=parks&lang=zh');
      const box = p.getByTestId('search');
      for (let i = 0; i < 8 && !(await box.evaluate((el) => el === document.activeElement)); i++)
        await p.keyboard.press('Tab');
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      const outline = await box.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await p.keyboard.type('mh');
      await p.getByTestId('search-results').waitFor();
      await p.getByRole('option', { name: /磨憨经济开发区/ }).waitFor();
      // The list of "mh", not of "m" (results follow the box a moment later).
      await p.locator('[role="listbox"]:not([aria-busy])').waitFor();
      const names = await p.getByTestId('search-results').locator('.result-name').allTextContents();
      // No option is active until the first ↓ (the combobox pattern): index + 1 presses.
      for (let i = 0; i <= names.indexOf('磨憨经济开发区'); i++) await p.keyboard.press('ArrowDown');
      // What a keyboard user sees highlighted before pressing Enter.
      await expect
        .poll(
          async () => {
            const id = await box.getAttribute('aria-activedescendant');
            return id ? p.locator(`[id="${id}"] .result-name`).textContent() : null;
          },
          { timeout: 5000 },
        )
        .toBe('磨憨经济开发区');
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { level: 1, name: '磨憨经济开发区' }).waitFor();
      await p.getByTestId('back-to-directory').focus();
      await p.keyboard.press('Enter');
      await p.getByRole('heading', { level: 1, name: '园区名录' }).waitFor();
    });

    it('touch targets of the main controls are at least 44 px high', async () => {
      const p = await openPage(app, '?page=parks&lang=zh');
      const small = await p.evaluate(() =>
        [
          ...document.querySelectorAll(
            '.top button, .top a, .top input, .card h2 a, .page-nav a, .page-actions button',
          ),
        ]
          .map((el) => ({
            t: (el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20),
            h: el.getBoundingClientRect().height,
          }))
          .filter((x) => x.h < 44 && !x.t.startsWith('Card')),
      );
      // Card titles are text links inside a larger card; the rest must be at least 44 px.
      expect(small.filter((x) => !['勐', '磨', '西', '云'].some((c) => x.t.startsWith(c)))).toEqual([]);
    });

    // On the desktop, test/browser/a11y.test.ts runs axe on the same pages at every impact.
    if (name === 'phone')
      it('axe-core finds no serious or critical problem on the map, the directory and a profile, in both languages', async () => {
        for (const lang of ['zh', 'en']) {
          const d = await openPage(app, `?page=parks&lang=${lang}`);
          expect(await seriousViolations(d), `directory ${lang}`).toEqual([]);
          const pr = await openPage(app, `?page=park:gasa&lang=${lang}`);
          expect(await seriousViolations(pr), `profile ${lang}`).toEqual([]);
          const m = await app.open(`?lang=${lang}`);
          expect(await seriousViolations(m), `map ${lang}`).toEqual([]);
        }
      });
  });
}

describe('what the park pages load', () => {
  const app = setupApp({ width: 375, height: 812 });

  it('a profile loads neither the map nor the planner tools nor the full fallback font, until search asks for it', async () => {
    const p = await app.openNoMap('?page=park:menghai&lang=zh');
    const urls: string[] = [];
    p.on('request', (r) => urls.push(new URL(r.url()).pathname));
    // Requests made before the listener was attached are in the performance timeline.
    await p.locator('main.page').waitFor();
    await p.waitForLoadState('load');
    const seen = async () => [
      ...urls,
      ...(await p.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      )),
    ];
    const early = await seen();
    expect(early.some((u) => u.endsWith('/fonts/xsbn-sans.css'))).toBe(true);
    expect(
      early.filter((u) =>
        /map-(page|view)-|maplibre|sites-panel|checks-panel|routing-panel|import-file/.test(u),
      ),
    ).toEqual([]);
    expect(early.filter((u) => u.endsWith('/fonts/noto-sans-sc.css'))).toEqual([]);
    // The shell's characters come from fonts embedded in index.html, not from the large slices.
    expect(early.filter((u) => /\/fonts\/app-first-/.test(u))).toEqual([]);
    const embedded = await p.evaluate(
      () =>
        document.querySelector('style[data-first-paint-fonts]')?.textContent?.match(/data:font\/woff2/g)
          ?.length ?? 0,
    );
    expect(embedded).toBeGreaterThan(0);
    expect(await p.evaluate(() => document.fonts.check('16px "XSBN Sans"', '西双版纳产业地图'))).toBe(true);
    // The shell is painted before the app's JavaScript starts (src/boot.ts waits for a frame).
    const order = await p.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      app: performance.getEntriesByName('xsbn:app-start')[0]?.startTime ?? null,
    }));
    expect(order.paint).not.toBeNull();
    expect(order.app).not.toBeNull();
    expect(order.paint as number).toBeLessThanOrEqual(order.app as number);
    // …because the page's only script is the small entry; the app's chunks are modulepreloaded.
    const html = await (await p.request.get(app.url())).text();
    const scripts = [...html.matchAll(/<script type="module"[^>]*src="\.\/assets\/([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^index-/);
    const entry = await (await p.request.get(`${app.url()}assets/${scripts[0]}`)).body();
    expect(entry.length).toBeLessThan(10_000);
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\.\/assets\/main-[^"]+\.js">/);
    // The entry stylesheet is inlined: no render-blocking CSS request.
    expect(early.filter((u) => /\/assets\/index-.*\.css$/.test(u))).toEqual([]);
    await p.getByTestId('search').focus();
    await expect
      .poll(async () => (await seen()).some((u) => u.endsWith('/fonts/noto-sans-sc.css')))
      .toBe(true);
  });
});
