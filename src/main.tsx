import { type ReactNode, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RootBoundary } from './app/app';
import { AppProviders } from './app/providers';
import { builtFileQuery, manifestQueryOptions, mapFontsQueryOptions } from './lib/data/built-files';
import { loadGlyphBundle } from './lib/data/map-glyphs';
import { bureauQueryOptions } from './lib/data/use-geo-data';
import { loadFallbackFontLater } from './lib/fallback-font';
import { APP_READY } from './lib/start-on-use';
import { createQueryClient } from './lib/query-client';
import type { QueryClient } from '@tanstack/react-query';
import { PAGE_FILES } from './prerender/page-files';
import { defaultView, useAppStore } from './store/app-store';
import { decodePath } from './store/page-path';
import { adoptAsServerSnapshot } from './store/server-snapshot';
import { startSitePersistence } from './store/site-persistence';
import { encodeView, pickView } from './store/url-codec';
import { startUrlSync } from './store/url-sync';

// For the test that checks the shell paints before the app starts (see boot.ts).
performance.mark('xsbn:app-start');

// Every document resolves its relative URLs (assets, data files, PageLink hrefs) from the app's root:
// a pre-rendered page (/en/parks/menghai/) has its <base href="../../../">; index.html gets one here,
// before the address moves to a clean URL (url-sync.ts) and would move the base with it.
if (!document.querySelector('base')) {
  const base = document.createElement('base');
  base.href = decodePath(window.location.pathname).root;
  document.head.prepend(base);
}

// Start the first requests before React mounts (the bench showed ~300 ms lost waiting for the mount).
const queryClient = createQueryClient();
void queryClient.prefetchQuery(manifestQueryOptions());

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();
startUrlSync(
  (ignored) => ({ key: 'ignoredParams', params: { list: ignored.join(', ') } }),
  storage,
  navigator.languages?.length ? navigator.languages : [navigator.language],
);

// Loads the saved sites, saves every change, and merges what another tab saves (storage events).
startSitePersistence(storage);

// The map page needs MapLibre at once: start loading its chunk now, not when React gets to it.
if (useAppStore.getState().page === 'map') {
  // Offline, these fail: the page's error boundary says so and retries (nothing to report here).
  import('./app/pages/map-page').catch(() => undefined);
  import('./map/map-view').catch(() => undefined);
  // The label glyphs download alongside MapLibre's chunk (one file; the map asks for it again, shared).
  void queryClient
    .fetchQuery(mapFontsQueryOptions())
    .then((f) => (f.glyphs ? loadGlyphBundle(f.glyphs) : undefined))
    .catch(() => undefined);
}

loadFallbackFontLater();

// A last safety net: every async action reports its own failure, but one that slipped through still
// reaches the user as a notice (and the console, so tests catch it), not silence.
window.addEventListener('unhandledrejection', (e) => {
  const reason: unknown = e.reason;
  useAppStore.getState().setNotice({
    key: 'errors.unexpected',
    params: { detail: reason instanceof Error ? reason.message : String(reason) },
  });
});

// For scripting and the filter-latency benchmark, like window.__map.
window.__store = useAppStore;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// An error an error boundary caught is shown in the UI (what failed, Retry, Details): log it as a
// warning, not as an error, so the console stays for what nothing caught.
const options = {
  onCaughtError: (error: unknown, info: { componentStack?: string }) =>
    console.warn('caught by an error boundary:', error, info.componentStack),
};
/** Says on window that the first view is rendered (boot.ts then replays the clicks it held). */
function Ready({ children }: { children: ReactNode }) {
  useEffect(() => {
    window.dispatchEvent(new Event(APP_READY));
  }, []);
  return children;
}
const app = (
  <StrictMode>
    <Ready>
      <AppProviders queryClient={queryClient}>
        <RootBoundary />
      </AppProviders>
    </Ready>
  </StrictMode>
);

/**
 * Whether the pre-rendered content of #root (src/prerender: data-page, data-lang) is what the app's first
 * render will be: the same page and language, nothing else in the view (a ?sample=0, a notice about a
 * parameter), and the data it was rendered from. Fetches that data first (the page is readable meanwhile).
 */
async function canHydrate(client: QueryClient, el: HTMLElement): Promise<boolean> {
  const s = useAppStore.getState();
  const page = el.dataset.page;
  if (!page || s.notice) return false;
  const rendered = encodeView({
    ...defaultView(),
    page: page as typeof s.page,
    lang: el.dataset.lang as typeof s.lang,
  });
  if (encodeView(pickView(s)) !== rendered) return false;
  try {
    const manifest = await client.fetchQuery(manifestQueryOptions());
    const [bureau] = await Promise.all([
      client.fetchQuery(bureauQueryOptions()),
      ...PAGE_FILES.map((name) => client.fetchQuery(builtFileQuery(manifest, name))),
    ]);
    // The bureau's own data (this browser's IndexedDB) changes what the page shows: render afresh.
    return bureau.record === null && !bureau.problem;
  } catch {
    return false; // the app renders and says what failed
  }
}

if (root.dataset.page) {
  // The pre-rendered styles (src/prerender/entry.tsx), through the CSSOM as the policy requires.
  for (const el of root.querySelectorAll<HTMLElement>('[data-ssr-style]')) {
    el.style.cssText = el.dataset.ssrStyle ?? '';
    el.removeAttribute('data-ssr-style');
  }
  void canHydrate(queryClient, root).then((same) => {
    if (same) {
      adoptAsServerSnapshot();
      hydrateRoot(root, app, options);
    } else {
      root.replaceChildren();
      createRoot(root, options).render(app);
    }
  });
} else createRoot(root, options).render(app);
