import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The app's Content-Security-Policy: everything from its own origin, nothing inline but the blocks
 * the build writes into index.html (allowed by their sha256 hashes), no plugins, no <base>, no form
 * posts elsewhere.
 *  - font-src data: the shell's first-paint fonts are embedded in index.html as data: URLs
 *    (fonts/xsbn-first.css, inlined by vite-inline-first-paint.ts).
 *  - img-src data: the favicon (`data:,`) and MapLibre's control icons (data: SVGs in its CSS).
 *  - worker-src 'self': MapLibre's worker is a built file on the same origin (setWorkerUrl); it would
 *    need blob: only if that URL were on another origin. The app makes no blob: images either.
 * `frame-ancestors 'none'` cannot be given in a meta tag: scripts/serve.mjs adds it to the header
 * (see README, "Deploying on any static host").
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval' lets WebAssembly compile (sql.js for GeoPackages, its .wasm from our own origin);
  // it allows no JavaScript eval.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The CSP hash source of an inline block's text, as the browser computes it (after newline normalisation). */
export const cspHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

/** The contents of every inline <script> (no src) and <style> of an HTML document, noscript ones included. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/i.test(m[1] ?? '')) scripts.push(m[2] ?? '');
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(m[1] ?? '');
  return { scripts, styles };
}

/**
 * The stylesheets a page preloads from assets/ (`<link rel="preload" as="style">`): the pre-rendered pages
 * (scripts/site-files.ts, paintFromPage) inline them, so the site's one policy allows them too.
 */
export const PRELOADED_CSS = /<link rel="preload" as="style" crossorigin href="\.\/(assets\/[^"]+\.css)">/g;

/**
 * The policy for an HTML document: the directives plus the hashes of its inline blocks and of `also`
 * (styles other pages of the site inline: one policy serves every page, as a static host sends one).
 */
export function cspFor(html: string, also: string[] = []): string {
  const inline = inlineBlocks(html);
  const scripts = inline.scripts;
  const styles = [...inline.styles, ...also];
  const uniq = (xs: string[]) => [...new Set(xs)];
  const directives = {
    ...CSP_DIRECTIVES,
    'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), ...uniq(scripts.map(cspHash))],
    'style-src': [...(CSP_DIRECTIVES['style-src'] ?? []), ...uniq(styles.map(cspHash))],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * Writes the policy into every built HTML page as `<meta http-equiv="Content-Security-Policy">` (for
 * static hosts that send no headers; scripts/serve.mjs reads it back for its header). Runs on the
 * emitted HTML, after every transformIndexHtml hook (the inlined first-paint CSS and fonts included),
 * so the hashes cover the final inline content. Build only: the dev server injects inline scripts and
 * styles of its own.
 * Refuses what the policy would block silently: inline event handlers (onload=…), style attributes,
 * javascript: URLs.
 */
export function cspMeta(): Plugin {
  return {
    name: 'xsbn:csp-meta',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        if (pages.length === 0) this.error('no HTML page in the bundle');
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html = String(page.source);
          const tags = html
            .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
            .replace(/<!--[\s\S]*?-->/g, '');
          const handler = /<[a-z][^>]*\s(on[a-z]+)\s*=/i.exec(tags);
          if (handler)
            this.error(`${page.fileName}: inline event handler ${handler[1]}= is blocked by the CSP`);
          if (/<[a-z][^>]*\sstyle\s*=/i.test(tags))
            this.error(`${page.fileName}: style attribute is blocked by the CSP`);
          if (/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tags))
            this.error(`${page.fileName}: javascript: URL is blocked by the CSP`);
          if (/http-equiv=["']?content-security-policy/i.test(html))
            this.error(`${page.fileName}: already has a CSP meta tag`);
          const charset = /<meta\s+charset=[^>]*>/i.exec(html);
          if (!charset) this.error(`${page.fileName}: no <meta charset> to put the CSP after`);
          const at = (charset?.index ?? 0) + (charset?.[0].length ?? 0);
          const preloaded = [...html.matchAll(PRELOADED_CSS)].map((m) => {
            const css = bundle[m[1] ?? ''];
            if (css?.type !== 'asset') this.error(`${page.fileName}: preloads ${m[1]}, not in the bundle`);
            return String(css.source);
          });
          const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${cspFor(html, preloaded)}" />`;
          // Before any inline block: a meta policy applies only to what follows it.
          page.source = html.slice(0, at) + meta + html.slice(at);
        }
      },
    },
  };
}
