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

export function setupApp(viewport = { width: 1366, height: 768 }) {
  let server: Served;
  let session: Session;
  const pages: { page: Page; watch: ReturnType<typeof watchPage> }[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serve();
    session = await launch(viewport);
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const { page, watch } of pages.splice(0)) {
      expect(watch.foreign, 'requests to other origins').toEqual([]);
      expect(watch.failed, 'failed requests').toEqual([]);
      expect(watch.errors, 'console errors').toEqual([]);
      if (!page.isClosed()) await page.close();
    }
  });

  return {
    url: () => server.url,
    /** Opens the app with a query string (and optional hash) and waits for the map to be idle. */
    async open(query = '', hash = ''): Promise<Page> {
      const page = await session.context.newPage();
      pages.push({ page, watch: watchPage(page, server.url.replace(/\/$/, '')) });
      await page.goto(`${server.url}${query}${hash}`);
      await waitForMapIdle(page);
      return page;
    },
    /** Opens a page that has no map (directory, park pages): waits for load only. */
    async openNoMap(query = ''): Promise<Page> {
      const page = await session.context.newPage();
      pages.push({ page, watch: watchPage(page, server.url.replace(/\/$/, '')) });
      await page.goto(`${server.url}${query}`);
      return page;
    },
    async jump(p: Page, center: [number, number], zoom: number): Promise<void> {
      await p.evaluate(
        ([c, z]) => window.__map?.jumpTo({ center: c as [number, number], zoom: z as number }),
        [center, zoom] as const,
      );
      await waitForMapIdle(p);
    },
  };
}
