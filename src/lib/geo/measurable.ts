/**
 * Whether an area can be measured at all: finite lon/lat in range, every ring with at least three
 * distinct corners, no ring crossing itself (a bow-tie's signed area cancels to nothing, its centroid
 * flies off the map) and a positive area. The metrics show "—" for anything else instead of a
 * nonsense figure. The import and drawing checks refuse such shapes earlier; this is the last guard.
 */
import type { Position } from 'geojson';
import { type Area, segmentsMeet } from './geodesic';

/** The self-crossing search stops after this many edge comparisons (a pathological ring). */
const MAX_COMPARISONS = 5_000_000;

const finite = (p: Position) => {
  const [x, y] = p;
  return (
    typeof x === 'number' &&
    typeof y === 'number' &&
    Number.isFinite(x) &&
    Number.isFinite(y) &&
    Math.abs(x) <= 540 &&
    Math.abs(y) <= 90
  );
};

/** The ring's corners without the closing repeat and without consecutive duplicates. */
function corners(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = out.at(-1);
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  const [f, l] = [out[0], out.at(-1)];
  if (out.length > 1 && f && l && f[0] === l[0] && f[1] === l[1]) out.pop();
  return out;
}

/** Adjacent edges s→u, u→v share a corner; they only go wrong when the second doubles back along the first. */
function doublesBack(s: Position, u: Position, v: Position): boolean {
  const [ux, uy] = [(u[0] ?? 0) - (s[0] ?? 0), (u[1] ?? 0) - (s[1] ?? 0)];
  const [vx, vy] = [(v[0] ?? 0) - (u[0] ?? 0), (v[1] ?? 0) - (u[1] ?? 0)];
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0;
}

/**
 * Whether two edges of the ring meet other than at their shared corner (a bow-tie, a figure eight, a
 * spike back along an edge). A sweep along longitude: each edge is compared only with those whose
 * longitude spans overlap; gives up (false) past a few million comparisons rather than block the page.
 */
export function ringCrossesItself(ring: Position[]): boolean {
  const c = corners(ring);
  const n = c.length;
  if (n < 3) return false;
  const x = (p: Position) => p[0] ?? 0;
  const y = (p: Position) => p[1] ?? 0;
  const edges = Array.from({ length: n }, (_, i) => {
    const a = c[i] as Position;
    const b = c[(i + 1) % n] as Position;
    return {
      i,
      a,
      b,
      x0: Math.min(x(a), x(b)),
      x1: Math.max(x(a), x(b)),
      y0: Math.min(y(a), y(b)),
      y1: Math.max(y(a), y(b)),
    };
  });
  edges.sort((e, f) => e.x0 - f.x0);
  let budget = MAX_COMPARISONS;
  for (let k = 0; k < n; k++) {
    const e = edges[k] as (typeof edges)[number];
    for (let m = k + 1; m < n; m++) {
      const f = edges[m] as (typeof edges)[number];
      if (f.x0 > e.x1) break;
      if (--budget < 0) return false;
      if (f.y0 > e.y1 || f.y1 < e.y0) continue;
      const [lo, hi] = e.i < f.i ? [e, f] : [f, e];
      if (hi.i === lo.i + 1) {
        if (doublesBack(lo.a, lo.b, hi.b)) return true;
      } else if (lo.i === 0 && hi.i === n - 1) {
        if (doublesBack(hi.a, hi.b, lo.b)) return true;
      } else if (segmentsMeet(e.a, e.b, f.a, f.b)) return true;
    }
  }
  return false;
}

/** Twice the signed area of a ring in the lon/lat plane, degrees² (relative to its first corner). */
function planarArea(ring: Position[]): number {
  const [ox, oy] = [ring[0]?.[0] ?? 0, ring[0]?.[1] ?? 0];
  let s = 0;
  for (let i = 1; i + 1 < ring.length; i++) {
    const p = ring[i] as Position;
    const q = ring[i + 1] as Position;
    s += ((p[0] ?? 0) - ox) * ((q[1] ?? 0) - oy) - ((q[0] ?? 0) - ox) * ((p[1] ?? 0) - oy);
  }
  return s;
}

export function isMeasurableArea(g: Area | null | undefined): boolean {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return false;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polys.length === 0) return false;
  for (const poly of polys) {
    const outer = poly[0];
    if (!outer || corners(outer).length < 3) return false;
    for (const ring of poly) {
      if (!ring.every(finite)) return false;
      if (ringCrossesItself(ring)) return false;
    }
  }
  // Some area (the planar shoelace in lon/lat is enough to tell nothing from something, and cheap).
  return polys.some((poly) => Math.abs(planarArea(poly[0] ?? [])) > 1e-14);
}
