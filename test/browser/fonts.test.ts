/**
 * Every font the build ships decodes in Chromium (issue 14: a cut-down subset whose characters its
 * source file had no glyph for was written with an empty glyf table, and Chromium's sanitiser refused
 * it on every load: "Failed to decode downloaded font", "OTS parsing error").
 *  - every file under dist/fonts (the app's cut-down woff2, the full fallback subsets, the PDF
 *    brief's TrueType cuts) and every face the shipped CSS declares (fonts/*.css, the stylesheets in
 *    assets/, the first-paint faces inlined into index.html as data: URLs) is loaded with
 *    `new FontFace(…).load()`, which rejects when the sanitiser refuses the file;
 *  - every url() of an @font-face and every file of the map style's font-faces list exists;
 *  - the map, the directory, a profile (the app's render and the pre-rendered page) and the monitoring
 *    page log no font decoding warning and leave no face of document.fonts in the "error" state.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { setupApp } from '../support/harness';

const root = join(import.meta.dirname, '..', '..');
const distArg = process.env.XSBN_DIST ?? 'dist';
const dist = isAbsolute(distArg) ? distArg : join(root, distArg);

/** Every file under `dir`, as paths relative to dist with forward slashes. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dist, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

interface DeclaredFace {
  /** Where it is declared: a stylesheet's path in dist, or "index.html". */
  from: string;
  /** The url() as written. */
  url: string;
  /** The file in dist it names (null for a data: URL). */
  file: string | null;
}

/** The url()s of every @font-face rule in `css`, resolved against the stylesheet's folder. */
function fontFaceUrls(css: string, from: string): DeclaredFace[] {
  const out: DeclaredFace[] = [];
  for (const block of css.match(/@font-face\s*\{[^}]*\}/g) ?? [])
    for (const m of block.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      const url = m[1] ?? '';
      const file = url.startsWith('data:')
        ? null
        : posix.normalize(posix.join(posix.dirname(from), url.split(/[?#]/)[0] ?? ''));
      out.push({ from, url, file });
    }
  return out;
}

const shipped = filesUnder(dist);
/** The <style> blocks of every HTML page (index.html and the pre-rendered pages, which copy its head). */
const inlineFaces = shipped
  .filter((f) => f.endsWith('.html'))
  .flatMap((f) => {
    const html = readFileSync(join(dist, f), 'utf8');
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '').join('\n');
    // A page's relative url()s resolve against its <base href> (the site's root) or its own folder.
    const base = /<base href="([^"]*)"/.exec(html)?.[1];
    const from = base ? posix.join(posix.dirname(f), base, 'page.html') : f;
    return fontFaceUrls(css, from).map((d) => ({ ...d, from: f }));
  });
const declared: DeclaredFace[] = [
  ...inlineFaces,
  // fonts/xsbn-first.css is never linked: the build inlines it into every page (checked above, from
  // each page's own <base>), so its relative url()s resolve from the site's root, not from fonts/.
  ...shipped
    .filter((f) => f.endsWith('.css') && f !== 'fonts/xsbn-first.css')
    .flatMap((f) => fontFaceUrls(readFileSync(join(dist, f), 'utf8'), f)),
];
const fontFiles = filesUnder(join(dist, 'fonts')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
// The map's label fonts: every file the data build lists (font-faces.json), and the fallback files
// the map's style declares beside its pre-built glyphs (map-labels.json).
const mapFaces = [
  ...(JSON.parse(readFileSync(join(dist, 'fonts', 'font-faces.json'), 'utf8')) as { url: string }[]),
  ...(
    JSON.parse(readFileSync(join(dist, 'fonts', 'map-labels.json'), 'utf8')) as {
      faces: { url: string }[];
    }
  ).faces,
].map((f) => f.url);

interface LoadResult {
  source: string;
  error: string | null;
}

/** Loads each source (a URL relative to the page, or a data: URL) as a FontFace in the page. */
function loadFaces(page: Page, sources: string[]): Promise<LoadResult[]> {
  return page.evaluate(
    (list) =>
      Promise.all(
        list.map(async (source, i) => {
          try {
            await new FontFace(`xsbn-check-${i}`, `url("${source}")`).load();
            return { source: source.startsWith('data:') ? `${source.slice(0, 40)}…` : source, error: null };
          } catch (e) {
            return {
              source: source.startsWith('data:') ? `${source.slice(0, 40)}…` : source,
              error: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
            };
          }
        }),
      ),
    sources,
  );
}

describe('shipped fonts', () => {
  const app = setupApp();

  it('the build ships fonts, and every @font-face url() and map font-face names a shipped file', () => {
    expect(fontFiles.length, 'font files under dist/fonts').toBeGreaterThan(10);
    expect(declared.filter((d) => d.file !== null).length, '@font-face rules with a file').toBeGreaterThan(
      10,
    );
    expect(declared.filter((d) => d.file === null).length, 'embedded first-paint faces').toBeGreaterThan(0);
    expect(mapFaces.length, "the map style's font-faces").toBeGreaterThan(10);
    const missing = [
      ...declared
        .filter((d) => d.file !== null && !existsSync(join(dist, d.file)))
        .map((d) => `${d.from}: url(${d.url}) → ${d.file} is not in the build`),
      ...mapFaces
        .filter((u) => !existsSync(join(dist, u)))
        .map((u) => `fonts/font-faces.json or map-labels.json: ${u} is not in the build`),
    ];
    expect(missing).toEqual([]);
  });

  it('every font file and every declared face decodes in Chromium', async () => {
    // A page of the app (the directory: no map) under its Content-Security-Policy, as its fonts load.
    const page = await app.openNoMap('?page=parks&lang=zh');
    await page.locator('main.page').waitFor();
    const sources = [...new Set([...fontFiles, ...mapFaces, ...declared.map((d) => d.file ?? d.url)])].map(
      (s) => (s.startsWith('data:') ? s : `/${s}`),
    );
    const results = await loadFaces(page, sources);
    expect(results.length).toBe(sources.length);
    expect(results.filter((r) => r.error !== null).map((r) => `${r.source}: ${r.error}`)).toEqual([]);
  });

  // One test a page (the map's load alone takes a while on a busy machine). The pre-rendered
  // profile is the clean URL; the ?page= link of the same profile gives the app's own render.
  for (const [query, ready] of [
    ['?lang=zh', 'map'],
    ['?page=parks&lang=en', 'main.page'],
    ['?page=park:menghai&lang=zh', 'main.page'],
    ['en/parks/menghai/', 'main.page'],
    ['?page=monitor&lang=zh', 'main.page'],
  ] as const)
    it(`${query} loads no font Chromium refuses`, async () => {
      const warnings: string[] = [];
      const page = await app.openNoMap(query, {
        before: async (p) => {
          p.on('console', (m) => {
            if (/decode downloaded font|OTS parsing error/i.test(m.text()))
              warnings.push(`${m.type()}: ${m.text()}`);
          });
        },
      });
      if (ready === 'map') await waitForMapIdle(page);
      else await page.locator(ready).first().waitFor();
      // Every face the page declares is asked for (the map's labels and the DOM's text ask for only
      // some): a refused file anywhere in the stylesheets shows up on every page.
      const broken = await page.evaluate(async () => {
        await Promise.allSettled([...document.fonts].map((f) => f.load()));
        return [...document.fonts]
          .filter((f) => f.status === 'error')
          .map((f) => `${f.family} ${f.unicodeRange.slice(0, 40)}`);
      });
      expect(warnings, 'font warnings in the console').toEqual([]);
      expect(broken, 'faces in the error state').toEqual([]);
    });
});
