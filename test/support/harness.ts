/**
 * Browser-test harness: one static server and one Chromium profile per test file; every page opened
 * is watched, and after each test nothing may have gone to another origin, failed, or logged an error.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launch, type Session, waitForMapIdle, watchPage } from './browser';
import { type Served, serve } from './server';

export const SHOTS = 'test-results/screens';

export interface OpenOptions {
  /** Failed requests and console errors matching this are expected (the test breaks them on purpose). */
  allow?: RegExp;
  /** Runs before the page is loaded: routes, init scripts. */
  before?: (page: Page) => Promise<unknown>;
  /** This page's viewport, where it differs from the file's (set before the page loads). */
  viewport?: { width: number; height: number };
}

/**
 * @param locale the browser's preferred language (a first visit without `lang=` follows it).
 * @param reducedMotion the browser asks for reduced motion, as a user can: the map's flights and eases
 * become jumps to the same camera, labels and paint changes come at once (no fades), sparing the
 * software renderer a redraw per animation frame. On by default: the files check where the camera and
 * the styles end, not how they get there; first-visit and search meet the map as most users do (false).
 * @param scale device pixels per CSS pixel. Half by default: here the map is drawn by a software renderer
 * (SwiftShader), whose cost per frame grows with the device pixels, and a frame at 1366×768 takes about
 * 250 ms; at half scale a quarter of the pixels (a fly about 40 % sooner, the suite about a quarter). The
 * layout, CSS pixels, hit tests and queryRenderedFeatures are the same at any scale; a file that reads
 * the pixels of a screenshot asks for 1.
 */
export function setupApp(
  viewport = { width: 1366, height: 768 },
  {
    locale = 'zh-CN',
    reducedMotion = true,
    scale = 0.5,
  }: { locale?: string; reducedMotion?: boolean; scale?: number } = {},
) {
  let server: Served;
  let session: Session;
  const pages: { page: Page; watch: ReturnType<typeof watchPage>; allow?: RegExp; keep?: boolean }[] = [];
  /** Pages kept open from one test to the next (`shared`), by key. */
  const kept = new Map<string, Promise<Page>>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve();
    session = await launch(viewport, [], locale, {
      scale,
      ...(reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
    });
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  afterEach(async (ctx) => {
    // A kept page stays for the next test, its record of requests and errors emptied once checked;
    // after a failed test (or a failed check) it is closed, and the next test that asks opens its own
    // instead of meeting the state a failure left.
    const testFailed = ctx.task.result?.state === 'fail';
    for (const { page, watch, allow, keep } of pages.splice(0)) {
      // A test that breaks something on purpose names what may fail (and the console lines about it).
      const unexpected = (list: string[]) => (allow ? list.filter((x) => !allow.test(x)) : list);
      const seen = { foreign: [...watch.foreign], failed: [...watch.failed], errors: [...watch.errors] };
      for (const list of [watch.foreign, watch.failed, watch.errors]) list.length = 0;
      const clean =
        seen.foreign.length === 0 &&
        unexpected(seen.failed).length === 0 &&
        unexpected(seen.errors).length === 0;
      if (keep && !testFailed && clean && !page.isClosed()) pages.push({ page, watch, allow, keep });
      else if (keep) {
        for (const [key, p] of kept) if ((await p.catch(() => null)) === page) kept.delete(key);
        if (!page.isClosed()) await page.close();
      }
      expect(seen.foreign, 'requests to other origins').toEqual([]);
      expect(unexpected(seen.failed), 'failed requests').toEqual([]);
      expect(unexpected(seen.errors), 'console errors').toEqual([]);
      if (!keep && !page.isClosed()) await page.close();
    }
  });

  const newPage = async (opts: OpenOptions, keep = false): Promise<Page> => {
    const page = await session.context.newPage();
    pages.push({ page, watch: watchPage(page, server.url.replace(/\/$/, '')), allow: opts.allow, keep });
    if (opts.viewport) await page.setViewportSize(opts.viewport);
    await opts.before?.(page);
    return page;
  };

  return {
    url: () => server.url,
    /** Opens the app with a query string (and optional hash) and waits for the map to be idle. */
    async open(query = '', hash = '', opts: OpenOptions = {}): Promise<Page> {
      const page = await newPage(opts);
      await page.goto(`${server.url}${query}${hash}`);
      await waitForMapIdle(page);
      return page;
    },
    /**
     * The map page `key`, opened (as `open` does) by the first test that asks and kept open for the next
     * ones that ask, instead of a map load each: for tests that leave the page as they found it, or
     * that wait for what they expect (never for the first element of a kind). Requests and errors are
     * still checked after every test; the page closes with the file.
     */
    shared(key: string, query = '', hash = '', opts: OpenOptions = {}): Promise<Page> {
      let page = kept.get(key);
      if (!page) {
        page = (async () => {
          const p = await newPage(opts, true);
          await p.goto(`${server.url}${query}${hash}`);
          await waitForMapIdle(p);
          return p;
        })();
        kept.set(key, page);
      }
      return page;
    },
    /** Opens a page that has no map (directory, park pages), or one whose map may not come: load only. */
    async openNoMap(query = '', opts: OpenOptions = {}): Promise<Page> {
      const page = await newPage(opts);
      await page.goto(`${server.url}${query}`);
      return page;
    },
    /** The browser context (for offline tests and a second tab). */
    context: () => session.context,
    async jump(p: Page, center: [number, number], zoom: number): Promise<void> {
      await p.evaluate(
        // In braces: jumpTo returns the map, which Playwright would serialise (seconds of CPU a call).
        ([c, z]) => {
          window.__map?.jumpTo({ center: c as [number, number], zoom: z as number });
        },
        [center, zoom] as const,
      );
      await waitForMapIdle(p);
    },
  };
}
