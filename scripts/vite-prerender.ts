import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import subsetFont from 'subset-font';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { ui } from '../src/lib/ui-tokens';
import type { renderStaticPages as RenderStaticPages } from '../src/prerender/entry';
import {
  faviconSvg,
  headTags,
  icoFromPng,
  PAGES_FONT,
  PAGES_FONT_SOURCE,
  paintedText,
  paintFromPage,
  robotsTxt,
  siteUrl,
  sitemapXml,
  staticHtml,
} from './site-files';

type Entry = { renderStaticPages: typeof RenderStaticPages };

let wasmReady: Promise<void> | null = null;
function png(svg: string, width?: number): Uint8Array {
  return new Resvg(svg, width ? { fitTo: { mode: 'width', value: width } } : {}).render().asPng();
}

/**
 * Pre-renders the directory and every park's profile, in both languages, as static HTML at clean URLs
 * (outDir/zh/parks/index.html, outDir/en/parks/menghai/index.html, …): the real components rendered
 * with react-dom/server from the built data (src/prerender/entry.tsx, built here with Vite's SSR build),
 * each page with its own title, description, canonical and hreflang links, Open Graph card and Twitter
 * card (the locator map as a 1200×630 PNG, og/<id>.png), readable with JavaScript off and hydrated by
 * the app (main.tsx). Also sitemap.xml, robots.txt, favicon.svg and favicon.ico. Absolute URLs use
 * SITE_URL (default http://127.0.0.1:4173/, what `npm start` and the tests serve).
 * Runs when the client build has written its files (closeBundle), so every `vite build --outDir X` has
 * them before scripts/compress-dist.mjs gzips the folder.
 */
export function prerenderPages(entry = 'src/prerender/entry.tsx'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'xsbn:prerender',
    apply: (_c, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      const site = siteUrl();
      const outDir = resolve(config.root, config.build.outDir);
      const tmp = join(config.root, 'node_modules', '.xsbn-prerender', String(process.pid));
      rmSync(tmp, { recursive: true, force: true });
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        mode: 'production',
        plugins: [react()],
        resolve: { alias: { '@': resolve(config.root, 'src') } },
        // Bundle everything: the app's CSS imports are dropped, its packages run from node_modules.
        build: { ssr: entry, outDir: tmp, emptyOutDir: true, minify: false, target: 'node20' },
      });
      try {
        // A fresh module each build (vite build --watch runs this again in one process).
        const url = `${pathToFileURL(join(tmp, 'entry.js')).href}?build=${Date.now()}`;
        const mod = (await import(url)) as Entry;
        const geo = join(outDir, 'geo');
        const { pages, images } = await mod.renderStaticPages(async (file) =>
          JSON.parse(readFileSync(join(geo, file), 'utf8')),
        );
        if (!wasmReady) {
          const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
          wasmReady = initWasm(readFileSync(wasm));
        }
        await wasmReady;
        const write = (rel: string, data: string | Uint8Array) => {
          const file = join(outDir, rel);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, data);
        };
        for (const [id, svg] of images) write(`og/${id || 'parks'}.png`, png(svg));
        const index = readFileSync(join(outDir, 'index.html'), 'utf8');
        const alternates = (page: string) => ({
          zh: pages.find((p) => p.page === page && p.lang === 'zh')?.path ?? '',
          en: pages.find((p) => p.page === page && p.lang === 'en')?.path ?? '',
        });
        for (const p of pages) {
          const id = p.page.startsWith('park:') ? p.page.slice(5) : 'parks';
          const head = headTags(site, {
            lang: p.lang,
            title: p.title,
            description: p.description,
            path: p.path,
            alternates: alternates(p.page),
            siteName: p.siteName,
            image: { path: `og/${id}.png`, width: 1200, height: 630, alt: p.imageAlt },
          });
          const html = staticHtml(index, { ...p, head, noscript: p.noscript });
          write(
            join(p.path, 'index.html'),
            paintFromPage(html, (rel) => readFileSync(join(outDir, rel), 'utf8')),
          );
        }
        // One font file for every page, cut to the characters they paint (~500; ~70 kB): a page's text
        // paints once, in its font, instead of in a fallback font that ~30 subsets then replace one by
        // one (each a re-layout, and the text moving).
        const chars = [...new Set(pages.flatMap((p) => [...paintedText(p.title, p.body)]))].join('');
        const source = createRequire(import.meta.url).resolve(PAGES_FONT_SOURCE);
        write(PAGES_FONT, await subsetFont(readFileSync(source), chars, { targetFormat: 'woff2' }));
        write('sitemap.xml', sitemapXml(site, [...new Set(pages.map((p) => p.page))].map(alternates)));
        write('robots.txt', robotsTxt(site));
        const icon = faviconSvg(ui.accent, ui.onFill);
        write('favicon.svg', icon);
        write('favicon.ico', icoFromPng(png(icon, 32), 32));
        config.logger.info(`prerendered ${pages.length} pages, ${images.size} preview images (site ${site})`);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  };
}
