import type { Plugin } from 'vite';

/**
 * Puts the entry's stylesheet (a few kB) into index.html as a <style>, so the first paint waits for
 * no request at all: on a slow link the shell no longer queues behind the scripts and data. Lazy
 * chunks' CSS (the map's) stays in files. The CSS must not use relative url()s (it has none; checked).
 */
export function inlineEntryCss(): Plugin {
  return {
    name: 'xsbn:inline-entry-css',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
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
      },
    },
  };
}
