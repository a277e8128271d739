import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export interface Session {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium in a fresh profile (a new --user-data-dir each time). The browser's preferred
 * language is Chinese unless told otherwise, so a page opened without `lang=` opens in Chinese.
 */
export async function launch(
  viewport = { width: 1366, height: 768 },
  extraArgs: string[] = [],
  locale = 'zh-CN',
  /**
   * A phone: touch events and a mobile viewport (`{ hasTouch: true, isMobile: true }`); `reducedMotion:
   * 'reduce'`: the system setting "reduce motion" (MapLibre then jumps where it would fly or ease);
   * `scale`: device pixels per CSS pixel (1 unless told).
   */
  device: {
    hasTouch?: boolean;
    isMobile?: boolean;
    reducedMotion?: 'reduce' | 'no-preference';
    scale?: number;
  } = {},
): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'xsbn-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...extraArgs],
    viewport,
    deviceScaleFactor: device.scale ?? 1,
    locale,
    hasTouch: device.hasTouch,
    isMobile: device.isMobile,
    reducedMotion: device.reducedMotion,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves when window.__map exists and has gone idle (all sources loaded, frame drawn). */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => window.__map !== undefined, undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (!map) return resolve();
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) return resolve();
        map.once('idle', () => resolve());
      }),
  );
}

/** Records requests to any origin but `origin`, and console errors / page errors. */
export function watchPage(page: Page, origin: string) {
  const foreign: string[] = [];
  const errors: string[] = [];
  const failed: string[] = [];
  // A navigation (reload, a link) cancels what the old document was still loading, including what it
  // asked for after the navigation had started: such an abort is not a failure. Every other is.
  let navigations = 0;
  let navigating = false;
  const issued = new WeakMap<object, { at: number; duringNavigation: boolean }>();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
    let mainNavigation = false;
    try {
      mainNavigation = r.isNavigationRequest() && r.frame() === page.mainFrame();
    } catch {
      // a worker's request has no frame
    }
    if (mainNavigation) {
      navigations++;
      navigating = true;
    } else issued.set(r, { at: navigations, duringNavigation: navigating });
  });
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigating = false;
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    const when = issued.get(r);
    const cutByNavigation =
      error.includes('ERR_ABORTED') && when !== undefined && (when.at < navigations || when.duringNavigation);
    if (!cutByNavigation) failed.push(`${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { foreign, errors, failed };
}
