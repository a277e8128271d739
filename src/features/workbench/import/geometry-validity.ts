/**
 * Geometry validity for imported and drawn features (pure, DOM-free: it runs in the import worker).
 *
 * Each ring is closed if it is open and loses consecutive duplicate points (repairs, counted); a ring with
 * fewer than 3 distinct points or all points on one line has no area: it is dropped when other parts remain,
 * else the geometry is refused. A ring that crosses or touches itself, or rings of one polygon that cross
 * (a hole crossing its shell), are refused with the place: the crossing point and the segment numbers.
 *
 * The crossing search is a uniform grid of segments, subdivided where it is crowded, so one ring of
 * 1,000,000 vertices is checked in about linear time, not O(n²).
 */
import { LIMITS } from './limits';

export type Pos = [number, number];

/** What was repaired (all counts). */
export interface Repairs {
  /** Rings that were open and were closed. */
  closedRings: number;
  /** Consecutive duplicate points removed. */
  duplicatePoints: number;
  /** Polygon parts or holes with no area (fewer than 3 distinct points, or collinear) dropped. */
  droppedParts: number;
  /** Lines with fewer than 2 distinct points dropped. */
  droppedLines: number;
}

/** What one ring can have wrong. */
export type RingProblem = 'too-few-points' | 'zero-area' | 'self-intersection';
/** What a polygon can have wrong: a ring's problem, or a hole outside its outer ring. */
export type ValidityProblem = RingProblem | 'hole-outside';

/** Where the problem is: a point (lon/lat, or x/y) and, for a crossing, the two segments (1-based). */
export interface ProblemAt {
  lon: number;
  lat: number;
  /** 0 = the shell (outer ring), 1… = the holes, in the part that has the problem. */
  ring?: number;
  /** The second ring of a crossing between two rings. */
  otherRing?: number;
  /** Segment numbers (segment k joins vertex k to vertex k + 1, 1-based, after duplicates are removed). */
  segments?: [number, number];
  /** The part of a MultiPolygon (0-based). */
  part?: number;
  /** The other part, when two parts of a MultiPolygon cross each other. */
  otherPart?: number;
}

export type ValidityFailure = { ok: false; problem: ValidityProblem; at: ProblemAt };

export const noRepairs = (): Repairs => ({
  closedRings: 0,
  duplicatePoints: 0,
  droppedParts: 0,
  droppedLines: 0,
});

export function addRepairs(into: Repairs, r: Repairs): Repairs {
  into.closedRings += r.closedRings;
  into.duplicatePoints += r.duplicatePoints;
  into.droppedParts += r.droppedParts;
  into.droppedLines += r.droppedLines;
  return into;
}

/** Thrown when the crossing search would take more than `LIMITS.intersectionTests` segment comparisons. */
export class ValidityWorkExceeded extends Error {
  constructor(readonly actual: number) {
    super(`the self-intersection check needs more than ${LIMITS.intersectionTests} segment comparisons`);
  }
}

const same = (a: Pos, b: Pos) => a[0] === b[0] && a[1] === b[1];

/** Close the ring and remove consecutive duplicates; counts go to `repairs`. A clean ring is not copied. */
function cleanRing(coords: readonly Pos[], repairs: Repairs): Pos[] {
  let clean = coords.length >= 2 && same(coords[0] as Pos, coords[coords.length - 1] as Pos);
  for (let k = 1; clean && k < coords.length; k++) clean = !same(coords[k - 1] as Pos, coords[k] as Pos);
  if (clean) return coords as Pos[];
  const out: Pos[] = [];
  for (const p of coords) {
    const last = out[out.length - 1];
    if (last && same(last, p)) repairs.duplicatePoints++;
    else out.push([p[0], p[1]]);
  }
  const first = out[0];
  if (!first) return out;
  if (out.length === 1 || !same(first, out[out.length - 1] as Pos)) {
    out.push([first[0], first[1]]);
    // A single point "closed" onto itself is not a repair; an open ring is.
    if (out.length > 2) repairs.closedRings++;
  }
  return out;
}

