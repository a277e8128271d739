import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '@/features/details/details-panel';
import { useGeoData } from '@/features/geo/api/use-geo-data';
import { LegendPanel } from '@/features/legend/legend-panel';
import { MapView } from '@/map/map-view';
import { useAppStore } from '@/store/app-store';
import { selectionExists } from './selection-exists';
import { Header } from './header';
import { Notice } from './notice';

/** Page layout: the only place features are composed. */
export function App() {
  const { t } = useTranslation();
  const geo = useGeoData();
  const [mapError, setMapError] = useState<string | null>(null);
  const ready = geo.status === 'ready' ? geo : null;
  useEffect(
    function dropUnknownSelection() {
      // A shared link may name a record that a later data build removed: say so and clear it.
      const { selection, select, setNotice } = useAppStore.getState();
      if (ready && selection && !selectionExists(ready, selection)) {
        select(null);
        setNotice(t('ignoredParams', { list: `sel=${selection.kind}:${selection.id}` }));
      }
    },
    [ready, t],
  );
  return (
    <div className="app">
      <Header />
      <Notice />
      <main className="body">
        {geo.status === 'loading' ? <p className="status">{t('loading')}</p> : null}
        {geo.status === 'error' ? (
          <p className="status error" role="alert">
            {t('loadFailed', { msg: geo.error instanceof Error ? geo.error.message : String(geo.error) })}
          </p>
        ) : null}
        {geo.status === 'ready' ? (
          <>
            {mapError ? (
              <p className="status error" role="alert" data-testid="map-error">
                {t('mapFailed', { msg: mapError })}
              </p>
            ) : (
              <MapView data={geo} onError={setMapError} />
            )}
            <aside className="side">
              <DetailsPanel data={geo} />
              <LegendPanel data={geo} />
            </aside>
          </>
        ) : null}
      </main>
    </div>
  );
}
