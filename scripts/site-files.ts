/**
 * The static pages' HTML and the site files around them, as pure functions of their inputs (the
 * build's plugin, scripts/vite-prerender.ts, does the reading and writing; test/unit/site-files.test.ts):
 * a page's head (canonical, hreflang, Open Graph, Twitter card), the page itself from the built
 * index.html, sitemap.xml, robots.txt and a favicon.ico wrapping a PNG.
 */

/** Where the site is served: canonical, hreflang, og:url/og:image, the sitemap and robots.txt need absolute URLs. */
import { cspHash } from './vite-csp';

export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173/';

/** The site's origin and root from SITE_URL (http or https, any path; a trailing slash is added). */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`SITE_URL must be http(s): ${raw}`);
  if (url.search || url.hash) throw new Error(`SITE_URL must have no query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type SiteLang = 'zh' | 'en';
const HREFLANG: Record<SiteLang, string> = { zh: 'zh-CN', en: 'en' };
const OG_LOCALE: Record<SiteLang, string> = { zh: 'zh_CN', en: 'en_US' };

export interface PageHead {
  lang: SiteLang;
  title: string;
  description: string;
  /** The page's own path and its two language versions, relative to the site's root (zh/parks/menghai/). */
  path: string;
  alternates: Record<SiteLang, string>;
  siteName: string;
  /** The link-preview image, relative to the site's root, its size and alt text. */
  image: { path: string; width: number; height: number; alt: string };
}

/** Canonical, hreflang (zh-CN, en, x-default: the Chinese page), Open Graph and the Twitter card. */
export function headTags(site: string, h: PageHead): string {
  const abs = (p: string) => escapeHtml(new URL(p, site).href);
  const meta = (attr: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  const other: SiteLang = h.lang === 'zh' ? 'en' : 'zh';
  return [
    `<link rel="canonical" href="${abs(h.path)}" />`,
    `<link rel="alternate" hreflang="zh-CN" href="${abs(h.alternates.zh)}" />`,
    `<link rel="alternate" hreflang="en" href="${abs(h.alternates.en)}" />`,
    `<link rel="alternate" hreflang="x-default" href="${abs(h.alternates.zh)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', h.siteName),
    meta('property', 'og:title', h.title),
    meta('property', 'og:description', h.description),
    `<meta property="og:url" content="${abs(h.path)}" />`,
    `<meta property="og:image" content="${abs(h.image.path)}" />`,
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', h.image.width),
    meta('property', 'og:image:height', h.image.height),
    meta('property', 'og:image:alt', h.image.alt),
    meta('property', 'og:locale', OG_LOCALE[h.lang]),
    meta('property', 'og:locale:alternate', OG_LOCALE[other]),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', h.title),
    meta('name', 'twitter:description', h.description),
    `<meta name="twitter:image" content="${abs(h.image.path)}" />`,
    meta('name', 'twitter:image:alt', h.image.alt),
  ].join('\n    ');
}

export interface StaticPageParts {
  lang: SiteLang;
  title: string;
  description: string;
  /** The page's path relative to the root: its <base href> climbs back that many levels. */
  path: string;
  head: string;
  /** The pre-rendered #root content. */
  body: string;
  /** data-page / data-lang on #root: main.tsx hydrates when the app's view is this page. */
  page: string;
  /** Shown with JavaScript off, above the content. */
  noscript: string;
}

/**
 * A static page from the built index.html: its language, a <base> at the site's root (so every relative
 * asset, data and link URL of the app resolves as from index.html), its title, description and head
 * tags, the features' stylesheets applied (index.html only preloads them: the app's loader applies them,
 * which without JavaScript never happens) and the pre-rendered content in #root. The inline blocks are
 * index.html's, untouched, so its Content-Security-Policy (hashes of those blocks) holds here too.
 */
