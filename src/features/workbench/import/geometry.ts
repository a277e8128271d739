/** Geometry checks for imported features: allowed types only, 2D positions, closed rings. */

type Pos = [number, number];
export type CheckedGeometry =
  | { ok: true; geometry: GeoJSON.Geometry }
  | { ok: false; reason: 'null' | 'unsupported' | 'invalid'; type: string; detail: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Invalid extends Error {}
const invalid = (detail: string): never => {
  throw new Invalid(detail);
};

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
  return v.map(item);
}
const line = (v: unknown) => list(v, 2, 'a line: positions', position);
function ring(v: unknown): Pos[] {
  const r = list(v, 3, 'a polygon ring: positions', position);
  const [first, last] = [r[0] as Pos, r[r.length - 1] as Pos];
  if (first[0] !== last[0] || first[1] !== last[1]) r.push([first[0], first[1]]);
  if (r.length < 4) invalid('a polygon ring needs at least 3 distinct positions');
  return r;
}
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

export function checkGeometry(g: unknown): CheckedGeometry {
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
    throw e;
  }
  if (type === 'GeometryCollection' && Array.isArray(g.geometries)) {
    const members = g.geometries.map(checkGeometry);
    const bad = members.find((m) => !m.ok);
    if (bad && !bad.ok && bad.reason === 'invalid') return bad;
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

/** The same geometry with every position passed through `f` (new arrays; the input is not changed). */
export function mapPositions<G extends GeoJSON.Geometry>(g: G, f: (p: Pos) => Pos): G {
  const m = (v: unknown): unknown =>
    typeof (v as unknown[])[0] === 'number' ? f(v as Pos) : (v as unknown[]).map(m);
  return 'coordinates' in g ? { ...g, coordinates: m(g.coordinates) } : g;
}
