/**
 * Issue 14, pages that stand alone: the directory and every profile pre-rendered at clean URLs
 * (scripts/vite-prerender.ts). With JavaScript off a profile shows its name, level, industries and
 * facts; the raw HTML has its own title, lang, canonical, hreflang and Open Graph card (the PNG served,
 * 1200×630); with JavaScript on the page hydrates (the server's DOM kept, no console error) and works:
 * the language switch goes to the other language's clean URL, "show on the map" opens the map; the
 * `?page=` links still work and lead to clean URLs.
 */
import { type Browser, chromium, type BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_FONT_SOURCE } from '../../scripts/site-files';
import { CHROMIUM, launch, waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { type Served, serve } from '../support/server';

const PROFILE = {
  zh: { name: '勐海产业园区', level: '省级', industries: ['普洱茶', '制糖'], facts: ['勐海县', '17.4'] },
  en: {
    name: 'Menghai Industrial Park',
    level: 'Provincial',
    industries: ["Pu'er tea", 'Sugar'],
    facts: ['Menghai', '17.4 km²'],
  },
} as const;

describe('pre-rendered pages with JavaScript off', () => {
  let server: Served;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serve();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`a profile (${lang}): name, level, industries and facts visible, no loading text, a note about JavaScript`, async () => {
      const p = await context.newPage();
      const failed: string[] = [];
      p.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
      });
      await p.goto(`${server.url}${lang}/parks/menghai/`);
      const want = PROFILE[lang];
      const main = p.locator('main.park-page');
      expect(await main.getByRole('heading', { level: 1 }).textContent()).toBe(want.name);
      const summary = main.locator('section[aria-labelledby="sum-h"]');
      expect(await summary.isVisible()).toBe(true);
      for (const text of [want.level, ...want.industries, ...want.facts])
        expect(await summary.getByText(text, { exact: false }).first().isVisible(), text).toBe(true);
      expect(await p.locator('.status').count()).toBe(0);
      expect(await p.locator('.static-note').isVisible()).toBe(true);
      // In-page links stay on the page (the <base> is the site's root).
      expect(await p.getByTestId('skip-main').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
        `${server.url}${lang}/parks/menghai/#main`,
      );
      expect(await p.locator('svg.locator path.county').count()).toBe(3);
      // Its stylesheets are applied (the cards' and profile's CSS come from files, not only the inline CSS).
      expect(
        await p.evaluate(() => getComputedStyle(document.querySelector('.page-grid') as Element).display),
      ).toBe('grid');
      expect(failed).toEqual([]);
      await p.screenshot({ path: `${SHOTS}/static-nojs-profile-${lang}.png`, fullPage: true });
      // On a phone: nothing wider than the screen.
      await p.setViewportSize({ width: 375, height: 812 });
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await p.screenshot({ path: `${SHOTS}/static-nojs-profile-${lang}-phone.png` });
      await p.close();
    });

    it(`the directory (${lang}): every park's card with its name and link to the clean URL`, async () => {
      const p = await context.newPage();
      await p.goto(`${server.url}${lang}/parks/`);
      expect(await p.locator('.card').count()).toBe(7);
      const card = p.getByTestId('card-menghai');
      expect(await card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain(PROFILE[lang].name);
      expect(await card.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
        `${server.url}${lang}/parks/menghai/`,
      );
      await card.click();
      await p.waitForURL(`${server.url}${lang}/parks/menghai/`);
      expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe(PROFILE[lang].name);
      await p.close();
    });
  }

  it('the raw HTML of /en/parks/menghai/: English title, lang, description, canonical, hreflang, Open Graph', async () => {
    const res = await fetch(`${server.url}en/parks/menghai/`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Menghai Industrial Park · Xishuangbanna Industry Map</title>');
    expect(html).toMatch(
      /<meta name="description" content="Menghai Industrial Park: a provincial[^"]*tea[^"]*" \/>/,
    );
    const attr = (re: RegExp) => re.exec(html)?.[1];
    expect(attr(/<link rel="canonical" href="([^"]+)"/)).toBe(
      `${server.url.replace(/:\d+\//, ':4173/')}en/parks/menghai/`,
    );
    for (const [hreflang, path] of [
      ['zh-CN', 'zh/parks/menghai/'],
      ['en', 'en/parks/menghai/'],
      ['x-default', 'zh/parks/menghai/'],
    ])
      expect(
        attr(new RegExp(`<link rel="alternate" hreflang="${hreflang}" href="([^"]+)"`)),
        hreflang,
      ).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:4173/${path}$`));
    expect(attr(/<meta property="og:title" content="([^"]+)"/)).toBe(
      'Menghai Industrial Park · Xishuangbanna Industry Map',
    );
    expect(attr(/<meta property="og:locale" content="([^"]+)"/)).toBe('en_US');
    expect(attr(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    const image = attr(/<meta property="og:image" content="([^"]+)"/) ?? '';
    expect(image).toMatch(/\/og\/menghai\.png$/);
    // The image as served (the default SITE_URL's port replaced by the test server's).
    const png = await fetch(new URL(new URL(image).pathname, server.url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new DataView(await png.arrayBuffer());
    expect([bytes.getUint32(16), bytes.getUint32(20)]).toEqual([1200, 630]);
    // The Chinese page says the same in Chinese.
    const zh = await (await fetch(`${server.url}zh/parks/menghai/`)).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<title>勐海产业园区 · 西双版纳产业地图</title>');
  });

  it('sitemap.xml lists every page in both languages; robots.txt and the favicon are served', async () => {
    const xml = await (await fetch(`${server.url}sitemap.xml`)).text();
    expect(xml.match(/<loc>/g)).toHaveLength(16);
    expect(xml).toContain('<loc>http://127.0.0.1:4173/en/parks/menghai/</loc>');
    expect(await (await fetch(`${server.url}robots.txt`)).text()).toContain(
      'Sitemap: http://127.0.0.1:4173/sitemap.xml',
    );
    expect((await fetch(`${server.url}favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${server.url}favicon.ico`)).headers.get('content-type')).toBe('image/x-icon');
    const moved = await fetch(`${server.url}en/parks/menghai`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/en/parks/menghai/');
  });
});

/** Keeps the server's h1 as the document parsed it (before any script), to check hydration kept it. */
function keepFirstH1(): void {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __preH1: Element | null }).__preH1 = document.querySelector('main h1');
  });
}
/** Whether the app has started: its store exists, or its main chunk was asked for. */
const appStarted = () =>
  (window as unknown as { __store?: unknown }).__store !== undefined ||
  performance.getEntriesByType('resource').some((r) => /\/assets\/main-[^/]*\.js$/.test(r.name));

const sameH1 = () => {
  const h1 = document.querySelector('main h1');
  return h1 !== null && h1 === (window as unknown as { __preH1: Element | null }).__preH1;
};

/** The pre-rendered pages' own font as built. */
const pagesFont = fontkit.create(readFileSync(`${process.env.XSBN_DIST ?? 'dist'}/fonts/xsbn-pages.woff2`));
/** The font it is cut from. */
const sourceFont = fontkit.create(readFileSync(createRequire(import.meta.url).resolve(PAGES_FONT_SOURCE)));

describe('pre-rendered pages with JavaScript on', () => {
  const app = setupApp();

  it('a profile hydrates (its DOM kept, no console error), the language switch goes to the English page', async () => {
    const p = await app.openNoMap('zh/parks/menghai/', {
      before: (page) => page.addInitScript(keepFirstH1),
    });
    // Loaded, and nothing of the app run: it starts at the reader's first use of the page.
    await p.waitForLoadState('load');
    await p.waitForTimeout(300);
    expect(await p.evaluate(appStarted)).toBe(false);
    await p.mouse.move(200, 300);
    // Hydrated: React's props are on the server's button.
    await p.waitForFunction(() => {
      const b = document.querySelector('[data-testid="lang-switch"]');
      return b !== null && Object.keys(b).some((k) => k.startsWith('__reactProps'));
    });
    expect(await p.evaluate(sameH1)).toBe(true);
    expect(await p.title()).toBe('勐海产业园区 · 西双版纳产业地图');
    await p.getByTestId('lang-switch').click();
    await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
    expect(p.url()).toBe(`${app.url()}en/parks/menghai/`);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await p.title()).toBe('Menghai Industrial Park · Xishuangbanna Industry Map');
    // Back to the directory by its clean link, then a profile again: clean URLs, new history entries.
    await p.getByTestId('back-to-directory').click();
    await p.getByRole('heading', { level: 1, name: 'Park directory' }).waitFor();
    expect(p.url()).toBe(`${app.url()}en/parks/`);
    await p.goBack();
    await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
    // "Show on the map" opens the map at the app's root, the park selected.
    await p.getByTestId('show-on-map').click();
    await waitForMapIdle(p);
    const url = new URL(p.url());
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('sel')).toBe('park:menghai');
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('every pre-rendered page, in both languages, hydrates keeping its DOM, with its own title', async () => {
    const dist = process.env.XSBN_DIST ?? 'dist';
    const catalog = JSON.parse(readFileSync(`${dist}/geo/catalog.json`, 'utf8')) as {
      parks: { id: string; name_zh: string; name_en: string }[];
    };
    const pages = ['', ...catalog.parks.map((p) => p.id)];
    expect(pages.length).toBe(8);
    for (const lang of ['zh', 'en'] as const)
      for (const id of pages) {
        const path = `${lang}/parks/${id ? `${id}/` : ''}`;
        const p = await app.openNoMap(path, { before: (page) => page.addInitScript(keepFirstH1) });
        await p.keyboard.press('Shift');
        await p.waitForFunction(() => {
          const b = document.querySelector('[data-testid="lang-switch"]');
          return b !== null && Object.keys(b).some((k) => k.startsWith('__reactProps'));
        });
        expect(await p.evaluate(sameH1), path).toBe(true);
        const park = catalog.parks.find((x) => x.id === id);
        expect(await p.title(), path).toContain(
          park ? park[`name_${lang}`] : lang === 'zh' ? '园区名录' : 'Park directory',
        );
        await p.close();
      }
  });

  it('a button pressed before the app is up acts once it is: the language switch of a fresh profile', async () => {
    const p = await app.openNoMap('en/parks/menghai/');
    await p.waitForLoadState('load');
    expect(await p.evaluate(appStarted)).toBe(false);
    await p.getByTestId('lang-switch').click();
    await p.getByRole('heading', { level: 1, name: '勐海产业园区' }).waitFor();
    expect(p.url()).toBe(`${app.url()}zh/parks/menghai/`);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it("starts at once where the page may not be what the app shows: a query, the bureau's own data", async () => {
    const q = await app.openNoMap('zh/parks/menghai/?sample=0');
    await q.waitForFunction(() => (window as unknown as { __store?: unknown }).__store !== undefined);
    await q.close();
    // The bureau's own data in this browser (its IndexedDB store holds a record): started untouched.
    const p = await app.openNoMap('zh/parks/');
    await p.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('xsbn-bureau', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('bureau');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const tx = req.result.transaction('bureau', 'readwrite');
            tx.objectStore('bureau').put({ test: true }, 'probe');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
          };
        }),
    );
    await p.reload();
    await p.waitForFunction(() => (window as unknown as { __store?: unknown }).__store !== undefined);
    // Cleared for the tests after this one.
    await p.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const req = indexedDB.deleteDatabase('xsbn-bureau');
          req.onsuccess = () => resolve();
          req.onerror = () => resolve();
          req.onblocked = () => resolve();
        }),
    );
  });

  it('a fresh page paints once, in its own font: no layout shift, every character it shows in that file', async () => {
    // The profile's font comes late (1.5 s, a slow link): the page waits for it rather than move.
    for (const path of ['zh/parks/', 'zh/parks/mohan/', 'en/parks/menghai/']) {
      const p = await app.openNoMap(path, {
        before: async (page) => {
          if (path === 'zh/parks/mohan/')
            await page.route(/xsbn-pages\.woff2$/, async (r) => {
              await new Promise((ok) => setTimeout(ok, 1500));
              await r.continue();
            });
          await page.addInitScript(() => {
            const w = window as unknown as { __shift: number };
            w.__shift = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
        },
      });
      await p.waitForLoadState('load');
      await p.waitForFunction(() => !document.documentElement.classList.contains('fonts-wait'));
      await p.waitForTimeout(500);
      const r = await p.evaluate(async () => {
        const text = document.getElementById('root')?.textContent ?? '';
        const face = [...document.fonts].find((f) => f.family.replace(/"/g, '') === 'XSBN Pages');
        await face?.load();
        const used = await document.fonts.load('16px "XSBN Pages"', text);
        return {
          shift: (window as unknown as { __shift: number }).__shift,
          status: face?.status,
          used: used.length,
          font: getComputedStyle(document.querySelector('main h1') as Element).fontFamily,
        };
      });
      expect(r.shift, path).toBe(0);
      expect(r.status, path).toBe('loaded');
      expect(r.used, path).toBeGreaterThan(0);
      expect(r.font, path).toMatch(/^"?XSBN Pages"?,/);
      // Every character the page's text holds that the source font has is in the cut file (only what
      // the font lacks, such as ≈, falls to the next family).
      const text = await p.evaluate(() => document.getElementById('root')?.textContent ?? '');
      const missing = [...new Set(text)].filter((c) => {
        const code = c.codePointAt(0) ?? 0;
        return (
          c.trim() !== '' && sourceFont.hasGlyphForCodePoint(code) && !pagesFont.hasGlyphForCodePoint(code)
        );
      });
      expect(missing, path).toEqual([]);
      await p.close();
    }
  });

  it('a font that never comes holds the page back 3 s at most, then it shows in the next font', async () => {
    // A browser of its own: this one has the font in its cache from the tests before.
    const own = await launch({ width: 1366, height: 768 });
    const p = await own.context.newPage();
    // Asked for and never answered (a stalled link): only the cap shows the page.
    await p.route(/xsbn-pages\.woff2$/, () => undefined);
    await p.goto(`${app.url()}en/parks/mohan/`, { waitUntil: 'domcontentloaded' });
    // Not by role: hidden, it is out of the accessibility tree too.
    const h1 = p.locator('main h1');
    await h1.waitFor({ state: 'attached' });
    expect(await h1.isVisible()).toBe(false);
    const t0 = Date.now();
    await p.waitForFunction(() => !document.documentElement.classList.contains('fonts-wait'));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(await h1.isVisible()).toBe(true);
    await own.close();
  });

  it('?page=park:menghai still works, and its links lead to the clean URLs', async () => {
    const p = await app.openNoMap('?page=park:menghai&lang=en');
    await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
    expect(await p.title()).toBe('Menghai Industrial Park · Xishuangbanna Industry Map');
    expect(await p.getByTestId('back-to-directory').evaluate((a) => (a as HTMLAnchorElement).href)).toBe(
      `${app.url()}en/parks/`,
    );
    await p.getByTestId('back-to-directory').click();
    await p.getByRole('heading', { level: 1, name: 'Park directory' }).waitFor();
    expect(p.url()).toBe(`${app.url()}en/parks/`);
    // From a clean URL the data still loads from the root (its <base>): another profile by its card.
    await p.getByTestId('card-mohan').click();
    await p.getByRole('heading', { level: 1, name: 'Mohan Economic Development Zone' }).waitFor();
    expect(p.url()).toBe(`${app.url()}en/parks/mohan/`);
    expect(await p.locator('svg.locator path.county').count()).toBe(3);
  });
});

describe('pre-rendered pages with JavaScript on, on a phone', () => {
  const app = setupApp({ width: 375, height: 812 });

  it('the directory hydrates with no console error and its cards open the profiles', async () => {
    const p = await app.openNoMap('en/parks/');
    await p.mouse.move(100, 400);
    await p.waitForFunction(() => {
      const b = document.querySelector('[data-testid="card-gasa"]');
      return b !== null && Object.keys(b).some((k) => k.startsWith('__reactProps'));
    });
    await p.getByTestId('card-gasa').click();
    await p.locator('main.park-page h1').waitFor();
    expect(p.url()).toBe(`${app.url()}en/parks/gasa/`);
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
