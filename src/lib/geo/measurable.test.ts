import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isMeasurableArea, ringCrossesItself } from './measurable';

const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const sq: Position[] = [
  [100.8, 22],
  [100.81, 22],
  [100.81, 22.01],
  [100.8, 22.01],
  [100.8, 22],
];

describe('isMeasurableArea', () => {
  it('a square, with or without a hole, either way round, and a multipolygon', () => {
    expect(isMeasurableArea(poly(sq))).toBe(true);
    expect(isMeasurableArea(poly([...sq].reverse()))).toBe(true);
    const hole: Position[] = [
      [100.803, 22.003],
      [100.803, 22.006],
      [100.806, 22.006],
      [100.806, 22.003],
      [100.803, 22.003],
    ];
    expect(isMeasurableArea(poly(sq, hole))).toBe(true);
    expect(isMeasurableArea({ type: 'MultiPolygon', coordinates: [[sq], [hole]] })).toBe(true);
  });
  it('not: a bow-tie, a spike back along an edge, two corners, collinear corners, NaN, an empty multipolygon', () => {
    const [a, b, c, d] = sq as [Position, Position, Position, Position];
    expect(isMeasurableArea(poly([a, c, b, d, a]))).toBe(false);
    expect(isMeasurableArea(poly([a, b, [100.805, 22], c, d, a]))).toBe(false);
    expect(isMeasurableArea(poly([a, b, a]))).toBe(false);
    expect(isMeasurableArea(poly([a, [100.805, 22], b, a]))).toBe(false);
    expect(isMeasurableArea(poly([a, b, [Number.NaN, 22], d, a]))).toBe(false);
    expect(isMeasurableArea(poly([a, b, [100.81, 95], d, a]))).toBe(false);
    expect(isMeasurableArea({ type: 'MultiPolygon', coordinates: [] })).toBe(false);
    expect(isMeasurableArea(null)).toBe(false);
  });
  it('a repeated corner is not a crossing; a figure eight through a shared corner is', () => {
    const [a, b, c, d] = sq as [Position, Position, Position, Position];
    expect(ringCrossesItself([a, b, b, c, d, a])).toBe(false);
    const m: Position = [100.805, 22.005];
    expect(ringCrossesItself([a, b, m, c, d, m, a])).toBe(true);
  });
  it('a 20,000-corner circle is checked quickly and found simple', () => {
    const ring: Position[] = Array.from({ length: 20000 }, (_, i) => {
      const t = (2 * Math.PI * i) / 20000;
      return [100.8 + 0.1 * Math.cos(t), 22 + 0.1 * Math.sin(t)];
    });
    const t0 = performance.now();
    expect(isMeasurableArea(poly([...ring, ring[0] as Position]))).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
    ring[5000] = [100.8, 21.8];
    expect(ringCrossesItself(ring)).toBe(true);
  });
});
