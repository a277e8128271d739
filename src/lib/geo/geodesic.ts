/**
 * Areas and distances on the CGCS2000 ellipsoid, the way a land survey measures them: geodesic edges,
 * GeographicLib's algorithms (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 2013;
 * geographiclib-geodesic). Metres and square metres; positions are GeoJSON [lon, lat] in degrees.
 *
 * CGCS2000's ellipsoid (a = 6,378,137 m, f = 1/298.257222101) differs from WGS84's (f = 1/298.257223563)
 * by 0.1 mm in the semi-minor axis b, far below any survey's precision, so WGS84 coordinates (GeoJSON,
 * GPS) are measured on it directly, with no datum shift.
 *
 * Distances to a segment or a polygon are to the nearest point of the segment or of the polygon's edge
 * (0 inside), found on the geodesic itself; a coarse local-plane estimate only prunes the candidates.
 */
import * as geographiclib from 'geographiclib-geodesic';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** The CGCS2000 ellipsoid (GB/T 2012 "2000 国家大地坐标系"). */
export const CGCS2000 = { a: 6378137, f: 1 / 298.257222101 } as const;

/** The package is UMD: Node gives it as `default`, a bundler as named exports. */
type Lib = typeof geographiclib;
const lib: Lib = (geographiclib as unknown as { default?: Lib }).default ?? geographiclib;
const geod = new lib.Geodesic.Geodesic(CGCS2000.a, CGCS2000.f);
const DIST = lib.Geodesic.DISTANCE;
const DIST_AZI = lib.Geodesic.DISTANCE | lib.Geodesic.AZIMUTH;
const LINE_CAPS = lib.Geodesic.STANDARD | lib.Geodesic.DISTANCE_IN;
/** A mean Earth radius, only for the step of the nearest-point iteration (its fixed point is exact). */
const R = 6371008.8;

const lon = (p: Position) => p[0] ?? Number.NaN;
const lat = (p: Position) => p[1] ?? Number.NaN;

export type Area = Polygon | MultiPolygon;
export type Line = Position[] | LineString | MultiLineString;

/** Geodesic distance between two positions, m. */
export function distanceM(a: Position, b: Position): number {
  return geod.Inverse(lat(a), lon(a), lat(b), lon(b), DIST).s12 ?? Number.NaN;
}

/** Length of a path of geodesic segments, m. */
export function pathLengthM(coords: Position[]): number {
  let m = 0;
  for (let i = 1; i < coords.length; i++) m += distanceM(coords[i - 1] as Position, coords[i] as Position);
  return m;
}

/** The distinct vertices of a ring (the closing repeat and consecutive duplicates dropped). */
function openRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = out.at(-1);
    if (!q || lon(q) !== lon(p) || lat(q) !== lat(p)) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (out.length > 1 && first && last && lon(first) === lon(last) && lat(first) === lat(last)) out.pop();
  return out;
}

/** Area enclosed by one ring with geodesic edges, m², whichever way it runs (0 for fewer than 3 vertices). */
export function ringAreaM2(ring: Position[]): number {
  const pts = openRing(ring);
  if (pts.length < 3) return 0;
  const poly = geod.Polygon(false);
  for (const p of pts) poly.AddPoint(lat(p), lon(p));
  // sign = true: a clockwise ring gives a negative area (not the rest of the Earth); its size is the area.
  return Math.abs(poly.Compute(false, true).area ?? Number.NaN);
}

const polygons = (g: Area): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Area of a polygon or multipolygon on the ellipsoid, m²: each outer ring less its holes. */
export function polygonAreaM2(g: Area): number {
  let m2 = 0;
  for (const [outer, ...holes] of polygons(g)) {
    if (!outer) continue;
    const part = ringAreaM2(outer) - holes.reduce((s, h) => s + ringAreaM2(h), 0);
    m2 += Math.max(0, part);
  }
  return m2;
}

/**
 * Distance from `p` to the nearest point of the geodesic segment a–b, m. The foot of the perpendicular
 * is found by iterating along the segment: at the current point q, with d = |pq| and θ the angle at q
 * between the segment and the geodesic from p, the foot lies R·atan(tan(d/R)·cos θ) back along the
 * segment (a right spherical triangle); the fixed point is where θ = 90° on the ellipsoid itself, so
 * R only sets the step. Clamped to the segment, so past an end it is the distance to that end.
 */
