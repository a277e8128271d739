import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Makes the first paint wait for no request at all: on a slow link the static shell no longer queues
 * behind the scripts and data.
 *  - The entry's stylesheet (a few kB) goes into index.html as a <style> (build only; lazy chunks'
 *    CSS, the map's, stays in files). It must not use relative url()s (checked).
 *  - The shell's font faces (public/fonts/xsbn-first.css, written by the data build with the fonts
 *    embedded as data: URLs, ~10 kB) go in as a <style> too, so its text shows in the app's font at
 *    once, even on a machine with no CJK font.
 */
export function inlineFirstPaint(publicDir = 'public'): Plugin {
  const fontCss = () => {
    const file = join(publicDir, 'fonts', 'xsbn-first.css');
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build:data" first`);
    return readFileSync(file, 'utf8').trim();
  };
  return {
    name: 'xsbn:inline-first-paint',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        let out = html.replace(
          '<!-- first-paint fonts -->',
          () => `<style data-first-paint-fonts>${fontCss()}</style>`,
        );
        const bundle = ctx.bundle;
        if (!bundle) return out;
        out = out.replace(
          /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            const css = String(asset.source);
            if (/url\(\s*['"]?(?!data:)/.test(css))
              throw new Error(`${file}: relative url() cannot be inlined`);
            return `<style>${css}</style>`;
          },
        );
        return out;
      },
    },
  };
}
