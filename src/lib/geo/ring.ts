import type { Position } from 'geojson';

/** Closes an open ring of clicked vertices (≥ 3) into a polygon ring. */
export function closeRing(coords: Position[]): Position[] {
  const first = coords[0];
  const last = coords.at(-1);
  if (!first || !last) return [];
  return first[0] === last[0] && first[1] === last[1] ? coords : [...coords, first];
}
