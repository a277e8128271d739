import { useQuery } from '@tanstack/react-query';
import {
  catalogQueryOptions,
  fontFacesQueryOptions,
  manifestQueryOptions,
  nodesQueryOptions,
  placesQueryOptions,
} from './geo-queries';

/** Everything the app needs before the map can be drawn: manifest, catalog, nodes, places, fonts. */
export function useGeoData() {
  const manifest = useQuery(manifestQueryOptions());
  const m = manifest.data;
  const catalog = useQuery(catalogQueryOptions(m));
  const nodes = useQuery(nodesQueryOptions(m));
  const places = useQuery(placesQueryOptions(m));
  const fonts = useQuery(fontFacesQueryOptions());
  const error = [manifest, catalog, nodes, places, fonts].find((q) => q.error)?.error ?? null;
  if (m && catalog.data && nodes.data && places.data && fonts.data) {
    return {
      status: 'ready' as const,
      manifest: m,
      catalog: catalog.data,
      nodes: nodes.data,
      places: places.data,
      fonts: fonts.data,
    };
  }
  return { status: error ? ('error' as const) : ('loading' as const), error };
}
export type GeoData = Extract<ReturnType<typeof useGeoData>, { status: 'ready' }>;
