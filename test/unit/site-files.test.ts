import { describe, expect, it } from 'vitest';
import { cspHash } from '../../scripts/vite-csp';
import {
  DEFAULT_SITE_URL,
  headTags,
  icoFromPng,
  robotsTxt,
  siteUrl,
  sitemapXml,
  paintFromPage,
  paintedText,
  staticHtml,
} from '../../scripts/site-files';

const SITE = 'https://example.org/map/';
const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <meta name="description" content="generic" />
    <script>inline()</script>
    <title>西双版纳产业地图</title>
    <link rel="preload" as="style" crossorigin href="./assets/main-X.css">
  </head>
  <body>
    <div id="root">
      <div class="app"><p class="status">加载中…</p></div>
    </div>
  </body>
</html>`;

describe('SITE_URL', () => {
  it('defaults to the local server, adds the slash, refuses what is not an http(s) root', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('')).toBe(DEFAULT_SITE_URL);
    expect(siteUrl('https://example.org/map')).toBe('https://example.org/map/');
    expect(() => siteUrl('example.org')).toThrow(/not a URL/);
    expect(() => siteUrl('ftp://example.org/')).toThrow(/http/);
    expect(() => siteUrl('https://example.org/?a=1')).toThrow(/query/);
  });
});

describe('a static page', () => {
  const head = headTags(SITE, {
    lang: 'en',
    title: 'Menghai <Park> · Map',
    description: 'A "provincial" park',
    path: 'en/parks/menghai/',
    alternates: { zh: 'zh/parks/menghai/', en: 'en/parks/menghai/' },
    siteName: 'Xishuangbanna Industry Map',
    image: { path: 'og/menghai.png', width: 1200, height: 630, alt: 'Where it lies' },
  });
  it('head: absolute canonical, hreflang zh-CN / en / x-default, Open Graph and Twitter card, escaped', () => {
    expect(head).toContain('<link rel="canonical" href="https://example.org/map/en/parks/menghai/" />');
    expect(head).toContain('hreflang="zh-CN" href="https://example.org/map/zh/parks/menghai/"');
    expect(head).toContain('hreflang="en" href="https://example.org/map/en/parks/menghai/"');
    expect(head).toContain('hreflang="x-default" href="https://example.org/map/zh/parks/menghai/"');
    expect(head).toContain('<meta property="og:title" content="Menghai &lt;Park&gt; · Map" />');
    expect(head).toContain('<meta property="og:description" content="A &quot;provincial&quot; park" />');
    expect(head).toContain('<meta property="og:image" content="https://example.org/map/og/menghai.png" />');
    expect(head).toContain('<meta property="og:locale" content="en_US" />');
    expect(head).toContain('<meta property="og:locale:alternate" content="zh_CN" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });
  it('page: language, base, title, description, stylesheets applied, content in #root, inline blocks untouched', () => {
    const html = staticHtml(INDEX, {
      lang: 'en',
      title: 'Menghai · Map',
      description: 'A & B',
      path: 'en/parks/menghai/',
      head: '<link rel="canonical" href="x" />',
      body: '<a href="#main">skip</a><main>MENGHAI</main>',
      page: 'park:menghai',
      noscript: 'JavaScript is off',
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/Content-Security-Policy[^>]*>\n\s*<base href="\.\.\/\.\.\/\.\.\/" \/>/);
    expect(html).toContain('<meta name="description" content="A &amp; B" />');
    expect(html).toContain('<title>Menghai · Map</title>\n    <link rel="canonical" href="x" />');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/main-X.css">');
    expect(html).toContain(
      '<div id="root" data-page="park:menghai" data-lang="en"><a href="en/parks/menghai/#main">skip</a><main>MENGHAI</main></div>',
    );
    expect(html).toContain('<noscript><p class="static-note">JavaScript is off</p></noscript>');
    expect(html).toContain('<script>inline()</script>');
    expect(html).not.toContain('加载中');
    expect(staticHtml(INDEX, { ...baseParts, path: 'zh/parks/' })).toContain('<base href="../../" />');
    expect(() => staticHtml('<html><body></body></html>', baseParts)).toThrow(/index\.html has no/);
    expect(() => staticHtml(INDEX, { ...baseParts, body: '<span style="color:red">x</span>' })).toThrow(
      /style attribute/,
    );
  });
});
const baseParts = {
  lang: 'zh' as const,
  title: 't',
  description: 'd',
  path: 'zh/parks/',
  head: '',
  body: '',
  page: 'parks',
  noscript: 'n',
};

describe('sitemap, robots, favicon', () => {
  it('lists every page in both languages with its alternates', () => {
    const xml = sitemapXml(SITE, [
      { zh: 'zh/parks/', en: 'en/parks/' },
      { zh: 'zh/parks/menghai/', en: 'en/parks/menghai/' },
    ]);
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://example.org/map/en/parks/menghai/</loc>');
    expect(
      xml.match(/hreflang="x-default" href="https:\/\/example.org\/map\/zh\/parks\/menghai\/"/g),
    ).toHaveLength(2);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
  it('robots allows all and names the sitemap; the .ico wraps the PNG', () => {
    expect(robotsTxt(SITE)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/map/sitemap.xml\n');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = icoFromPng(png, 32);
    const v = new DataView(ico.buffer);
    expect([v.getUint16(0, true), v.getUint16(2, true), v.getUint16(4, true)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7], v.getUint32(14, true), v.getUint32(18, true)]).toEqual([32, 32, 7, 22]);
    expect([...ico.slice(22)]).toEqual([...png]);
  });

  it('a page paints from its own bytes: stylesheets inlined where the policy allows them, preloads gone', () => {
    const page = staticHtml(
      INDEX.replace(
        '</head>',
        '<link rel="modulepreload" crossorigin href="./assets/app-Y.js">\n    <link rel="preload" href="./geo/catalog.json" as="fetch" crossorigin="anonymous" />\n  </head>',
      ),
      { ...baseParts, path: 'zh/parks/' },
    );
    const css = '.park-page{color:#222}';
    const allowed = page.replace("default-src 'self'", `default-src 'self'; style-src ${cspHash(css)}`);
    const html = paintFromPage(allowed, (rel) => (rel === 'assets/main-X.css' ? css : ''));
    expect(html).toContain(`<style>${css}</style>`);
    expect(html).not.toContain('main-X.css');
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('catalog.json');
    expect(() => paintFromPage(page, () => css)).toThrow(/policy does not allow it/);
    expect(() => paintFromPage(page, () => '.a{background:url(x.png)}')).toThrow(/url\(\) cannot be inlined/);
  });

  it('the characters a page paints: title, text, placeholders and entities; not tags, SVG, scripts', () => {
    const text = paintedText(
      '园区',
      '<p class="x">甲&amp;乙</p><svg><text>丙</text></svg><script>丁()</script><input placeholder="搜索 mh" />',
    );
    for (const c of '园区甲&乙搜索mh') expect(text).toContain(c);
    for (const c of '丙丁<>') expect(text).not.toContain(c);
    expect(text).not.toContain('class');
  });
});
