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
            // The page has it now: lazy chunks must not ask Vite's loader for it again (it would be
            // fetched a second time and, appended after the features' stylesheets, win over them).
            for (const chunk of Object.values(bundle))
              if (chunk.type === 'chunk') chunk.viteMetadata?.importedCss.delete(file);
            return `<style>${css}</style>`;
          },
        );
        return out;
      },
    },
  };
}

/**
 * The entry (src/boot.ts) imports the app only after the first paint; these modulepreload links let
 * the browser download the app's chunks (src/main.tsx and what it imports statically) at once, as
 * if they were static imports of the entry. Their stylesheets (the features' CSS) are preloaded too:
 * the import of the app waits for them. `crossorigin`, as Vite's loader asks for them so.
 */
export function preloadApp(appModule = 'src/main.tsx'): Plugin {
  return {
    name: 'xsbn:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith(appModule));
        if (!app) throw new Error(`no chunk for ${appModule}`);
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file)) return;
          files.push(file);
          const chunk = chunks.find((c) => c.fileName === file);
          for (const dep of chunk?.imports ?? []) visit(dep);
        };
        visit(app.fileName);
        // Not the entry's own (the page has it inline).
        const styles = files.flatMap((f) => {
          const chunk = chunks.find((c) => c.fileName === f);
          return chunk && !chunk.isEntry ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        const links = [
          ...files
            .filter((f) => !html.includes(`/${f}"`))
            .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`),
          ...[...new Set(styles)]
            .filter((f) => !html.includes(`/${f}"`))
            .map((f) => `<link rel="preload" as="style" crossorigin href="./${f}">`),
        ].join('\n    ');
        return html.replace('</head>', `    ${links}\n  </head>`);
      },
    },
  };
}
