/**
 * What a planner needs to know about a candidate site (a drawn or imported polygon): area, county,
 * nearest park, distances to the nearest railway station, the nearest road or rail border port (the
 * kind the parks' access uses), the nearest expressway and the airport,
 * and its overlap with protected areas. Straight-line (great-circle) km; areas in m²/km²/ha/亩.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import distance from '@turf/distance';
import { featureCollection, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { type AreaFigures, areaFigures } from '@/lib/geo/units';

export type Area = Polygon | MultiPolygon;
export type IdFeature<G extends Feature['geometry']> = Feature<G, { id: string; [k: string]: unknown }>;

export interface SiteContext {
  counties: IdFeature<Area>[];
  parks: IdFeature<Area>[];
  protectedAreas: IdFeature<Area>[];
  stations: IdFeature<GeoJSON.Point>[];
  /** The road and rail border ports (port_kind road | rail). */
  borderPorts: IdFeature<GeoJSON.Point>[];
  airport: Position | null;
  expressways: Feature<LineString>[];
}

export interface SiteMetrics {
  area: AreaFigures;
  centre: Position;
  county: string | null;
  nearestPark: { id: string; km: number };
  station: { id: string; km: number };
  /** null when no port is in the data (a places file that failed to load). */
  port: { id: string; km: number } | null;
  expresswayKm: number | null;
  airportKm: number | null;
  protectedOverlap: { m2: number; ha: number; mu: number; ids: string[] };
}

const km = (a: Position, b: Position) => distance(point(a), point(b), { units: 'kilometers' });

/** km from a point to a polygon's edge; 0 when the point is inside. */
export function kmToArea(p: Position, f: Feature<Area>): number {
  if (booleanPointInPolygon(p, f)) return 0;
  const outline = polygonToLine(f) as Feature<LineString | MultiLineString>;
  const lines =
    outline.geometry.type === 'LineString' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  return Math.min(
    ...lines.map((l) =>
      pointToLineDistance(point(p), { type: 'LineString', coordinates: l }, { units: 'kilometers' }),
    ),
  );
}

/** Area of `site` inside each of `areas`, summed; with the ids it touches. */
export function overlapWith(site: Feature<Area>, areas: IdFeature<Area>[]): { m2: number; ids: string[] } {
  let m2 = 0;
  const ids: string[] = [];
  for (const a of areas) {
    const x = intersect(featureCollection([site, a]));
    const part = x ? area(x) : 0;
    if (part > 1) {
      m2 += part;
      ids.push(a.properties.id);
    }
  }
  return { m2, ids };
}

export function siteMetrics(site: Feature<Area>, ctx: SiteContext): SiteMetrics {
  const centre = centerOfMass(site).geometry.coordinates;
  const county = ctx.counties.find((c) => booleanPointInPolygon(centre, c))?.properties.id ?? null;
  // A site that overlaps a park is 0 km from it; otherwise the distance from its centre to the park's edge.
  const parkDist = ctx.parks.map((p) => ({
    id: p.properties.id,
    km: intersect(featureCollection([site, p])) ? 0 : kmToArea(centre, p),
  }));
  const nearestPark = parkDist.sort((a, b) => a.km - b.km || a.id.localeCompare(b.id))[0] ?? {
    id: '',
    km: Number.NaN,
  };
  const station = ctx.stations
    .map((s) => ({ id: s.properties.id, km: km(centre, s.geometry.coordinates) }))
    .sort((a, b) => a.km - b.km)[0] ?? { id: '', km: Number.NaN };
  const overlap = overlapWith(site, ctx.protectedAreas);
  const o = areaFigures(overlap.m2);
  return {
    area: areaFigures(area(site)),
    centre,
    county,
    nearestPark,
    station,
    port:
      ctx.borderPorts
        .map((s) => ({ id: s.properties.id, km: km(centre, s.geometry.coordinates) }))
        .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id))[0] ?? null,
    expresswayKm:
      ctx.expressways.length > 0
        ? Math.min(
            ...ctx.expressways.map((l) => pointToLineDistance(point(centre), l, { units: 'kilometers' })),
          )
        : null,
    airportKm: ctx.airport ? km(centre, ctx.airport) : null,
    protectedOverlap: { m2: overlap.m2, ha: o.ha, mu: o.mu, ids: overlap.ids },
  };
}
