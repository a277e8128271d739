import type { GeoData } from '@/features/geo/api/use-geo-data';
import type { Selection } from '@/store/app-store';

/** Whether a selection names a record in the built data. */
export function selectionExists(data: GeoData, s: Selection): boolean {
  if (s.kind === 'park') return data.catalog.parks.some((p) => p.id === s.id);
  const list = s.kind === 'node' ? data.nodes.features : data.places.features;
  return list.some((f) => f.properties.id === s.id);
}
