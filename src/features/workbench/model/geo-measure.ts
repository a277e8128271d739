/** Distances and areas for the measure tool and candidate sites (turf, WGS84, great-circle km). */
import area from '@turf/area';
import distance from '@turf/distance';
import { point, polygon } from '@turf/helpers';
import type { Position } from 'geojson';
import { closeRing } from '@/lib/geo/ring';
import { type AreaFigures, areaFigures } from '@/lib/geo/units';

/** Length of a path in km (sum of great-circle segment lengths). */
export function pathKm(coords: Position[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) {
    km += distance(point(coords[i - 1] as Position), point(coords[i] as Position), { units: 'kilometers' });
  }
  return km;
}

/** Area of the polygon the clicked vertices enclose, in m², km², ha and 亩; null for fewer than 3. */
export function ringArea(coords: Position[]): AreaFigures | null {
  if (coords.length < 3) return null;
  return areaFigures(area(polygon([closeRing(coords)])));
}