export function pointToSegmentM(p: Position, a: Position, b: Position): number {
  const line = geod.InverseLine(lat(a), lon(a), lat(b), lon(b), LINE_CAPS);
  const s = line.s13;
  const da = distanceM(p, a);
  if (!(s > 0)) return da;
  let t = 0;
  let best = Math.min(da, distanceM(p, b));
  for (let i = 0; i < 20; i++) {
    const q = line.Position(t, lib.Geodesic.STANDARD);
    const inv = geod.Inverse(lat(p), lon(p), q.lat2 ?? 0, q.lon2 ?? 0, DIST_AZI);
    const d = inv.s12 ?? Number.NaN;
    best = Math.min(best, d);
    if (d < 1e-6) return 0;
    const theta = (((inv.azi2 ?? 0) - (q.azi2 ?? 0)) * Math.PI) / 180;
    const step = R * Math.atan2(Math.sin(d / R) * Math.cos(theta), Math.cos(d / R));
    const next = Math.min(s, Math.max(0, t - step));
    if (Math.abs(next - t) < 1e-4) break;
    t = next;
  }
  return best;
}

const lines = (l: Line): Position[][] =>
  Array.isArray(l) ? [l] : l.type === 'LineString' ? [l.coordinates] : l.coordinates;

/** The segments of a set of paths (rings included), each as its two ends. */
function segments(paths: Position[][]): [Position, Position][] {
  const out: [Position, Position][] = [];
  for (const path of paths)
    for (let i = 1; i < path.length; i++) out.push([path[i - 1] as Position, path[i] as Position]);
  return out;
}

/** Metres per degree of latitude and of longitude at `phi` (the ellipsoid's radii of curvature). */
function metresPerDegree(phi: number): [number, number] {
  const e2 = CGCS2000.f * (2 - CGCS2000.f);
  const s = Math.sin((phi * Math.PI) / 180);
  const w = Math.sqrt(1 - e2 * s * s);
  const rad = Math.PI / 180;
  return [((CGCS2000.a * (1 - e2)) / (w * w * w)) * rad, (CGCS2000.a / w) * Math.cos(phi * rad) * rad];
}

/** A quick local-plane estimate of the point–segment distance, m (for pruning only). */
function roughPointToSegment(p: Position, a: Position, b: Position): number {
  const [my, mx] = metresPerDegree((lat(p) + lat(a) + lat(b)) / 3);
  const ax = (lon(a) - lon(p)) * mx;
  const ay = (lat(a) - lat(p)) * my;
  const bx = (lon(b) - lon(p)) * mx;
  const by = (lat(b) - lat(p)) * my;
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  const t = l2 > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l2)) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/**
 * The least geodesic distance over point–segment pairs, m. Pairs are tried in order of their local-plane
 * estimate and the search stops once an estimate, less a 2 % + 50 m margin (far more than the plane's
 * error at a prefecture's scale), exceeds the best exact distance found.
 */
function minPointSegment(pairs: [Position, Position, Position][]): number | null {
  if (pairs.length === 0) return null;
  const rough = pairs.map((pr, i) => ({ i, d: roughPointToSegment(pr[0], pr[1], pr[2]) }));
  rough.sort((x, y) => x.d - y.d);
  let best = Number.POSITIVE_INFINITY;
  for (const { i, d } of rough) {
    if (d * 0.98 - 50 > best) break;
    const [p, a, b] = pairs[i] as [Position, Position, Position];
    best = Math.min(best, pointToSegmentM(p, a, b));
  }
  return Number.isFinite(best) ? best : null;
}

/** Distance from `p` to the nearest point of a path (or paths), m; null for a path with no segment. */
export function pointToLineM(p: Position, line: Line): number | null {
  const paths = lines(line);
  const pairs: [Position, Position, Position][] = segments(paths).map(([a, b]) => [p, a, b]);
  // A path of one vertex is a point.
  for (const path of paths) if (path.length === 1) pairs.push([p, path[0] as Position, path[0] as Position]);
  return minPointSegment(pairs);
}

/** Twice the signed area of the triangle a, b, c in the lon/lat plane (> 0: counter-clockwise). */
const orient = (a: Position, b: Position, c: Position) =>
  (lon(b) - lon(a)) * (lat(c) - lat(a)) - (lat(b) - lat(a)) * (lon(c) - lon(a));

