/**
 * Distances and areas for the measure tool and candidate sites, on the CGCS2000 ellipsoid (geodesic
 * edges; src/lib/geo/geodesic).
 */
import type { Position } from 'geojson';
import { pathLengthM, polygonAreaM2 } from '@/lib/geo/geodesic';
import { isMeasurableArea } from '@/lib/geo/measurable';
import { closeRing } from '@/lib/geo/ring';
import { type AreaFigures, areaFigures } from '@/lib/geo/units';

/** Length of a path in km (the sum of its geodesic segments). */
export function pathKm(coords: Position[]): number {
  return pathLengthM(coords) / 1000;
}

/**
 * Area of the polygon the clicked vertices enclose, in m², km², ha and 亩; null for fewer than 3 corners
 * and for an outline that crosses itself (its area would be meaningless).
 */
export function ringArea(coords: Position[]): AreaFigures | null {
  if (coords.length < 3) return null;
  const g = { type: 'Polygon' as const, coordinates: [closeRing(coords)] };
  return isMeasurableArea(g) ? areaFigures(polygonAreaM2(g)) : null;
}
