import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ParkProfile } from '@/features/chains/components/park-profile';
import { DetailsPanel } from '@/features/details/details-panel';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { ParkCards } from '@/features/parks/components/park-directory';
import { SidePanel } from '../side-panel';

// MapLibre is most of the JS: the directory and park pages never load it.
const MapView = lazy(() => import('@/map/map-view').then((m) => ({ default: m.MapView })));

/**
 * The map page: the map with the side panel (legend, chains, gaps, matrix, planner tools) and the
 * details panel. Loaded as a chunk of its own, so the directory and profile pages do not carry it.
 */
export function MapPage({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const [mapError, setMapError] = useState<string | null>(null);
  return (
    <main className="body">
      {mapError ? (
        <section className="map-fallback" aria-labelledby="map-fallback-h">
          <p className="status error map-failed" role="alert" data-testid="map-error" title={mapError}>
            {t('noWebgl')}
          </p>
          {/* The directory is the map's text alternative: without the map, it takes the map's place. */}
          <h2 id="map-fallback-h">{t('directory.title')}</h2>
          <ParkCards data={data} />
        </section>
      ) : (
        <Suspense fallback={<p className="status">{t('loading')}</p>}>
          <MapView data={data} onError={setMapError} />
        </Suspense>
      )}
      <aside className="side">
        <SidePanel data={data} />
      </aside>
      <aside className="details-side">
        <DetailsPanel data={data} parkExtra={(park) => <ParkProfile park={park} data={data} />} />
      </aside>
    </main>
  );
}
