import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { BriefingLauncher } from '@/features/briefing/components/briefing-launcher';
import { retryableLazy } from '@/components/ui/retryable-lazy';
import { PrintHead } from '@/features/handover/components/print-head';
import { ShareExport } from '@/features/handover/components/share-export';
import { ParkDirectory } from '@/features/parks/components/park-directory';
import { type GeoState, useGeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { reconcileView } from '@/store/reconcile';
import { removeOverview } from '@/map/overview';
import { onMapSettled } from '@/lib/map-settled';
import { DataStatus } from './data-status';
import { DropZone } from './drop-zone';
import { Header } from './header';
import { Notice } from './notice';
import { pageMeta } from './page-meta';
import { SkipLinks } from './skip-links';
import { ParkPage } from './pages/park-page';

// The map page (MapLibre, the side and details panels, the planner tools) is its own chunk: the
// directory and park pages never load it. main.tsx starts loading it early when the map is the page.
const MapPage = retryableLazy(() => import('./pages/map-page').then((m) => m.MapPage));
// The monitoring page (its charts library, the spreadsheet reader) loads only when it is opened.
const MonitorPage = retryableLazy(() => import('./pages/monitor-page').then((m) => m.MonitorPage));

declare global {
  interface Window {
    /** performance.now() when the whole data was first ready, the panels filled (for `npm run bench`). */
    __dataReadyAt?: number;
  }
}

/** A shared link may name records a later data build removed: say so and drop them. */
function useDropUnknownIds(geo: GeoState) {
  const data = geo.status === 'ready' ? geo.data : null;
  useEffect(
    function dropUnknownIds() {
      if (!data) return;
      const { patch, ignored } = reconcileView(useAppStore.getState(), data.index.ids);
      if (ignored.length > 0)
        useAppStore.setState({
          ...patch,
          notice: { key: 'ignoredParams', params: { list: ignored.join(', ') } },
        });
    },
    [data],
  );
}

/** The document's title: the page's (a park's name, the directory), as the pre-rendered pages have it. */
function usePageTitle(geo: GeoState) {
  const { i18n } = useTranslation();
  const page = useAppStore((s) => s.page);
  const lang = useAppStore((s) => s.lang);
  const catalog = geo.status === 'ready' ? geo.data.catalog : null;
  useEffect(
    function pageTitle() {
      const t = i18n.getFixedT(lang);
      document.title = catalog ? pageMeta(page, catalog, lang, t).title : t('title');
    },
    [i18n, catalog, page, lang],
  );
}

/** The imported layers come back from IndexedDB (and are saved from then on): started after the first render. */
function useLayerPersistence() {
  const { i18n } = useTranslation();
  useEffect(
    function keepImportedLayers() {
      import('./layer-persistence')
        .then((m) => m.startLayerPersistence(i18n))
        .catch((e: unknown) => console.warn('imported layers are not kept:', e));
    },
    [i18n],
  );
}

/** Page layout: the only place features are composed. Each part fails on its own. */
export function App() {
  const { t } = useTranslation();
  useLayerPersistence();
  const page = useAppStore((s) => s.page);
  // The map may start before the nodes are parsed (a tiled build) when it opens on its first view:
  // no record to select, no text to match, no camera. Decided once: the map is never made twice.
  const [boot] = useState(() => {
    const s = useAppStore.getState();
    return s.page === 'map' && s.selection === null && s.camera === null && s.q === '';
  });
  // On the boot data the nodes' parse waits for the map's first idle (or a failed map, or 8 s): the
  // map is usable sooner and the panels come as soon after. Another page releases them at once.
  const [holdNodes, setHoldNodes] = useState(boot);
  useEffect(
    function releaseNodesWhenTheMapSettles() {
      if (!holdNodes) return;
      if (page !== 'map') return setHoldNodes(false);
      return onMapSettled(() => setHoldNodes(false));
    },
    [holdNodes, page],
  );
  const geo = useGeoData({ withFonts: page === 'map', boot, holdNodes });
  useDropUnknownIds(geo);
  useEffect(
    function markDataReady() {
      if (geo.status === 'ready') window.__dataReadyAt ??= performance.now();
    },
    [geo.status],
  );
  usePageTitle(geo);
  useEffect(
    function overviewOnlyOnTheMap() {
      // index.html's static overview is the map's first picture: another page, or data that failed, drops it.
      if (page !== 'map' || geo.status === 'error') removeOverview();
    },
    [page, geo.status],
  );
  const kind =
    page === 'map' ? 'map' : page === 'parks' ? 'directory' : page.startsWith('monitor') ? 'monitor' : 'park';
  // What the page is drawn from: the data, or for the map alone its boot data while the nodes load
  // (the same element either way, so the map made on the boot data stays).
  const pageData =
    geo.status === 'ready'
      ? geo.data
      : geo.status === 'loading' && kind === 'map'
        ? (geo.boot ?? null)
        : null;
  return (
    <DropZone className={`app${page === 'map' ? '' : ' on-page'}`}>
      <SkipLinks />
      <ErrorBoundary name="header" what={t('areas.header')}>
        <Header
          tools={
            geo.status === 'ready' ? (
              <>
                <BriefingLauncher data={geo.data} />
                <ShareExport data={geo.data} />
              </>
            ) : null
          }
        />
      </ErrorBoundary>
      <Notice />
      {geo.status === 'ready' ? <PrintHead data={geo.data} /> : null}
      <DataStatus geo={geo} mapBooting={geo.status === 'loading' && pageData !== null} />
      {pageData ? (
        <ErrorBoundary
          key={kind}
          name={`page-${kind}`}
          size="page"
          what={t(
            kind === 'map'
              ? 'areas.mapPage'
              : kind === 'directory'
                ? 'areas.directory'
                : kind === 'monitor'
                  ? 'areas.monitorPage'
                  : 'areas.parkPage',
          )}
          onRetry={kind === 'monitor' ? MonitorPage.reset : MapPage.reset}
        >
          {kind === 'directory' && geo.status === 'ready' ? <ParkDirectory data={geo.data} /> : null}
          {kind === 'park' && geo.status === 'ready' ? <ParkPage id={page.slice(5)} data={geo.data} /> : null}
          {kind === 'monitor' && geo.status === 'ready' ? (
            <Suspense fallback={<p className="status">{t('loading')}</p>}>
              <MonitorPage.Component
                park={page.startsWith('monitor:') ? page.slice(8) : null}
                data={geo.data}
              />
            </Suspense>
          ) : null}
          {kind === 'map' ? (
            <Suspense fallback={<p className="status">{t('loading')}</p>}>
              <MapPage.Component data={pageData} booting={geo.status !== 'ready'} />
            </Suspense>
          ) : null}
        </ErrorBoundary>
      ) : null}
    </DropZone>
  );
}

/** The app behind one last boundary: whatever no inner boundary caught still leaves a message and Retry. */
export function RootBoundary() {
  const { t } = useTranslation();
  return (
    <ErrorBoundary name="app" size="page" what={t('areas.app')}>
      <App />
    </ErrorBoundary>
  );
}
