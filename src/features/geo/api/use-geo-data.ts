import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  catalogQueryOptions,
  fontFacesQueryOptions,
  manifestQueryOptions,
  nodesQueryOptions,
  placesQueryOptions,
} from './geo-queries';

/** Everything the app needs before the map can be drawn: manifest, catalog, nodes, places, fonts. */
export function useGeoData({ withFonts = true }: { withFonts?: boolean } = {}) {
  const manifest = useQuery(manifestQueryOptions());
  const m = manifest.data;
  const catalog = useQuery(catalogQueryOptions(m));
  const nodes = useQuery(nodesQueryOptions(m));
  const places = useQuery(placesQueryOptions(m));
  // Only the map draws with the font-face list; the directory and park pages do not wait for it.
  const fonts = useQuery({ ...fontFacesQueryOptions(), enabled: withFonts });
  const error = [manifest, catalog, nodes, places, fonts].find((q) => q.error)?.error ?? null;
  const c = catalog.data;
  const n = nodes.data;
  const p = places.data;
  const f = withFonts ? fonts.data : [];
  // One stable object once everything is there, so effects keyed on it run once.
  return useMemo(() => {
    if (m && c && n && p && f) {
      return { status: 'ready' as const, manifest: m, catalog: c, nodes: n, places: p, fonts: f };
    }
    return { status: error ? ('error' as const) : ('loading' as const), error };
  }, [m, c, n, p, f, error]);
}
export type GeoData = Extract<ReturnType<typeof useGeoData>, { status: 'ready' }>;
