import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RootBoundary } from './app/app';
import { AppProviders } from './app/providers';
import { fontFacesQueryOptions, manifestQueryOptions } from './lib/data/built-files';
import { loadFallbackFontLater } from './lib/fallback-font';
import { createQueryClient } from './lib/query-client';
import { useAppStore } from './store/app-store';
import { startSitePersistence } from './store/site-persistence';
import { startUrlSync } from './store/url-sync';

// For the test that checks the shell paints before the app starts (see boot.ts).
performance.mark('xsbn:app-start');

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
  void queryClient.prefetchQuery(fontFacesQueryOptions());
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
createRoot(root, {
  onCaughtError: (error, info) => console.warn('caught by an error boundary:', error, info.componentStack),
}).render(
  <StrictMode>
    <AppProviders queryClient={queryClient}>
      <RootBoundary />
    </AppProviders>
  </StrictMode>,
);
