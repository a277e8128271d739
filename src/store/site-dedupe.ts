/**
 * Duplicate candidate sites, found when sites are imported (an import of the same file twice must not
 * double them). A site duplicates another when its outer ring has the same vertices (within 1e-6°,
 * starting anywhere, in either direction), or when it has the same name and an area within 0.1 %.
 * Pure: no store, no map.
 */
import type { Position } from 'geojson';
import type { Site } from './site-storage';

/** Vertex tolerance, degrees (about 0.1 m): the import rounds coordinates to 1e-6°. */
export const VERTEX_TOLERANCE = 1e-6;
/** Relative area difference under which two sites of the same name are the same. */
export const AREA_TOLERANCE = 0.001;

/** The ring without its closing vertex. */
function open(ring: Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a && b && a[0] === b[0] && a[1] === b[1] ? ring.slice(0, -1) : ring;
}

const near = (p: Position, q: Position) =>
  Math.abs((p[0] ?? 0) - (q[0] ?? 0)) <= VERTEX_TOLERANCE &&
  Math.abs((p[1] ?? 0) - (q[1] ?? 0)) <= VERTEX_TOLERANCE;

/** Whether two rings have the same vertices in the same cyclic order, from any start, either way round. */
export function sameRing(a: Position[], b: Position[]): boolean {
  const p = open(a);
  const q = open(b);
  const n = p.length;
  if (n === 0 || n !== q.length) return false;
  const first = p[0] as Position;
  for (let start = 0; start < n; start++) {
    if (!near(first, q[start] as Position)) continue;
    for (const dir of [1, -1]) {
      let all = true;
      for (let i = 1; i < n && all; i++)
        all = near(p[i] as Position, q[(start + dir * i + n * 2) % n] as Position);
      if (all) return true;
    }
  }
  return false;
}

/**
 * The outer ring's area on a local equal-area plane (m² up to a constant factor; only compared
 * with another site's, so the factor cancels): the shoelace formula with longitudes scaled by cos(latitude).
 */
export function relativeArea(ring: Position[]): number {
  const r = open(ring);
  if (r.length < 3) return 0;
  const lat0 = (r.reduce((s, p) => s + (p[1] ?? 0), 0) / r.length) * (Math.PI / 180);
  const k = Math.cos(lat0);
  let sum = 0;
  for (let i = 0; i < r.length; i++) {
    const p = r[i] as Position;
    const q = r[(i + 1) % r.length] as Position;
    sum += (p[0] ?? 0) * k * (q[1] ?? 0) - (q[0] ?? 0) * k * (p[1] ?? 0);
  }
  return Math.abs(sum) / 2;
}

const outer = (s: Site) => s.geometry.coordinates[0] ?? [];

/** Whether `a` duplicates `b` (see the module comment). */
export function isDuplicateSite(a: Site, b: Site): boolean {
  if (sameRing(outer(a), outer(b))) return true;
  if (a.name.trim() !== b.name.trim()) return false;
  const x = relativeArea(outer(a));
  const y = relativeArea(outer(b));
  return Math.max(x, y) > 0 && Math.abs(x - y) <= AREA_TOLERANCE * Math.max(x, y);
}

/**
 * Splits imported sites into those to add and those skipped as duplicates of an existing site or of one
 * earlier in the same import.
 */
export function dedupeSites(
  existing: readonly Site[],
  incoming: readonly Site[],
): { added: Site[]; skipped: Site[] } {
  const added: Site[] = [];
  const skipped: Site[] = [];
  for (const s of incoming) {
    if (existing.some((e) => isDuplicateSite(s, e)) || added.some((e) => isDuplicateSite(s, e)))
      skipped.push(s);
    else added.push(s);
  }
  return { added, skipped };
}
