/**
 * A point for a record that has no coordinates (no address given): inside its park's schematic outline,
 * chosen from the record's id alone, so the same record always lands on the same point and several such
 * records of one park spread over the outline instead of sitting on one spot.
 */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** FNV-1a, 32 bit. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small seeded generator in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

function largestPart(g: Polygon | MultiPolygon): Polygon {
  if (g.type === 'Polygon') return g;
  const parts = g.coordinates.map((c): Polygon => ({ type: 'Polygon', coordinates: c }));
  return parts.reduce((best, p) => (area(p) > area(best) ? p : best));
}

/** ~100 m: a placed point keeps this far from the outline where the outline allows it. */
const MARGIN_DEG = 0.001;
const TRIES = 400;

export function placeInPark(park: Polygon | MultiPolygon, id: string): [number, number] {
  const poly = largestPart(park);
  const inside = (p: Position) => booleanPointInPolygon(p, poly, { ignoreBoundary: true });
  const ring = poly.coordinates[0] ?? [];
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const next = generator(hash(id));
  for (const margin of [MARGIN_DEG, 0]) {
    for (let i = 0; i < TRIES; i++) {
      const p: [number, number] = [round5(w + next() * (e - w)), round5(s + next() * (n - s))];
      const clear =
        inside(p) &&
        (margin === 0 ||
          [
            [margin, 0],
            [-margin, 0],
            [0, margin],
            [0, -margin],
          ].every(([dx = 0, dy = 0]) => inside([p[0] + dx, p[1] + dy])));
      if (clear) return p;
    }
  }
  // A sliver the sampling never hit: turf's point on the surface (rounded only if that stays inside).
  const [x = 0, y = 0] = pointOnFeature(poly).geometry.coordinates;
  const r: [number, number] = [round5(x), round5(y)];
  return inside(r) ? r : [x, y];
}