const onSegment = (a: Position, b: Position, c: Position) =>
  Math.min(lon(a), lon(b)) <= lon(c) &&
  lon(c) <= Math.max(lon(a), lon(b)) &&
  Math.min(lat(a), lat(b)) <= lat(c) &&
  lat(c) <= Math.max(lat(a), lat(b));

/** Whether segments a–b and c–d meet (touching counts). */
export function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) ||
    (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) ||
    (o4 === 0 && onSegment(c, d, b))
  );
}

/** Whether `p` lies inside one ring (even–odd rule in the lon/lat plane). */
function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Position;
    const b = ring[j] as Position;
    if (lat(a) > lat(p) !== lat(b) > lat(p)) {
      const x = lon(a) + ((lat(p) - lat(a)) * (lon(b) - lon(a))) / (lat(b) - lat(a));
      if (lon(p) < x) inside = !inside;
    }
  }
  return inside;
}

/** Whether `p` lies inside the area (inside an outer ring and outside its holes). */
export function pointInArea(p: Position, g: Area): boolean {
  return polygons(g).some(
    ([outer, ...holes]) => outer !== undefined && inRing(p, outer) && !holes.some((h) => inRing(p, h)),
  );
}

const rings = (g: Area): Position[][] => polygons(g).flat();

/** Whether any segment of one set meets any of the other (bounding boxes first). */
function anyMeet(s: [Position, Position][], t: [Position, Position][]): boolean {
  const box = ([a, b]: [Position, Position]) => [
    Math.min(lon(a), lon(b)),
    Math.min(lat(a), lat(b)),
    Math.max(lon(a), lon(b)),
    Math.max(lat(a), lat(b)),
  ];
  const tb = t.map(box);
  for (const seg of s) {
    const [x0, y0, x1, y1] = box(seg) as [number, number, number, number];
    for (let j = 0; j < t.length; j++) {
      const [u0, v0, u1, v1] = tb[j] as [number, number, number, number];
      if (u0 > x1 || u1 < x0 || v0 > y1 || v1 < y0) continue;
      const [c, d] = t[j] as [Position, Position];
      if (segmentsMeet(seg[0], seg[1], c, d)) return true;
    }
  }
  return false;
}

/** Distance from `p` to the area, m: 0 inside, else to the nearest point of its edge (holes' edges too). */
export function polygonToPointM(g: Area, p: Position): number | null {
  if (pointInArea(p, g)) return 0;
  return pointToLineM(p, { type: 'MultiLineString', coordinates: rings(g) });
}

/**
 * Distance from an area to a line, m: 0 when the line crosses the edge or lies inside; else the least
 * of the line's vertices to the area's edges and the area's vertices to the line's segments (two
 * segments that do not meet are nearest at an end of one of them).
 */
export function polygonToLineM(g: Area, line: Line): number | null {
  const edge = rings(g);
  const path = lines(line);
  const es = segments(edge);
  const ls = segments(path);
  if (path.some((l) => l.some((v) => pointInArea(v, g)))) return 0;
  if (anyMeet(es, ls)) return 0;
  const pairs: [Position, Position, Position][] = [];
  for (const l of path) for (const v of l) for (const [a, b] of es) pairs.push([v, a, b]);
  for (const r of edge) for (const v of r) for (const [a, b] of ls) pairs.push([v, a, b]);
  return minPointSegment(pairs);
}

/** Distance between two areas, m: 0 when they overlap or touch; else between their nearest edge points. */
export function polygonToPolygonM(g: Area, h: Area): number | null {
  const gr = rings(g);
  const hr = rings(h);
  if (gr.some((r) => r.some((v) => pointInArea(v, h))) || hr.some((r) => r.some((v) => pointInArea(v, g))))
    return 0;
  const gs = segments(gr);
  const hs = segments(hr);
  if (anyMeet(gs, hs)) return 0;
  const pairs: [Position, Position, Position][] = [];
  for (const r of gr) for (const v of r) for (const [a, b] of hs) pairs.push([v, a, b]);
  for (const r of hr) for (const v of r) for (const [a, b] of gs) pairs.push([v, a, b]);
  return minPointSegment(pairs);
}
