/**
 * The Content-Security-Policy of the real build: dist/index.html carries it as a meta tag (with the
 * hashes of its final inline blocks), scripts/serve.mjs sends it as a header (plus frame-ancestors),
 * and the map, the directory and a profile, in both languages, with the planner's lazy tabs open, run
 * under it without a single violation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launch, type Session, waitForMapIdle, watchPage } from '../support/browser';
import { type Served, serve } from '../support/server';

const INDEX = join(import.meta.dirname, '..', '..', process.env.XSBN_DIST ?? 'dist', 'index.html');

let server: Served;
let session: Session;
/** Every violation seen, as "page-url: directive blocked-uri sample". */
const violations: string[] = [];

beforeAll(async () => {
  server = await serve();
  session = await launch();
  await session.context.exposeBinding('__cspViolation', ({ page }, v: string) => {
    violations.push(`${page?.url()}: ${v}`);
  });
  await session.context.addInitScript(() => {
    const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
    document.addEventListener('securitypolicyviolation', (e) => {
      report(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

interface Opened {
  page: Page;
  response: Response | null;
  watch: ReturnType<typeof watchPage>;
}

async function open(query: string): Promise<Opened> {
  const page = await session.context.newPage();
  const watch = watchPage(page, server.url.replace(/\/$/, ''));
  // Violations also show on the console (workers' included), whether or not the event reached us.
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(`${page.url()}: console: ${m.text()}`);
  });
  const response = await page.goto(`${server.url}${query}`);
  return { page, response, watch };
}

const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('Content-Security-Policy', () => {
  it('the built index.html carries the policy in a meta tag, covering each of its final inline blocks', () => {
    const html = readFileSync(INDEX, 'utf8');
    const policy = metaPolicy(html);
    expect(policy).not.toBe('');
    // Before any inline block (a meta policy covers only what follows it).
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(
      html.search(/<(style|script)\b/),
    );
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.has('frame-ancestors'), 'not allowed in a meta tag').toBe(false);
    // 'wasm-unsafe-eval' (WebAssembly compilation for sql.js) is the one exception: no JavaScript eval.
    expect(policy).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|unsafe-hashes|\*|https?:/);
    expect(
      directives.get('script-src')?.filter((s) => s.startsWith("'unsafe") || s.startsWith("'wasm")),
    ).toEqual(["'wasm-unsafe-eval'"]);
    // Recomputed here from the file as served: every inline block is allowed by its hash.
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/\bsrc=/.test(m[1] ?? ''))
      .map((m) => m[2] ?? '');
    expect(styles.length).toBeGreaterThanOrEqual(2); // first-paint fonts, entry CSS (and the noscript one)
    expect(scripts.length).toBeGreaterThanOrEqual(1); // the font stylesheet loader
    for (const s of styles) expect(directives.get('style-src')).toContain(hash(s));
    for (const s of scripts) expect(directives.get('script-src')).toContain(hash(s));
    // No inline event handler (a strict policy blocks them; the font preload's onload was one).
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  });

  it('serve.mjs sends it as a header with frame-ancestors, and nosniff and the other headers', async () => {
    const { page, response } = await open('?lang=en&page=parks');
    const h = response?.headers() ?? {};
    const policy = metaPolicy(readFileSync(INDEX, 'utf8'));
    expect(h['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('no-referrer');
    expect(h['cross-origin-opener-policy']).toBe('same-origin');
    await page.close();
  });

  it('the map, the directory and a profile, in both languages, run with no violation', async () => {
    const opened: Opened[] = [];
    for (const lang of ['zh', 'en']) {
      const map = await open(`?lang=${lang}`);
      opened.push(map);
      const p = map.page;
      await waitForMapIdle(p);
      // The planner tabs load lazy chunks (and their CSS).
      await p.getByTestId('tab-chain').click();
      await p.locator('#side-body').getByRole('button').first().waitFor();
      await p.getByTestId('tab-checks').click();
      await p.getByTestId('checks-protected').locator('li').first().waitFor();
      // Downloads go through a blob: URL (not subject to the policy, but checked anyway).
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.getByTestId('export-checks').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      await p.getByTestId('tab-routing').click();
      await p.locator('#side-body select, #side-body input').first().waitFor();
      await p.getByTestId('tab-chain').click();
      await waitForMapIdle(p);

      // The pre-rendered pages (scripts/vite-prerender.ts) hold the same inline blocks under the same policy.
      for (const query of [
        `?page=parks&lang=${lang}`,
        `?page=park:menghai&lang=${lang}`,
        `${lang}/parks/`,
        `${lang}/parks/mohan/`,
      ]) {
        const o = await open(query);
        opened.push(o);
        await o.page.locator('main.page').waitFor();
        await o.page.waitForLoadState('networkidle');
        // The full fallback font (noto-sans-sc.css) is added on demand: ask for it too.
        await o.page.getByTestId('search').focus();
        await o.page.waitForLoadState('networkidle');
      }
    }
    expect(violations).toEqual([]);
    for (const o of opened) {
      expect(o.response?.status()).toBe(200);
      expect(o.watch.failed, o.page.url()).toEqual([]);
      expect(o.watch.errors, o.page.url()).toEqual([]);
      expect(o.watch.foreign, o.page.url()).toEqual([]);
      await o.page.close();
    }
  });

  it('without JavaScript, the noscript styles and stylesheets are allowed too', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless'] });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const seen: string[] = [];
      page.on('console', (m) => {
        if (/Content.Security.Policy/i.test(m.text())) seen.push(m.text());
      });
      await page.goto(`${server.url}?page=parks&lang=en`);
      await page.waitForLoadState('networkidle');
      // The noscript <style> hides the "Loading…" line and shows the message instead.
      expect(await page.locator('.status.error').isVisible()).toBe(true);
      expect(await page.locator('.status:not(.error)').isVisible()).toBe(false);
      expect(seen).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('is enforced: an injected inline script does not run and is reported', async () => {
    const { page } = await open('?page=parks&lang=en');
    await page.locator('main.page').waitFor();
    const before = violations.length;
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.slice(before).some((v) => v.includes('script-src'))).toBe(true);
    await page.close();
  });
});
