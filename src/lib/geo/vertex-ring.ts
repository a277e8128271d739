import type { Position } from 'geojson';

/** Whether two positions are the same point (longitude and latitude equal). */
export function samePoint(a: Position | undefined, b: Position | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/** A ring as its distinct corners: no closing repeat of the first vertex. */
export function openRing(coords: Position[]): Position[] {
  return coords.length > 1 && samePoint(coords[0], coords.at(-1)) ? coords.slice(0, -1) : coords;
}

/**
 * The corners of a drawn or edited ring: consecutive repeats dropped (the two clicks of a double-click)
 * and the closing repeat too, so a ring of fewer than 3 entries has fewer than 3 distinct corners.
 */
export function distinctCorners(coords: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of coords) if (!samePoint(out.at(-1), p)) out.push(p);
  return openRing(out);
}

/** The middle of each edge of an open ring (edge i runs from corner i to corner i + 1, the last closes it). */
export function edgeMidpoints(ring: Position[]): Position[] {
  if (ring.length < 2) return [];
  return ring.map((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    return [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
  });
}
