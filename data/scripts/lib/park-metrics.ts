/**
 * Static facts about each park, computed once at build time with turf so the app's scores stay pure:
 * distances to the nearest railway station, Mohan road port, the expressway and the airport, and the
 * overlap of the park's (schematic) outline with protected areas.
 */
import area from '@turf/area';
import distance from '@turf/distance';
import { featureCollection, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

export interface Access {
  station_id: string;
  station_km: number;
  port_km: number;
  expressway_km: number;
  airport_km: number;
}

export interface AccessInput {
  stations: { id: string; at: Position }[];
  mohanPort: Position;
  airport: Position;
  expressways: Feature<LineString>[];
}

/** Straight-line (great-circle) distances in km from a park's label point. */
export function parkAccess(at: Position, input: AccessInput): Access {
  const p = point(at);
  const km = (q: Position) => distance(p, point(q), { units: 'kilometers' });
  const nearest = input.stations.map((s) => ({ id: s.id, d: km(s.at) })).sort((a, b) => a.d - b.d)[0];
  const expressway = Math.min(
    ...input.expressways.map((l) => pointToLineDistance(p, l, { units: 'kilometers' })),
  );
  return {
    station_id: nearest?.id ?? '',
    station_km: round(nearest?.d ?? Number.NaN),
    port_km: round(km(input.mohanPort)),
    expressway_km: round(expressway),
    airport_km: round(km(input.airport)),
  };
}

/** Hectares of `park` inside any of `areas`, and that as a share of the park. */
export function protectedOverlap(
  park: Feature<Area>,
  areas: Feature<Area>[],
): { ha: number; share: number; ids: string[] } {
  let m2 = 0;
  const ids: string[] = [];
  for (const a of areas) {
    const x = intersect(featureCollection([park, a]));
    if (!x) continue;
    const part = area(x);
    if (part > 1) {
      m2 += part;
      ids.push(String(a.properties?.id ?? ''));
    }
  }
  const total = area(park);
  return { ha: round(m2 / 1e4), share: total > 0 ? round(m2 / total, 3) : 0, ids };
}
