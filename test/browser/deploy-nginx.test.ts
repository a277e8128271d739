/**
 * The README's worked deployment: the real build (dist/) served by Debian's nginx with
 * scripts/deploy/nginx.conf as written, on 127.0.0.1. The answers a browser and a tile reader rely
 * on (types, precompressed files, Range requests, caching, clean URLs, 404s, security headers), then
 * the map and a profile in Chromium through it, with no failed request and no policy violation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session, waitForMapIdle, watchPage } from '../support/browser';
import { serveNginx, siteConf } from '../support/nginx';
import type { Served } from '../support/server';

const DIST = join(import.meta.dirname, '..', '..', process.env.XSBN_DIST ?? 'dist');
let nginx: Served;
beforeAll(async () => {
  nginx = await serveNginx();
});
afterAll(async () => {
  await nginx?.stop();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, nginx.url), { headers, redirect: 'manual' });

describe('nginx: the worked example of the README, on 127.0.0.1', () => {
  it('sends every kind of file the app loads with its type, and the .gz twin to a gzip client', async () => {
    const asset = (re: RegExp) => {
      const f = readdirSync(join(DIST, 'assets')).find((n) => re.test(n));
      if (!f) throw new Error(`no ${re} in dist/assets`);
      return `assets/${f}`;
    };
    const font = readdirSync(join(DIST, 'fonts')).find((n) => n.endsWith('.woff2'));
    const cases: [string, string][] = [
      ['', 'text/html; charset=utf-8'],
      ['geo/nodes.geojson', 'application/geo+json; charset=utf-8'],
      ['geo/manifest.json', 'application/json; charset=utf-8'],
      [asset(/^maplibre-gl-worker.*\.mjs$/), 'text/javascript; charset=utf-8'],
      [asset(/\.css$/), 'text/css; charset=utf-8'],
      [asset(/\.wasm$/), 'application/wasm'],
      [`fonts/${font}`, 'font/woff2'],
      ['sitemap.xml', 'application/xml; charset=utf-8'],
    ];
    for (const [path, type] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
    const gz = await get('geo/nodes.geojson', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body: it is the file itself.
    expect(await gz.text()).toBe(readFileSync(join(DIST, 'geo', 'nodes.geojson'), 'utf8'));
    const plain = await get('geo/nodes.geojson', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers a Range request with 206 and exactly those bytes (how a tile archive is read)', async () => {
    const file = readFileSync(join(DIST, 'geo', 'parks.geojson'));
    const res = await get('geo/parks.geojson', { range: 'bytes=100-1123', 'accept-encoding': 'identity' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 100-1123/${file.length}`);
    expect(res.headers.get('accept-ranges') ?? 'bytes').toBe('bytes');
    expect(Buffer.from(await res.arrayBuffer()).equals(file.subarray(100, 1124))).toBe(true);
    const past = await get('geo/parks.geojson', {
      range: `bytes=${file.length + 10}-`,
      'accept-encoding': 'identity',
    });
    expect(past.status).toBe(416);
  });

  it('caches hashed assets for a year and revalidates pages and the data manifest', async () => {
    const worker = readdirSync(join(DIST, 'assets')).find((n) => /^maplibre-gl-worker.*\.mjs$/.test(n));
    expect((await get(`assets/${worker}`)).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of ['', 'en/parks/menghai/', 'geo/manifest.json', 'geo/nodes.geojson'])
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
  });

  it('serves the pre-rendered pages at their clean URLs, and the app for the rest', async () => {
    const page = await get('en/parks/menghai/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toBe(readFileSync(join(DIST, 'en', 'parks', 'menghai', 'index.html'), 'utf8'));
    expect(html).toMatch(/<html[^>]* lang="en"/);
    const noSlash = await get('en/parks/menghai?x=1');
    expect(noSlash.status).toBe(301);
    expect(noSlash.headers.get('location')).toBe('/en/parks/menghai/?x=1');
    const unknown = await get('zh/parks/nowhere/');
    expect(unknown.status).toBe(302);
    expect(unknown.headers.get('location')).toBe('/?page=park:nowhere&lang=zh');
    const app = await get('somewhere');
    expect(app.status).toBe(200);
    expect(await app.text()).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const missing = await get('geo/missing.geojson');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<div id="root"');
  });

  it('carries the security headers on every answer, a 404 included', async () => {
    for (const path of ['', 'geo/missing.geojson', 'en/parks/menghai']) {
      const h = (await get(path)).headers;
      expect(h.get('content-security-policy'), path).toBe("frame-ancestors 'none'");
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('no-referrer');
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(h.get('server'), path).toBe('nginx');
    }
  });

  it('refuses a site file whose "yours" lines were lost (the test would otherwise serve another root)', () => {
    expect(() => siteConf('server { listen 80; root /x; }', 1, '/d')).toThrow(
      '# yours" lines are not both there',
    );
  });
});

describe('nginx: the app in Chromium through it', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the map and opens a profile in English with every request answered and no policy violation', async () => {
    const page = await session.context.newPage();
    // Every response under 400, no failed request (one the navigation to the profile cuts short is not
    // a failure: the fallback stylesheet may still be loading), no console error, nothing foreign.
    const watch = watchPage(page, nginx.url.replace(/\/$/, ''));
    await page.goto(`${nginx.url}?lang=en`);
    await waitForMapIdle(page, 120_000);
    expect(await page.evaluate(() => window.__map?.getSource('nodes') !== undefined)).toBe(true);
    await page.goto(`${nginx.url}en/parks/menghai/`);
    await expect.poll(() => page.locator('main h1').textContent()).toMatch(/Menghai/);
    expect([...watch.failed, ...watch.errors, ...watch.foreign]).toEqual([]);
    await page.close();
  });
});