/** Why a closed, de-duplicated ring has no area, or undefined if it has some. */
function degenerate(ring: readonly Pos[]): 'too-few-points' | 'zero-area' | undefined {
  if (ring.length < 4) return 'too-few-points'; // closed: at least 3 distinct + the closing point
  const p0 = ring[0] as Pos;
  let far = p0;
  let farD = 0;
  for (const p of ring) {
    const d = (p[0] - p0[0]) ** 2 + (p[1] - p0[1]) ** 2;
    if (d > farD) {
      farD = d;
      far = p;
    }
  }
  const dx = far[0] - p0[0];
  const dy = far[1] - p0[1];
  const tolerance = 1e-12 * farD;
  for (const p of ring) {
    if (Math.abs(dx * (p[1] - p0[1]) - dy * (p[0] - p0[0])) > tolerance) return undefined;
  }
  return 'zero-area';
}

// ---- The crossing search ---------------------------------------------------------------------------------

interface Segments {
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  ring: Int32Array;
  /** Index of the segment inside its ring (0-based). */
  k: Int32Array;
  /** Segments in each ring. */
  ringSize: number[];
  /** When checking between the parts of a MultiPolygon: the part of each ring (pairs within a part skipped). */
  ringPart?: readonly number[];
  tests: number;
}

interface Hit {
  x: number;
  y: number;
  i: number;
  j: number;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
const between = (a: number, b: number, v: number) => (a <= b ? a <= v && v <= b : b <= v && v <= a);

/** The point where segments i and j meet in a way that makes the polygon invalid, if they do. */
function testPair(s: Segments, i: number, j: number): Hit | undefined {
  const ax = s.ax[i] as number;
  const ay = s.ay[i] as number;
  const bx = s.bx[i] as number;
  const by = s.by[i] as number;
  const cx = s.ax[j] as number;
  const cy = s.ay[j] as number;
  const dx = s.bx[j] as number;
  const dy = s.by[j] as number;
  const sameRing = s.ring[i] === s.ring[j];
  const betweenParts = s.ringPart !== undefined;
  if (betweenParts && s.ringPart?.[s.ring[i] as number] === s.ringPart?.[s.ring[j] as number])
    return undefined;
  if (sameRing && !betweenParts) {
    const m = s.ringSize[s.ring[i] as number] as number;
    const ki = s.k[i] as number;
    const kj = s.k[j] as number;
    // Consecutive segments share a vertex; they are wrong only if the ring turns straight back (a spike).
    if ((ki + 1) % m === kj) return spike(ax, ay, bx, by, dx, dy, i, j);
    if ((kj + 1) % m === ki) return spike(cx, cy, dx, dy, bx, by, j, i);
  }
  if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)) return undefined;
  if (Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) return undefined;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) {
    const t = o3 / (o3 - o4);
    return { x: ax + t * (bx - ax), y: ay + t * (by - ay), i, j };
  }
  // Parts of a MultiPolygon may share edges and points (adjacent parcels); only crossing is wrong.
  if (betweenParts) return undefined;
  if (o1 === 0 && o2 === 0) {
    // Collinear: overlapping over a length is always wrong; meeting in one point is a touch.
    const useX = Math.abs(bx - ax) + Math.abs(dx - cx) >= Math.abs(by - ay) + Math.abs(dy - cy);
    const [a0, a1, c0, c1] = useX ? [ax, bx, cx, dx] : [ay, by, cy, dy];
    const lo = Math.max(Math.min(a0, a1), Math.min(c0, c1));
    const hi = Math.min(Math.max(a0, a1), Math.max(c0, c1));
    if (lo > hi) return undefined;
    const at = pointAt(ax, ay, bx, by, cx, cy, dx, dy, useX, lo);
    if (lo < hi || sameRing) return { ...at, i, j };
    return undefined;
  }
  // A touch: an endpoint of one segment lies on the other. Wrong inside one ring; allowed between rings.
  if (!sameRing) return undefined;
  if (o1 === 0 && between(ax, bx, cx) && between(ay, by, cy)) return { x: cx, y: cy, i, j };
  if (o2 === 0 && between(ax, bx, dx) && between(ay, by, dy)) return { x: dx, y: dy, i, j };
  if (o3 === 0 && between(cx, dx, ax) && between(cy, dy, ay)) return { x: ax, y: ay, i, j };
  if (o4 === 0 && between(cx, dx, bx) && between(cy, dy, by)) return { x: bx, y: by, i, j };
  return undefined;
}

