import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonAreaM2 } from '../../../src/lib/geo/geodesic';
import { areaFigures } from '../../../src/lib/geo/units';

type Area = Polygon | MultiPolygon;

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Area in km², ha and 亩, and the bbox, for a polygon's properties. */
export function measureArea(f: Feature<Area>): {
  area_km2: number;
  area_ha: number;
  area_mu: number;
  bbox: number[];
} {
  // Ellipsoidal area (CGCS2000), the same measure as the workbench's.
  const a = areaFigures(polygonAreaM2(f.geometry));
  return {
    area_km2: round(a.km2, 3),
    area_ha: round(a.ha, 1),
    area_mu: Math.round(a.mu),
    bbox: bbox(f).map((v) => round(v, 4)),
  };
}

/** A label point inside the polygon: its centre of mass when that lies inside, else a point on it. */
export function labelPoint(f: Feature<Area>): Position {
  const c = centerOfMass(f);
  const p = booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
  return p.geometry.coordinates.map((v) => round(v, 4));
}

/** Rounds coordinates to 1e-5° (~1 m), which is far below the precision of any source here. */
export function roundCoords<T>(coords: T): T {
  if (typeof coords === 'number') return round(coords, 5) as T;
  if (Array.isArray(coords)) return coords.map(roundCoords) as T;
  return coords;
}
