import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGeoData } from '@/features/geo/api/use-geo-data';
import { ParkDirectory } from '@/features/parks/components/park-directory';
import { useAppStore } from '@/store/app-store';
import { knownIds } from './known-ids';
import { reconcileView } from '@/store/reconcile';
import { Header } from './header';
import { Notice } from './notice';
import { ParkPage } from './pages/park-page';

// The map page (MapLibre, the side and details panels, the planner tools) is its own chunk: the
// directory and park pages never load it. main.tsx starts loading it early when the map is the page.
const MapPage = lazy(() => import('./pages/map-page').then((m) => ({ default: m.MapPage })));

/** Page layout: the only place features are composed. */
export function App() {
  const { t } = useTranslation();
  const page = useAppStore((s) => s.page);
  const geo = useGeoData({ withFonts: page === 'map' });
  const ready = geo.status === 'ready' ? geo : null;
  useEffect(
    function dropUnknownIds() {
      // A shared link may name records a later data build removed: say so and drop them.
      if (!ready) return;
      const { patch, ignored } = reconcileView(useAppStore.getState(), knownIds(ready));
      if (ignored.length > 0)
        useAppStore.setState({ ...patch, notice: t('ignoredParams', { list: ignored.join(', ') }) });
    },
    [ready, t],
  );
  const [dragging, setDragging] = useState(false);
  // Files dropped anywhere on the page are imported (they never leave the browser).
  const onDrop = async (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    useAppStore.getState().setPanel('checks');
    const { importIntoStore } = await import('@/features/workbench/components/import-into-store');
    const error = await importIntoStore(files, { gcj02: false, redline: false }, t);
    if (error) useAppStore.getState().setNotice(error);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the 导入 / Import button is the keyboard path
    <div
      className={`app${dragging ? ' dragging' : ''}${page === 'map' ? '' : ' on-page'}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <Header />
      <Notice />
      {geo.status === 'loading' ? <p className="status">{t('loading')}</p> : null}
      {geo.status === 'error' ? (
        <p className="status error" role="alert">
          {t('loadFailed', { msg: geo.error instanceof Error ? geo.error.message : String(geo.error) })}
        </p>
      ) : null}
      {geo.status === 'ready' && page === 'parks' ? <ParkDirectory data={geo} /> : null}
      {geo.status === 'ready' && page.startsWith('park:') ? <ParkPage id={page.slice(5)} data={geo} /> : null}
      {geo.status === 'ready' && page === 'map' ? (
        <Suspense fallback={<p className="status">{t('loading')}</p>}>
          <MapPage data={geo} />
        </Suspense>
      ) : null}
    </div>
  );
}
