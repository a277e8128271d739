/**
 * Snapping a drawn or dragged point onto an existing vertex: pure, so the map (src/map/snap-target.ts)
 * only gathers candidates near the pointer and projects them to the screen.
 */
import type { Geometry, Position } from 'geojson';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** How near (in CSS pixels) the pointer must come to a vertex to snap onto it. */
export const SNAP_TOLERANCE_PX = 10;

/**
 * The candidate nearest to the pointer within `tolerance` pixels (inclusive), or null. Ties keep the
 * first candidate, so callers list the preferred kind (e.g. parks) first.
 */
export function nearestCandidate<T extends { screen: ScreenPoint }>(
  pointer: ScreenPoint,
  candidates: Iterable<T>,
  tolerance = SNAP_TOLERANCE_PX,
): T | null {
  let best: T | null = null;
  let bestD2 = tolerance * tolerance;
  for (const c of candidates) {
    const dx = c.screen.x - pointer.x;
    const dy = c.screen.y - pointer.y;
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2 || (d2 === bestD2 && best === null)) {
      best = c;
      bestD2 = d2;
    }
  }
  return best;
}

/** A box in longitude/latitude: [west, south, east, north]. */
export type LonLatBox = [number, number, number, number];

/** Every vertex of a geometry (a ring's closing repeat included: it is the same point as the first). */
export function geometryVertices(g: Geometry | null | undefined): Position[] {
  if (!g) return [];
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(geometryVertices);
  }
}

/** The vertices inside a box (the box is where the pointer's tolerance reaches, so only those can snap). */
export function verticesInBox(g: Geometry | null | undefined, box: LonLatBox): Position[] {
  const [w, s, e, n] = box;
  return geometryVertices(g).filter((p) => {
    const x = p[0] ?? Number.NaN;
    const y = p[1] ?? Number.NaN;
    return x >= w && x <= e && y >= s && y <= n;
  });
}

/**
 * Feature bounding boxes of a collection, built once per collection: the features a pointer box can
 * touch are found without walking every vertex of a large imported layer.
 */
export class BoxIndex {
  private readonly boxes: Float64Array;
  constructor(private readonly features: readonly GeoJSON.Feature[]) {
    this.boxes = new Float64Array(features.length * 4);
    features.forEach((f, i) => {
      let w = Number.POSITIVE_INFINITY;
      let s = Number.POSITIVE_INFINITY;
      let e = Number.NEGATIVE_INFINITY;
      let n = Number.NEGATIVE_INFINITY;
      for (const p of geometryVertices(f.geometry)) {
        const x = p[0] ?? Number.NaN;
        const y = p[1] ?? Number.NaN;
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      }
      this.boxes.set([w, s, e, n], i * 4);
    });
  }
  /** The vertices, of features whose box meets `box`, that lie inside `box`. */
  vertices(box: LonLatBox): Position[] {
    const [w, s, e, n] = box;
    const out: Position[] = [];
    const b = this.boxes;
    for (let i = 0; i < this.features.length; i++) {
      const o = i * 4;
      if ((b[o] ?? 0) > e || (b[o + 2] ?? 0) < w || (b[o + 1] ?? 0) > n || (b[o + 3] ?? 0) < s) continue;
      out.push(...verticesInBox(this.features[i]?.geometry, box));
    }
    return out;
  }
}
