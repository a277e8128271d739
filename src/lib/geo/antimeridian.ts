import type { Position } from 'geojson';

/** `lon` moved by whole turns to lie within 180° of `ref`. */
function near(lon: number, ref: number): number {
  const turns = Math.round((lon - ref) / 360);
  return turns === 0 ? lon : lon - 360 * turns;
}

/**
 * A polygon's rings with continuous longitudes (no edge jumps by more than 180°), the whole shifted by
 * whole turns so that the middle of its longitude span lies in [−180, 180). MapLibre gives longitudes
 * beyond ±180 once the map is panned across the antimeridian; a polygon across it keeps longitudes just
 * past ±180 (e.g. −180.1 … −179.9), which MapLibre and turf read as one small polygon, where wrapping
 * each vertex on its own would make it span the globe. Idempotent: a normalised polygon is unchanged.
 */
export function normalisePolygon(rings: Position[][]): [number, number][][] {
  const start = rings[0]?.[0]?.[0] ?? 0;
  const unwrapped = rings.map((ring) => {
    let ref = start;
    return ring.map((p): [number, number] => {
      const lon = near(p[0] ?? 0, ref);
      ref = lon;
      return [lon, p[1] ?? 0];
    });
  });
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const ring of unwrapped)
    for (const [lon] of ring) {
      min = Math.min(min, lon);
      max = Math.max(max, lon);
    }
  const turns = Number.isFinite(min) ? Math.round((min + max) / 2 / 360) : 0;
  if (turns === 0) return unwrapped;
  return unwrapped.map((ring) => ring.map(([lon, lat]): [number, number] => [lon - 360 * turns, lat]));
}
