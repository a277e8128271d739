/**
 * Geometry checks for imported features: allowed types only, 2D positions. Rings are closed and otherwise
 * repaired later, with notes (geometry-validity.ts). Nothing here recurses on the input's depth beyond
 * LIMITS.nesting, and a ring or line longer than LIMITS.ringVertices is refused before it is copied.
 */
import { LIMITS } from './limits';

type Pos = [number, number];
export type CheckedGeometry =
  | { ok: true; geometry: GeoJSON.Geometry }
  | { ok: false; reason: 'null' | 'unsupported' | 'invalid'; type: string; detail: string }
  | {
      ok: false;
      reason: 'limit';
      type: string;
      detail: string;
      limit: 'nesting' | 'ringVertices';
      actual: number;
    };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {}
const invalid = (detail: string): never => {
  throw new Invalid(detail);
};
class TooLong extends Error {
  constructor(readonly actual: number) {
    super(`a ring or line of ${actual} positions`);
  }
}

function position(v: unknown): Pos {
  if (!Array.isArray(v) || v.length < 2) return invalid('a position is not an array of two numbers');
  const [x, y] = v as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    return invalid(`position ${JSON.stringify(v).slice(0, 60)} is not two finite numbers`);
  }
  return [x, y];
}
function list<T>(v: unknown, min: number, what: string, item: (x: unknown) => T): T[] {
  if (!Array.isArray(v) || v.length < min) return invalid(`${what} needs at least ${min}`);
  // A closed ring repeats its first vertex: LIMITS.ringVertices counts the others.
  if (v.length > LIMITS.ringVertices + 1) throw new TooLong(v.length);
  return v.map(item);
}
const line = (v: unknown) => list(v, 2, 'a line: positions', position);
/** A ring as given (open, with duplicates or too short): geometry-validity.ts repairs or refuses it. */
const ring = (v: unknown): Pos[] => list(v, 1, 'a polygon ring: positions', position);
const polygon = (v: unknown) => list(v, 1, 'a polygon: rings', ring);

const SIMPLE = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
type SimpleType = (typeof SIMPLE)[number];

function simple(type: SimpleType, c: unknown): GeoJSON.Geometry {
  switch (type) {
    case 'Point':
      return { type, coordinates: position(c) };
    case 'MultiPoint':
      return { type, coordinates: list(c, 1, 'a MultiPoint: positions', position) };
    case 'LineString':
      return { type, coordinates: line(c) };
    case 'MultiLineString':
      return { type, coordinates: list(c, 1, 'a MultiLineString: lines', line) };
    case 'Polygon':
      return { type, coordinates: polygon(c) };
    case 'MultiPolygon':
      return { type, coordinates: list(c, 1, 'a MultiPolygon: polygons', polygon) };
  }
}

/** A GeometryCollection whose members are all points, all lines or all polygons becomes the Multi- type. */
function flatten(members: GeoJSON.Geometry[]): GeoJSON.Geometry | undefined {
  if (members.length === 1) return members[0];
  const family = (g: GeoJSON.Geometry) => g.type.replace(/^Multi/, '');
  const kind = members[0] ? family(members[0]) : undefined;
  if (!kind || !members.every((m) => family(m) === kind)) return undefined;
  const coords = (m: GeoJSON.Geometry) => ('coordinates' in m ? (m.coordinates as unknown) : []);
  const parts = members.flatMap((m) => (m.type.startsWith('Multi') ? (coords(m) as unknown[]) : [coords(m)]));
  if (kind === 'Point') return { type: 'MultiPoint', coordinates: parts as Pos[] };
  if (kind === 'LineString') return { type: 'MultiLineString', coordinates: parts as Pos[][] };
  return { type: 'MultiPolygon', coordinates: parts as Pos[][][] };
}

/** How deep GeometryCollections nest in `g` (1 for a plain collection), without recursion. */
export function collectionDepth(g: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[g, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!isObject(node) || node.type !== 'GeometryCollection' || !Array.isArray(node.geometries)) continue;
    max = Math.max(max, depth + 1);
    for (const m of node.geometries) stack.push([m, depth + 1]);
  }
  return max;
}

/**
 * Check one geometry. GeometryCollections are followed to LIMITS.nesting levels (deeper is refused with
 * reason 'limit'); a ring or line over LIMITS.ringVertices positions is refused the same way.
 */
export function checkGeometry(g: unknown, depth = 0): CheckedGeometry {
  if (g === null || g === undefined)
    return { ok: false, reason: 'null', type: 'null', detail: 'no geometry' };
  if (!isObject(g) || typeof g.type !== 'string') {
    return {
      ok: false,
      reason: 'invalid',
      type: 'unknown',
      detail: 'the geometry is not a GeoJSON geometry object',
    };
  }
  const type = g.type;
  try {
    if ((SIMPLE as readonly string[]).includes(type))
      return { ok: true, geometry: simple(type as SimpleType, g.coordinates) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: 'invalid', type, detail: `${type}: ${e.message}` };
    if (e instanceof TooLong) {
      const detail = `${type}: ${e.message} (the limit is ${LIMITS.ringVertices})`;
      return { ok: false, reason: 'limit', type, detail, limit: 'ringVertices', actual: e.actual };
    }
    throw e;
  }
  if (type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    if (depth >= LIMITS.nesting) {
      const actual = collectionDepth(g) + depth;
      const detail = `GeometryCollections nested ${actual} deep (the limit is ${LIMITS.nesting})`;
      return { ok: false, reason: 'limit', type, detail, limit: 'nesting', actual };
    }
    const members = g.geometries.map((m) => checkGeometry(m, depth + 1));
    const bad = members.find((m) => !m.ok);
    if (bad && !bad.ok && (bad.reason === 'invalid' || bad.reason === 'limit')) return bad;
    const flat = bad ? undefined : flatten(members.flatMap((m) => (m.ok ? [m.geometry] : [])));
    if (flat) return { ok: true, geometry: flat };
    const inner = [...new Set(members.map((m) => (m.ok ? m.geometry.type : m.type)))].join(', ');
    return { ok: false, reason: 'unsupported', type, detail: `GeometryCollection of ${inner || 'nothing'}` };
  }
  return { ok: false, reason: 'unsupported', type, detail: `${type} geometry` };
}

/** Every position of a checked geometry. */
export function positionsOf(g: GeoJSON.Geometry): Pos[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates as Pos];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates as Pos[];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat() as Pos[];
    case 'MultiPolygon':
      return g.coordinates.flat(2) as Pos[];
    default:
      return [];
  }
}

/** How many positions a checked geometry has. */
export function countPositions(g: GeoJSON.Geometry): number {
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, r) => n + r.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, p) => p.reduce((m, r) => m + r.length, n), 0);
    default:
      return 0;
  }
}

/**
 * The same geometry with every position passed through `f` (new arrays; the input is not changed). By type,
 * not by recursion: a checked geometry nests its coordinates at most three deep.
 */
export function mapPositions<G extends GeoJSON.Geometry>(g: G, f: (p: Pos) => Pos): G {
  const ps = (l: Pos[]) => l.map(f);
  switch (g.type) {
    case 'Point':
      return { ...g, coordinates: f(g.coordinates as Pos) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: ps(g.coordinates as Pos[]) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: (g.coordinates as Pos[][]).map(ps) };
    case 'MultiPolygon':
      return { ...g, coordinates: (g.coordinates as Pos[][][]).map((p) => p.map(ps)) };
    default:
      return g;
  }
}