/** Segments p→q and q→r: a spike if r lies on the line back over p→q. */
function spike(px: number, py: number, qx: number, qy: number, rx: number, ry: number, i: number, j: number) {
  if (orient(px, py, qx, qy, rx, ry) !== 0) return undefined;
  const back = (px - qx) * (rx - qx) + (py - qy) * (ry - qy) > 0;
  return back ? { x: qx, y: qy, i, j } : undefined;
}

/** The point on segment a→b (or c→d) whose x (or y) is `v`. */
function pointAt(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
  useX: boolean,
  v: number,
) {
  for (const [px, py, qx, qy] of [
    [ax, ay, bx, by],
    [cx, cy, dx, dy],
  ] as const) {
    const [p, q] = useX ? [px, qx] : [py, qy];
    if (p === q) continue;
    const t = (v - p) / (q - p);
    if (t >= 0 && t <= 1) return { x: px + t * (qx - px), y: py + t * (qy - py) };
  }
  return { x: ax, y: ay };
}

/** Every pair of the segments 0 … n − 1. */
function bruteForce(s: Segments, n: number): Hit | undefined {
  s.tests += (n * (n - 1)) / 2;
  if (s.tests > LIMITS.intersectionTests) throw new ValidityWorkExceeded(s.tests);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const hit = testPair(s, i, j);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Scratch arrays reused for polygons up to this many segments (most are small: no allocation each time). */
const SCRATCH = 65_536;
let scratch: Omit<Segments, 'ringSize' | 'tests'> | undefined;
function segmentArrays(n: number): Omit<Segments, 'ringSize' | 'tests'> {
  const make = (size: number) => ({
    ax: new Float64Array(size),
    ay: new Float64Array(size),
    bx: new Float64Array(size),
    by: new Float64Array(size),
    ring: new Int32Array(size),
    k: new Int32Array(size),
  });
  if (n > SCRATCH) return make(n);
  scratch ??= make(SCRATCH);
  return scratch;
}

/** Registrations as sort keys, cell · 2^23 + segment, in a growable array; one reused per grid depth. */
class Registrations {
  keys = new Float64Array(1024);
  length = 0;
  add(cell: number, seg: number) {
    if (this.length === this.keys.length) {
      const k = new Float64Array(this.length * 2);
      k.set(this.keys);
      this.keys = k;
    }
    this.keys[this.length++] = cell * SEG + seg;
  }
}
const SEG = 8_388_608; // 2^23: segment ids are below it
const pool: Registrations[] = [];
function registrations(depth: number): Registrations {
  const reg = pool[depth] ?? new Registrations();
  // A big ring's arrays are not kept for the next polygon.
  if (reg.keys.length > 1 << 20) reg.keys = new Float64Array(1024);
  reg.length = 0;
  pool[depth] = reg;
  return reg;
}

/** Every pair of the segments whose keys are keys[start … end − 1] (all in one cell). */
function bruteForceKeys(s: Segments, keys: Float64Array, start: number, end: number, base: number) {
  const n = end - start;
  s.tests += (n * (n - 1)) / 2;
  if (s.tests > LIMITS.intersectionTests) throw new ValidityWorkExceeded(s.tests);
  for (let a = start; a < end; a++) {
    const i = (keys[a] as number) - base;
    for (let b = a + 1; b < end; b++) {
      const hit = testPair(s, i, (keys[b] as number) - base);
      if (hit) return hit;
    }
  }
  return undefined;
}

const SMALL_CELL = 32;
const MAX_DEPTH = 8;

/** A grid of gx × gy cells of cw × ch from (x0, y0). */
interface Grid {
  x0: number;
  y0: number;
  cw: number;
  ch: number;
  gx: number;
  gy: number;
}

/**
 * The sub-grid for one crowded cell: about count / 8 cells, shaped so that the segments are cut into as few
 * pieces as possible (tall thin cells for near-vertical segments, wide flat ones for near-horizontal ones).
 */
function subGrid(s: Segments, ids: Int32Array, x0: number, y0: number, w: number, h: number): Grid {
  let sx = 0;
  let sy = 0;
  for (let q = 0; q < ids.length; q++) {
    const id = ids[q] as number;
    sx += Math.min(w, Math.abs((s.bx[id] as number) - (s.ax[id] as number)));
    sy += Math.min(h, Math.abs((s.by[id] as number) - (s.ay[id] as number)));
  }
  const cells = Math.max(4, Math.min(2 ** 20, Math.ceil(ids.length / 8)));
  // Pieces ≈ sx · gx / w + sy · gy / h, least for gx / gy = (sy / h) / (sx / w) with gx · gy = cells.
  const ratio = (sy / h + 1e-12) / (sx / w + 1e-12);
  const gx = Math.max(1, Math.min(cells, Math.round(Math.sqrt(cells * ratio))));
  const gy = Math.max(1, Math.min(cells, Math.round(cells / gx)));
  return { x0, y0, cw: w / gx, ch: h / gy, gx, gy };
}

/**
 * Put each segment of `ids` into the grid cells it passes through, then test the segments that share a
 * cell: directly when few, else by subdividing the cell. Registrations count as work, like tests.
 */
function gridPass(s: Segments, ids: Int32Array, grid: Grid, depth: number): Hit | undefined {
  const { x0, y0, cw, ch, gx, gy } = grid;
  const reg = registrations(depth);
  const padX = cw * 1e-9;
  const padY = ch * 1e-9;
  for (let q = 0; q < ids.length; q++) {
    const id = ids[q] as number;
    const ax = s.ax[id] as number;
    const ay = s.ay[id] as number;
    const bx = s.bx[id] as number;
    const by = s.by[id] as number;
    const xmin = Math.min(ax, bx);
    const xmax = Math.max(ax, bx);
    const ymin = Math.min(ay, by);
    const ymax = Math.max(ay, by);
    const col0 = Math.max(0, Math.floor((xmin - padX - x0) / cw));
    const col1 = Math.min(gx - 1, Math.floor((xmax + padX - x0) / cw));
    for (let col = col0; col <= col1; col++) {
      let lo = ymin;
      let hi = ymax;
      if (ax !== bx) {
        const xl = Math.max(xmin, x0 + col * cw - padX);
        const xr = Math.min(xmax, x0 + (col + 1) * cw + padX);
        const yl = ay + ((by - ay) * (xl - ax)) / (bx - ax);
        const yr = ay + ((by - ay) * (xr - ax)) / (bx - ax);
        lo = Math.max(ymin, Math.min(yl, yr) - padY);
        hi = Math.min(ymax, Math.max(yl, yr) + padY);
      }
      const row0 = Math.max(0, Math.floor((lo - padY - y0) / ch));
      const row1 = Math.min(gy - 1, Math.floor((hi + padY - y0) / ch));
      for (let row = row0; row <= row1; row++) reg.add(row * gx + col, id);
    }
    if (s.tests + reg.length > LIMITS.intersectionTests) throw new ValidityWorkExceeded(s.tests + reg.length);
  }
  s.tests += reg.length;
  // Sort by cell (then segment): one numeric sort of the keys, in place.
  const keys = reg.keys.subarray(0, reg.length).sort();
  let start = 0;
  while (start < keys.length) {
    const cell = Math.floor((keys[start] as number) / SEG);
    let end = start + 1;
    while (end < keys.length && Math.floor((keys[end] as number) / SEG) === cell) end++;
    const count = end - start;
    if (count > 1) {
      let hit: Hit | undefined;
      if (count <= SMALL_CELL || depth >= MAX_DEPTH) hit = bruteForceKeys(s, keys, start, end, cell * SEG);
      else {
        const group = new Int32Array(count);
        for (let r = 0; r < count; r++) group[r] = (keys[start + r] as number) - cell * SEG;
        const cx = x0 + (cell % gx) * cw;
        const cy = y0 + Math.floor(cell / gx) * ch;
        hit = gridPass(s, group, subGrid(s, group, cx, cy, cw, ch), depth + 1);
      }
      if (hit) return hit;
    }
    start = end;
  }
  return undefined;
}

/** The first invalid meeting of segments of these closed, de-duplicated rings (ring 0 first), if any. */
export function findCrossing(
  rings: readonly Pos[][],
  ringPart?: readonly number[],
): Omit<ProblemAt, 'part'> | undefined {
  let n = 0;
  for (const r of rings) n += Math.max(0, r.length - 1);
  if (n >= 8_388_608) throw new ValidityWorkExceeded(n);
  const s: Segments = {
    ...segmentArrays(n),
    ringSize: rings.map((r) => Math.max(0, r.length - 1)),
    tests: 0,
  };
  if (ringPart) s.ringPart = ringPart;
  let id = 0;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  let length = 0;
  rings.forEach((r, ri) => {
    for (let k = 0; k + 1 < r.length; k++) {
      const [ax, ay] = r[k] as Pos;
      const [bx, by] = r[k + 1] as Pos;
      s.ax[id] = ax;
      s.ay[id] = ay;
      s.bx[id] = bx;
      s.by[id] = by;
      s.ring[id] = ri;
      s.k[id] = k;
      length += Math.hypot(bx - ax, by - ay);
      minX = Math.min(minX, ax);
      minY = Math.min(minY, ay);
      maxX = Math.max(maxX, ax);
      maxY = Math.max(maxY, ay);
      id++;
    }
  });
  if (n < 2) return undefined;
  let hit: Hit | undefined;
  if (n <= SMALL_CELL) hit = bruteForce(s, n);
  else {
    const ids = new Int32Array(n);
    for (let q = 0; q < n; q++) ids[q] = q;
    const w = maxX - minX;
    const h = maxY - minY;
    // Cells about twice the mean segment length, so each segment lies in a few; at most 2^30 cells.
    let c = Math.max((2 * length) / n, Math.max(w, h) * 1e-12);
    c = Math.max(c, Math.sqrt(((w + c) * (h + c)) / 2 ** 30));
    const gx = Math.floor(w / c) + 1;
    const gy = Math.floor(h / c) + 1;
    hit = gridPass(s, ids, { x0: minX, y0: minY, cw: c, ch: c, gx, gy }, 0);
  }
  if (!hit) return undefined;
  const [i, j] = (s.ring[hit.i] as number) <= (s.ring[hit.j] as number) ? [hit.i, hit.j] : [hit.j, hit.i];
  const at: Omit<ProblemAt, 'part'> = {
    lon: hit.x,
    lat: hit.y,
    ring: s.ring[i] as number,
    segments: [(s.k[i] as number) + 1, (s.k[j] as number) + 1],
  };
  if (s.ring[i] !== s.ring[j]) at.otherRing = s.ring[j] as number;
  return at;
}

// ---- Public checks ---------------------------------------------------------------------------------------

/**
 * One polygon ring, e.g. a drawn site: closed (if open), consecutive duplicates removed, refused if it has
 * fewer than 3 distinct points, no area, or crosses or touches itself (`at`: the point and the segments).
 */
export function validatePolygonRing(
  coords: readonly Pos[],
): { ok: true; ring: Pos[]; repairs: Repairs } | { ok: false; problem: RingProblem; at: ProblemAt } {
  const repairs = noRepairs();
  const ring = cleanRing(coords, repairs);
  const bad = degenerate(ring);
  const first = ring[0] ?? [Number.NaN, Number.NaN];
  if (bad) return { ok: false, problem: bad, at: { lon: first[0], lat: first[1], ring: 0 } };
  const crossing = findCrossing([ring]);
  if (crossing) return { ok: false, problem: 'self-intersection', at: crossing };
  return { ok: true, ring, repairs };
}

/** Point-in-ring tests (holes × shell vertices) spent on checking that holes lie inside their shell. */
const HOLE_CHECK_WORK = 50_000_000;

/** Where a point is against a closed ring: inside, outside or on its boundary (crossing number). */
export function pointInRing(p: Pos, ring: readonly Pos[]): 'in' | 'out' | 'on' {
  const [x, y] = p;
  let inside = false;
  for (let k = 0; k + 1 < ring.length; k++) {
    const [ax, ay] = ring[k] as Pos;
    const [bx, by] = ring[k + 1] as Pos;
    if (orient(ax, ay, bx, by, x, y) === 0 && between(ax, bx, x) && between(ay, by, y)) return 'on';
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside ? 'in' : 'out';
}

/** A point of the hole (a segment's midpoint) outside the shell, if the hole lies outside it. */
function pointOutside(shell: readonly Pos[], hole: readonly Pos[]): Pos | undefined {
  for (let k = 0; k < 3 && k + 1 < hole.length; k++) {
    const [ax, ay] = hole[k] as Pos;
    const [bx, by] = hole[k + 1] as Pos;
    const mid: Pos = [(ax + bx) / 2, (ay + by) / 2];
    const where = pointInRing(mid, shell);
    if (where === 'in') return undefined;
    if (where === 'out') return mid;
  }
  return undefined;
}

type PolygonResult = { ok: true; rings: Pos[][] | null } | ValidityFailure;

/** A polygon's rings: null when its shell has no area (the caller decides whether to drop or refuse). */
function validatePolygon(rings: readonly Pos[][], repairs: Repairs): PolygonResult {
  const kept: Pos[][] = [];
  let shellProblem: 'too-few-points' | 'zero-area' | undefined;
  let shellAt: Pos = [Number.NaN, Number.NaN];
  rings.forEach((r, index) => {
    const ring = cleanRing(r, repairs);
    const bad = degenerate(ring);
    if (index === 0) {
      shellProblem = bad;
      shellAt = ring[0] ?? shellAt;
    }
    if (bad && index > 0) repairs.droppedParts++;
    if (!bad) kept.push(ring);
  });
  if (shellProblem) {
    const failure: ValidityFailure = {
      ok: false,
      problem: shellProblem,
      at: { lon: shellAt[0], lat: shellAt[1], ring: 0 },
    };
    return failure;
  }
  const crossing = findCrossing(kept);
  if (crossing) return { ok: false, problem: 'self-intersection', at: crossing };
  const shell = kept[0] as Pos[];
  // Holes that cross nothing lie wholly inside or wholly outside: one point of each tells (when affordable).
  if ((kept.length - 1) * shell.length <= HOLE_CHECK_WORK) {
    for (let h = 1; h < kept.length; h++) {
      const out = pointOutside(shell, kept[h] as Pos[]);
      if (out) return { ok: false, problem: 'hole-outside', at: { lon: out[0], lat: out[1], ring: h } };
    }
  }
  return { ok: true, rings: kept };
}

/** A line without consecutive duplicates, or null if it has fewer than 2 distinct points. */
function cleanLine(coords: readonly Pos[], repairs: Repairs): Pos[] | null {
  const out: Pos[] = [];
  for (const p of coords) {
    const last = out[out.length - 1];
    if (last && same(last, p)) repairs.duplicatePoints++;
    else out.push([p[0], p[1]]);
  }
  if (out.length < 2) {
    repairs.droppedLines++;
    return null;
  }
  return out;
}

/** Two parts of a MultiPolygon whose outlines cross (they overlap), with the place and both parts. */
function crossingBetweenParts(parts: readonly Pos[][][]): ProblemAt | undefined {
  const rings: Pos[][] = [];
  const ringPart: number[] = [];
  const firstRing: number[] = [];
  parts.forEach((p, part) => {
    firstRing.push(rings.length);
    for (const r of p) {
      rings.push(r);
      ringPart.push(part);
    }
  });
  const at = findCrossing(rings, ringPart);
  if (!at) return undefined;
  const part = ringPart[at.ring ?? 0] as number;
  const otherPart = ringPart[at.otherRing ?? 0] as number;
  return {
    lon: at.lon,
    lat: at.lat,
    part,
    otherPart,
    ring: (at.ring ?? 0) - (firstRing[part] as number),
    otherRing: (at.otherRing ?? 0) - (firstRing[otherPart] as number),
    ...(at.segments ? { segments: at.segments } : {}),
  };
}

export type GeometryValidity =
  | {
      ok: true;
      /** The repaired geometry, or null when nothing with length or area is left of a line geometry. */
      geometry: GeoJSON.Geometry | null;
      repairs: Repairs;
    }
  | (ValidityFailure & { repairs: Repairs });

/**
 * Check and repair one geometry (points pass unchanged). Polygon parts with no area are dropped when other
 * parts remain (a hole always may be); a polygon with no part left, or any crossing, is a failure.
 */
export function validateGeometry(g: GeoJSON.Geometry): GeometryValidity {
  const repairs = noRepairs();
  switch (g.type) {
    case 'LineString': {
      const line = cleanLine(g.coordinates as Pos[], repairs);
      return { ok: true, geometry: line ? { type: 'LineString', coordinates: line } : null, repairs };
    }
    case 'MultiLineString': {
      const lines = (g.coordinates as Pos[][]).map((l) => cleanLine(l, repairs)).filter((l) => l !== null);
      if (lines.length === 0) return { ok: true, geometry: null, repairs };
      return { ok: true, geometry: { type: 'MultiLineString', coordinates: lines }, repairs };
    }
    case 'Polygon': {
      const r = validatePolygon(g.coordinates as Pos[][], repairs);
      if (!r.ok) return { ...r, repairs };
      return { ok: true, geometry: { type: 'Polygon', coordinates: r.rings as Pos[][] }, repairs };
    }
    case 'MultiPolygon': {
      const parts: Pos[][][] = [];
      let firstBad: ValidityFailure | undefined;
      const polygons = g.coordinates as Pos[][][];
      for (let part = 0; part < polygons.length; part++) {
        const r = validatePolygon(polygons[part] as Pos[][], repairs);
        if (!r.ok && (r.problem === 'self-intersection' || r.problem === 'hole-outside')) {
          return { ...r, at: { ...r.at, part }, repairs };
        }
        if (!r.ok) {
          firstBad ??= { ...r, at: { ...r.at, part } };
          continue;
        }
        if (r.rings) parts.push(r.rings);
      }
      if (parts.length === 0 && firstBad) return { ...firstBad, repairs };
      const between = parts.length > 1 ? crossingBetweenParts(parts) : undefined;
      if (between) return { ok: false, problem: 'self-intersection', at: between, repairs };
      // Parts with no area are dropped (with their holes), as other parts remain.
      repairs.droppedParts += polygons.length - parts.length;
      return { ok: true, geometry: { type: 'MultiPolygon', coordinates: parts }, repairs };
    }
    default:
      return { ok: true, geometry: g, repairs };
  }
}
