import type { GeoData } from '@/features/geo/api/use-geo-data';
import type { KnownIds } from '@/store/reconcile';

export function knownIds(d: GeoData): KnownIds {
  return {
    industries: new Set(d.catalog.industries.map((i) => i.id)),
    links: new Map(d.catalog.links.map((l) => [l.id, l.industry])),
    parks: new Set(d.catalog.parks.map((p) => p.id)),
    nodes: new Set(d.nodes.features.map((f) => f.properties.id)),
    places: new Set(d.places.features.map((f) => f.properties.id)),
  };
}
