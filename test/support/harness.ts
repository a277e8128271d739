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
  before?: (page: Page) => Promise<void>;
}

/** @param locale the browser's preferred language (a first visit without `lang=` follows it). */
export function setupApp(
  viewport = { width: 1366, height: 768 },
  { locale = 'zh-CN' }: { locale?: string } = {},
) {
  let server: Served;
  let session: Session;
  const pages: { page: Page; watch: ReturnType<typeof watchPage>; allow?: RegExp }[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve();
    session = await launch(viewport, [], locale);
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const { page, watch, allow } of pages.splice(0)) {
      // A test that breaks something on purpose names what may fail (and the console lines about it).
      const unexpected = (list: string[]) => (allow ? list.filter((x) => !allow.test(x)) : list);
      expect(watch.foreign, 'requests to other origins').toEqual([]);
      expect(unexpected(watch.failed), 'failed requests').toEqual([]);
      expect(unexpected(watch.errors), 'console errors').toEqual([]);
      if (!page.isClosed()) await page.close();
    }
  });

  return {
    url: () => server.url,
    /** Opens the app with a query string (and optional hash) and waits for the map to be idle. */
    async open(query = '', hash = '', opts: OpenOptions = {}): Promise<Page> {
      const page = await session.context.newPage();
      pages.push({ page, watch: watchPage(page, server.url.replace(/\/$/, '')), allow: opts.allow });
      await opts.before?.(page);
      await page.goto(`${server.url}${query}${hash}`);
      await waitForMapIdle(page);
      return page;
    },
    /** Opens a page that has no map (directory, park pages), or one whose map may not come: load only. */
    async openNoMap(query = '', opts: OpenOptions = {}): Promise<Page> {
      const page = await session.context.newPage();
      pages.push({ page, watch: watchPage(page, server.url.replace(/\/$/, '')), allow: opts.allow });
      await opts.before?.(page);
      await page.goto(`${server.url}${query}`);
      return page;
    },
    /** The browser context (for offline tests and a second tab). */
    context: () => session.context,
    async jump(p: Page, center: [number, number], zoom: number): Promise<void> {
      await p.evaluate(
        ([c, z]) => window.__map?.jumpTo({ center: c as [number, number], zoom: z as number }),
        [center, zoom] as const,
      );
      await waitForMapIdle(p);
    },
  };
}
