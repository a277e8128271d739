/**
 * Is a point where its record says it is? Sane coordinates (coords.ts), inside the prefecture, inside the
 * expected county. Shared by the data build (checks.ts) and the bureau's in-browser import.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { FieldProblem } from '../schemas/node-references';
import { coordProblem, describeCoordProblem } from './coords';

type Area = Polygon | MultiPolygon;

/** County polygons are quantised to ~100 m and places on a border river sit on the line: allow 1.5 km. */
export const BORDER_TOLERANCE_KM = 1.5;

export interface CountyIndex {
  features: Map<string, Feature<Area, { id: string }>>;
  outlines: Map<string, Feature<LineString | MultiLineString>>;
}

export function indexCounties(counties: Feature<Area, { id: string }>[]): CountyIndex {
  const features = new Map(counties.map((c) => [c.properties.id, c]));
  const outlines = new Map(
    counties.map((c) => [c.properties.id, polygonToLine(c) as Feature<LineString | MultiLineString>]),
  );
  return { features, outlines };
}

/** km from the county, 0 when inside. */
export function kmOutsideCounty(idx: CountyIndex, county: string, lon: number, lat: number): number {
  const f = idx.features.get(county);
  const outline = idx.outlines.get(county);
  if (!f || !outline) return Number.POSITIVE_INFINITY;
  const pt = point([lon, lat]);
  if (booleanPointInPolygon(pt, f)) return 0;
  const lines =
    outline.geometry.type === 'LineString' ? [outline.geometry.coordinates] : outline.geometry.coordinates;
  return Math.min(
    ...lines.map((l) =>
      pointToLineDistance(pt, { type: 'LineString', coordinates: l }, { units: 'kilometers' }),
    ),
  );
}

export function countyOf(idx: CountyIndex, lon: number, lat: number): string | null {
  for (const [id, f] of idx.features) if (booleanPointInPolygon(point([lon, lat]), f)) return id;
  return null;
}

/**
 * Checks one point: sane coordinates, inside the prefecture, inside `county` (within `toleranceKm`).
 * `countyWhy` says why that county is expected (e.g. "the county of its park mengpeng").
 */
export function pointProblem(
  idx: CountyIndex,
  lon: number,
  lat: number,
  county: string,
  countyWhy: string,
  toleranceKm = BORDER_TOLERANCE_KM,
): FieldProblem | null {
  const field = 'lon,lat';
  const p = coordProblem(lon, lat);
  if (p) return { field, message: describeCoordProblem(p, lon, lat) };
  // Cheap containment first; distances to outlines (slow: thousands of segments) only when outside.
  const inCounty = countyOf(idx, lon, lat);
  if (inCounty === county) return null;
  if (inCounty === null) {
    const nearest = Math.min(...[...idx.features.keys()].map((c) => kmOutsideCounty(idx, c, lon, lat)));
    if (nearest > toleranceKm) {
      return {
        field,
        message: `(${lon}, ${lat}) is outside the prefecture, ${nearest.toFixed(1)} km from its boundary`,
      };
    }
  }
  if (kmOutsideCounty(idx, county, lon, lat) > toleranceKm) {
    return {
      field,
      message: `(${lon}, ${lat}) lies in ${inCounty ?? 'another county'}, outside ${county} (${countyWhy})`,
    };
  }
  return null;
}
