import { describe, expect, it } from 'vitest';
import {
  findCrossing,
  type Pos,
  pointInRing,
  validateGeometry,
  validatePolygonRing,
} from './geometry-validity';

const SLOW = { timeout: 60_000 };
const square: Pos[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

/** A circle of n vertices (closed), optionally with a dent that crosses the opposite side. */
function circle(n: number, cx = 100.8, cy = 22, r = 0.01): Pos[] {
  const ring: Pos[] = [];
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n;
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push([cx + r, cy]);
  return ring;
}

describe('validatePolygonRing', () => {
  it('accepts a simple closed ring unchanged, with no repairs', () => {
    const r = validatePolygonRing(square);
    expect(r).toEqual({
      ok: true,
      ring: square,
      repairs: { closedRings: 0, duplicatePoints: 0, droppedParts: 0, droppedLines: 0 },
    });
  });

  it('closes an open ring and removes consecutive duplicates, counting both', () => {
    const r = validatePolygonRing([
      [0, 0],
      [0, 0],
      [1, 0],
      [1, 1],
      [1, 1],
      [1, 1],
      [0, 1],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.ring).toEqual(square);
    expect(r.repairs).toMatchObject({ closedRings: 1, duplicatePoints: 3 });
  });

  it('refuses a bow-tie with the crossing point and the two segments', () => {
    const r = validatePolygonRing([
      [0, 0],
      [2, 2],
      [2, 0],
      [0, 2],
    ]);
    expect(r).toEqual({
      ok: false,
      problem: 'self-intersection',
      at: { lon: 1, lat: 1, ring: 0, segments: [1, 3] },
    });
  });

  it('refuses a figure-of-eight through a shared vertex (opposite loops, signed area 0)', () => {
    const r = validatePolygonRing([
      [0, 0],
      [1, 1],
      [2, 2],
      [2, 0],
      [1, 1],
      [0, 2],
      [0, 0],
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe('self-intersection');
    expect([r.at.lon, r.at.lat]).toEqual([1, 1]);
  });

  it('refuses a spike (the ring turns straight back over itself)', () => {
    const r = validatePolygonRing([
      [0, 0],
      [2, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe('self-intersection');
  });

  it('refuses fewer than 3 distinct points and collinear rings as having no area', () => {
    expect(
      validatePolygonRing([
        [0, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toMatchObject({ ok: false, problem: 'too-few-points', at: { lon: 0, lat: 0 } });
    expect(
      validatePolygonRing([
        [0, 0],
        [1, 1],
        [3, 3],
        [2, 2],
      ]),
    ).toMatchObject({ ok: false, problem: 'zero-area' });
  });

  it('accepts a long thin sliver that still has an area', () => {
    expect(
      validatePolygonRing([
        [100, 22],
        [100.1, 22],
        [100.1, 22.000001],
        [100, 22.000001],
      ]).ok,
    ).toBe(true);
  });

  it('checks a ring of 1,000,000 vertices, valid and with one crossing, in about linear time', {
    timeout: 60_000,
  }, () => {
    const ring = circle(1_000_000);
    expect(validatePolygonRing(ring).ok).toBe(true);
    // Move one vertex far across the circle: its two segments now cross the opposite side.
    const bad = ring.slice();
    bad[250_000] = [100.8, 22 - 0.02];
    const r = validatePolygonRing(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe('self-intersection');
  });

  it('finds a crossing between a fine and a coarse part of one ring (crowded cells are subdivided)', () => {
    // A comb of 20,000 fine teeth along the bottom, and a coarse top; then one tooth pokes through the top.
    const ring: Pos[] = [];
    for (let k = 0; k < 20_000; k++) ring.push([k * 1e-5, 0], [k * 1e-5, 1e-6], [(k + 0.5) * 1e-5, 1e-6]);
    ring.push([0.2, 0], [0.2, 1], [-0.01, 1], [-0.01, 0], [0, 0]);
    expect(findCrossing([ring])).toBeUndefined();
    ring[3 * 10_000 + 1] = [0.1, 2];
    expect(findCrossing([ring])).toBeDefined();
  });

  it(
    'checks a comb of 200,000 tall, close teeth (every tooth crosses the same cells) in bounded work',
    SLOW,
    () => {
      const ring: Pos[] = [];
      for (let k = 0; k < 100_000; k++)
        ring.push([k * 1e-5, 0], [k * 1e-5, 1], [(k + 0.5) * 1e-5, 1], [(k + 0.5) * 1e-5, 0]);
      ring.push([1, 0], [1, -1], [0, -1], [0, 0]);
      expect(findCrossing([ring])).toBeUndefined();
      ring[4 * 50_000 + 1] = [0.2, -2];
      expect(findCrossing([ring])).toMatchObject({ ring: 0 });
    },
  );
});

describe('validateGeometry', () => {
  it('refuses a hole that crosses its shell, naming both rings', () => {
    const hole: Pos[] = [
      [0.5, 0.5],
      [1.5, 0.5],
      [1.5, 0.8],
      [0.5, 0.8],
      [0.5, 0.5],
    ];
    const r = validateGeometry({ type: 'Polygon', coordinates: [square, hole] });
    expect(r).toMatchObject({ ok: false, problem: 'self-intersection', at: { ring: 0, otherRing: 1 } });
    if (!r.ok) expect(r.at.lon).toBe(1);
  });

  it('refuses a hole outside its shell, with a point of it', () => {
    const hole: Pos[] = [
      [2, 2],
      [3, 2],
      [3, 3],
      [2, 2],
    ];
    const r = validateGeometry({ type: 'Polygon', coordinates: [square, hole] });
    expect(r).toMatchObject({ ok: false, problem: 'hole-outside', at: { ring: 1, lon: 2.5, lat: 2 } });
    const inside: Pos[] = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.2],
    ];
    expect(validateGeometry({ type: 'Polygon', coordinates: [square, inside] }).ok).toBe(true);
  });

  it('pointInRing tells inside, outside and on the boundary', () => {
    expect(pointInRing([0.5, 0.5], square)).toBe('in');
    expect(pointInRing([1.5, 0.5], square)).toBe('out');
    expect(pointInRing([1, 0.5], square)).toBe('on');
    expect(pointInRing([0, 0], square)).toBe('on');
  });

  it('allows a hole touching its shell in one point', () => {
    const hole: Pos[] = [
      [0.5, 0],
      [0.7, 0.5],
      [0.3, 0.5],
      [0.5, 0],
    ];
    expect(validateGeometry({ type: 'Polygon', coordinates: [square, hole] }).ok).toBe(true);
  });

  it('drops a zero-area hole and a zero-area part of a MultiPolygon, counting them', () => {
    const flat: Pos[] = [
      [5, 5],
      [6, 6],
      [5, 5],
    ];
    const r = validateGeometry({
      type: 'MultiPolygon',
      coordinates: [[square, flat], [flat]],
    });
    expect(r).toMatchObject({ ok: true, geometry: { type: 'MultiPolygon', coordinates: [[square]] } });
    expect(r.repairs.droppedParts).toBe(2);
  });

  it('refuses a polygon whose only part has no area', () => {
    const r = validateGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [1, 1],
          [2, 2],
          [3, 3],
          [1, 1],
        ],
      ],
    });
    expect(r).toMatchObject({ ok: false, problem: 'zero-area' });
  });

  it('refuses two parts of a MultiPolygon whose outlines cross; parts sharing an edge or a corner are fine', () => {
    const shifted = (dx: number, dy: number): Pos[] => square.map(([x, y]) => [x + dx, y + dy]);
    expect(
      validateGeometry({ type: 'MultiPolygon', coordinates: [[square], [shifted(0.5, 0.5)]] }),
    ).toMatchObject({
      ok: false,
      problem: 'self-intersection',
      at: { part: 0, otherPart: 1, lon: 1, lat: 0.5 },
    });
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [[square], [shifted(1, 0)]] }).ok).toBe(
      true,
    );
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [[square], [shifted(1, 1)]] }).ok).toBe(
      true,
    );
  });

  it('names the part of a MultiPolygon that crosses itself', () => {
    const bowTie: Pos[] = [
      [10, 10],
      [12, 12],
      [12, 10],
      [10, 12],
      [10, 10],
    ];
    const r = validateGeometry({ type: 'MultiPolygon', coordinates: [[square], [bowTie]] });
    expect(r).toMatchObject({ ok: false, problem: 'self-intersection', at: { part: 1, lon: 11, lat: 11 } });
  });

  it('removes duplicate points of lines and drops lines with fewer than 2 distinct points', () => {
    const r = validateGeometry({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [0, 0],
          [1, 1],
        ],
        [
          [2, 2],
          [2, 2],
        ],
      ],
    });
    expect(r).toMatchObject({
      ok: true,
      geometry: {
        type: 'MultiLineString',
        coordinates: [
          [
            [0, 0],
            [1, 1],
          ],
        ],
      },
    });
    expect(r.repairs).toMatchObject({ duplicatePoints: 2, droppedLines: 1 });
    const single = validateGeometry({
      type: 'LineString',
      coordinates: [
        [3, 3],
        [3, 3],
      ],
    });
    expect(single).toMatchObject({ ok: true, geometry: null });
  });

  it('passes points through', () => {
    const g: GeoJSON.Geometry = { type: 'Point', coordinates: [1, 2] };
    expect(validateGeometry(g)).toMatchObject({ ok: true, geometry: g });
  });
});