export function staticHtml(index: string, p: StaticPageParts): string {
  const must = (re: RegExp, what: string) => {
    if (!re.test(out)) throw new Error(`index.html has no ${what}`);
  };
  if (/<[a-z][^>]*\sstyle\s*=/i.test(p.body))
    throw new Error(`${p.path}: a style attribute is blocked by the Content-Security-Policy`);
  let out = index;
  must(/<html lang="[^"]*">/, '<html lang>');
  out = out.replace(/<html lang="[^"]*">/, `<html lang="${p.lang === 'zh' ? 'zh-CN' : 'en'}">`);
  const depth = p.path.split('/').filter((s) => s !== '').length;
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  must(csp, 'Content-Security-Policy meta');
  out = out.replace(csp, (m) => `${m}\n    <base href="${'../'.repeat(depth)}" />`);
  must(/<meta name="description" content="[^"]*" \/>/, 'meta description');
  out = out.replace(
    /<meta name="description" content="[^"]*" \/>/,
    () => `<meta name="description" content="${escapeHtml(p.description)}" />`,
  );
  must(/<title>[^<]*<\/title>/, '<title>');
  out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(p.title)}</title>\n    ${p.head}`);
  out = out.replace(
    /<link rel="preload" as="style" crossorigin href="(\.\/assets\/[^"]+\.css)">/g,
    '<link rel="stylesheet" crossorigin href="$1">',
  );
  const root = /<div id="root">[\s\S]*<\/div>(\s*<\/body>)/;
  must(root, '#root');
  out = out.replace(
    root,
    (_m, end: string) =>
      `<noscript><p class="static-note">${escapeHtml(p.noscript)}</p></noscript>\n    <div id="root" data-page="${escapeHtml(p.page)}" data-lang="${p.lang}">${inPage(p.body, p.path)}</div>${end}`,
  );
  return out;
}

/**
 * A static page made to paint from its own bytes and to load nothing it does not show: the stylesheets
 * it links from assets/ go in as <style> blocks (no relative url() allowed: they would resolve from
 * the page), the data preloads and the module preloads go (the app starts at the reader's first use of
 * the page, src/lib/start-on-use.ts, and loads its chunks then). The site's policy already allows those
 * blocks (scripts/vite-csp.ts hashes the stylesheets index.html preloads): checked here.
 */
export function paintFromPage(html: string, readAsset: (rel: string) => string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('the page has no Content-Security-Policy meta');
  let out = html.replace(
    /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g,
    (_tag, rel: string) => {
      const css = readAsset(rel);
      if (/url\(\s*['"]?(?!data:)/.test(css)) throw new Error(`${rel}: relative url() cannot be inlined`);
      if (/<\/style/i.test(css)) throw new Error(`${rel}: holds "</style"`);
      if (!policy.includes(cspHash(css)))
        throw new Error(`${rel}: the site's policy does not allow it inline`);
      return `<style>${css}</style>`;
    },
  );
  out = out.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  // The page's own font, asked for with the page (its face: public/fonts/xsbn-first.css, font-display
  // block, so the text paints once, in it, and does not move when it arrives).
  out = out.replace(
    /<title>/,
    `<link rel="preload" href="./${PAGES_FONT}" as="font" type="font/woff2" crossorigin />\n    <title>`,
  );
  out = out.replace(/\s*<link rel="preload" href="[^"]*" as="fetch"[^>]*>/g, '');
  return out;
}

/** The static pages' own font file (one for every page: the characters they show), relative to the root. */
export const PAGES_FONT = 'fonts/xsbn-pages.woff2';
/** The font it is cut from (a package path): Noto Sans SC's one-file Simplified Chinese cut, Latin included. */
export const PAGES_FONT_SOURCE =
  '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2';

/**
 * The characters a page paints: its title, the text of its body and its fields' placeholders (tags,
 * inline SVG and scripts left out, the entities the renderer writes decoded).
 */
export function paintedText(title: string, body: string): string {
  // An empty field shows its placeholder (the search box's) in the page's font too.
  const placeholders = [...body.matchAll(/\splaceholder="([^"]*)"/g)].map((m) => ` ${m[1]}`).join('');
  const text = `${body} ${placeholders}`
    .replace(/<(svg|script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_m, e: string) =>
      e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'nbsp' ? ' ' : "'",
    );
  return title + text;
}

/**
 * In-page links (the skip links, href="#main") relative to the page itself: under the <base> at the root
 * a bare #main would leave for the root's index.html. With JavaScript on they only focus their target.
 */
const inPage = (body: string, path: string) => body.replace(/ href="#/g, ` href="${path}#`);

/** Every static page with its language versions (hreflang alternates, as Google reads them in sitemaps). */
export function sitemapXml(site: string, pages: Record<SiteLang, string>[]): string {
  const abs = (p: string) => escapeHtml(new URL(p, site).href);
  const urls = pages.flatMap((alt) =>
    (['zh', 'en'] as const).map(
      (lang) =>
        `  <url>\n    <loc>${abs(alt[lang])}</loc>\n` +
        (['zh', 'en'] as const)
          .map((l) => `    <xhtml:link rel="alternate" hreflang="${HREFLANG[l]}" href="${abs(alt[l])}"/>\n`)
          .join('') +
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs(alt.zh)}"/>\n  </url>\n`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('')}</urlset>\n`;
}

/** Every page may be crawled; where the sitemap is. */
export const robotsTxt = (site: string): string =>
  `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', site).href}\n`;

/** A .ico holding one PNG image (every browser since IE 11 reads PNG entries): for /favicon.ico requests. */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(6 + 16 + png.length);
  const v = new DataView(out.buffer);
  v.setUint16(2, 1, true); // type: icon
  v.setUint16(4, 1, true); // one image
  out[6] = size >= 256 ? 0 : size;
  out[7] = size >= 256 ? 0 : size;
  v.setUint16(10, 1, true); // colour planes
  v.setUint16(12, 32, true); // bits per pixel
  v.setUint32(14, png.length, true);
  v.setUint32(18, 22, true); // offset of the image
  out.set(png, 22);
  return out;
}

/** The favicon, drawn here: a map pin on the accent colour (the app's own tokens, src/lib/ui-tokens.ts). */
export function faviconSvg(accent: string, onFill: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${accent}"/>` +
    `<path d="M32 9c-9.7 0-17.5 7.6-17.5 17C14.5 39 32 55 32 55s17.5-16 17.5-29C49.5 16.6 41.7 9 32 9z" fill="${onFill}"/>` +
    `<circle cx="32" cy="26" r="6.5" fill="${accent}"/></svg>\n`
  );
}
