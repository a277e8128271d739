/**
 * Coordinate sanity checks that name the likely mistake: projected metres (e.g. CGCS2000
 * Gauss–Krüger or Web Mercator), lon/lat swapped, or a point far from Xishuangbanna.
 */

/** Generous box around the prefecture (19,125 km², 99.9–101.9°E, 21.1–22.6°N) and its neighbours. */
export const REGION_BOX = { west: 99.0, south: 20.4, east: 102.8, north: 23.4 } as const;

export type CoordProblem = 'projected' | 'swapped' | 'not-finite' | 'out-of-range' | null;

export function coordProblem(lon: number, lat: number): CoordProblem {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'not-finite';
  const inBox = (x: number, y: number) =>
    x >= REGION_BOX.west && x <= REGION_BOX.east && y >= REGION_BOX.south && y <= REGION_BOX.north;
  // Swapped first: a latitude of 101 is out of range, but it is a longitude, not metres.
  if (!inBox(lon, lat) && inBox(lat, lon)) return 'swapped';
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return 'projected';
  if (!inBox(lon, lat)) return 'out-of-range';
  return null;
}

export function describeCoordProblem(p: Exclude<CoordProblem, null>, lon: number, lat: number): string {
  const at = `(${lon}, ${lat})`;
  switch (p) {
    case 'not-finite':
      return `coordinate ${at} is not a number`;
    case 'projected':
      return `coordinate ${at} looks projected (metres, e.g. CGCS2000 Gauss–Krüger or EPSG:3857); data/ must be WGS84 longitude/latitude in degrees`;
    case 'swapped':
      return `coordinate ${at} has longitude and latitude swapped: expected lon ≈ 100–102, lat ≈ 21–22.5`;
    case 'out-of-range':
      return `coordinate ${at} is far outside Xishuangbanna (expected lon 99–102.8, lat 20.4–23.4)`;
  }
}

/** Walks every position of a GeoJSON geometry's coordinates. */
export function eachPosition(coords: unknown, fn: (lon: number, lat: number) => void): void {
  if (!Array.isArray(coords)) return;
  if (coords.length >= 2 && typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    fn(coords[0], coords[1]);
    return;
  }
  for (const c of coords) eachPosition(c, fn);
}

/** First coordinate problem in a geometry, described; null when all positions are fine. */
export function geometryCoordProblem(coords: unknown): string | null {
  let found: string | null = null;
  eachPosition(coords, (lon, lat) => {
    if (found) return;
    const p = coordProblem(lon, lat);
    if (p) found = describeCoordProblem(p, lon, lat);
  });
  return found;
}
