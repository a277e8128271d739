import { Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { retryableLazy } from '@/components/ui/retryable-lazy';
import { SheetHandle } from '@/components/ui/sheet-handle';
import { ParkProfile } from '@/features/chains/components/park-profile';
import { LegendPanel } from '@/features/legend/legend-panel';
import { useAppStore } from '@/store/app-store';
import { DetailsPanel } from '@/features/details/details-panel';
import { ParkCards } from '@/features/parks/components/park-directory';
import { PageLink } from '@/features/parks/components/park-link';
import type { GeoData } from '@/lib/data/use-geo-data';
import { SidePanel } from '../side-panel';
import { useRouteHighlight } from '../use-route-highlight';

// MapLibre is most of the JS: the directory and park pages never load it.
const MapView = retryableLazy(() => import('@/map/map-view').then((m) => m.MapView));
// An imported feature's attributes (a click on it): the card loads with the first pick.
const FeatureAttributes = retryableLazy(() =>
  import('@/features/workbench/components/feature-attributes').then((m) => m.FeatureAttributes),
);
// The briefing's presenter (its steps, the QR code) loads only when a briefing starts.
const BriefingPresenter = retryableLazy(() =>
  import('@/features/briefing/components/briefing-presenter').then((m) => m.BriefingPresenter),
);

/**
 * The map page: the map with the side panel (legend, chains, gaps, matrix, planner tools) and the
 * details panel, each behind its own error boundary. Loaded as a chunk of its own, so the directory
 * and profile pages do not carry it.
 */
export function MapPage({ data, booting = false }: { data: GeoData; booting?: boolean }) {
  const { t } = useTranslation();
  const [mapError, setMapError] = useState<string | null>(null);
  useRouteHighlight(data);
  const briefing = useAppStore((s) => s.briefing !== null);
  const picked = useAppStore((s) => s.selectedImported !== null);
  // On a phone the details take the bottom sheet while a record is selected; the explorer's sheet
  // yields (hidden, its state kept) and comes back as it was when the details close.
  const detailsOpen = useAppStore((s) => s.selection !== null) || picked;
  const detailsSheet = useAppStore((s) => s.detailsSheet);
  const setDetailsSheet = useAppStore((s) => s.setDetailsSheet);
  const detailsRef = useRef<HTMLElement>(null);
  const mapCanvas = useCallback(() => document.querySelector<HTMLElement>('.maplibregl-canvas'), []);
  return (
    <main id="main" className={`body${detailsOpen ? ' has-details' : ''}`}>
      {/* The page's one h1, for screen readers (the header's title is not a heading). */}
      <h1 className="sr-only">{t('access.mapHeading')}</h1>
      {mapError ? (
        <section className="map-fallback" aria-labelledby="map-fallback-h">
          <p className="status error map-failed" role="alert" data-testid="map-error" title={mapError}>
            {t('noWebgl')}
          </p>
          {/* The directory is the map's text alternative: without the map, it takes the map's place. */}
          <h2 id="map-fallback-h">{t('directory.title')}</h2>
          {/* Booting, the data has no nodes yet: the cards (their counts) wait for them. */}
          {booting ? <p className="status">{t('loading')}</p> : <ParkCards data={data} />}
        </section>
      ) : (
        <ErrorBoundary name="map" what={t('areas.map')} size="page" onRetry={MapView.reset}>
          <Suspense fallback={<p className="status">{t('loading')}</p>}>
            <MapView.Component data={data} onError={setMapError} />
          </Suspense>
        </ErrorBoundary>
      )}
      {briefing && !booting ? (
        <div className="brief-slot">
          <ErrorBoundary name="briefing" what={t('briefing.title')} onRetry={BriefingPresenter.reset}>
            <Suspense fallback={null}>
              <BriefingPresenter.Component data={data} />
            </Suspense>
            <aside className="brief-legend panel" aria-label={t('legend')}>
              <LegendPanel data={data} />
            </aside>
          </ErrorBoundary>
        </div>
      ) : null}
      <aside id="side" className="side" aria-label={t('access.sidePanel')}>
        {/* Booting (see GeoState): the map starts on what it needs; the panels wait for the nodes. */}
        <SidePanel data={booting ? null : data} />
      </aside>
      <aside
        className="details-side sheet"
        aria-label={t('access.details')}
        ref={detailsRef}
        data-sheet={detailsSheet}
        data-map-cover={detailsOpen ? '' : undefined}
      >
        {detailsOpen ? (
          <SheetHandle
            state={detailsSheet}
            onChange={setDetailsSheet}
            sheet={detailsRef}
            testId="details-sheet-handle"
          />
        ) : null}
        <div className="details-scroll">
          {picked ? (
            <ErrorBoundary
              name="feature-attributes"
              what={t('areas.details')}
              onRetry={FeatureAttributes.reset}
            >
              <Suspense fallback={null}>
                <FeatureAttributes.Component />
              </Suspense>
            </ErrorBoundary>
          ) : null}
          {booting && detailsOpen ? <p className="status">{t('loading')}</p> : null}
          {booting ? null : (
            <ErrorBoundary name="details" what={t('areas.details')}>
              <DetailsPanel
                data={data}
                fallbackFocus={mapCanvas}
                parkExtra={(park) => (
                  <>
                    <p>
                      <PageLink
                        page={`monitor:${park.id}`}
                        className="to-monitor"
                        testId="details-to-monitor"
                      >
                        {t('nav.monitor')} →
                      </PageLink>
                    </p>
                    <ParkProfile park={park} data={data} />
                  </>
                )}
              />
            </ErrorBoundary>
          )}
        </div>
      </aside>
    </main>
  );
}
