import { describe, expect, it } from 'vitest';
import { coordProblem, describeCoordProblem, geometryCoordProblem } from './coords';

describe('coordProblem', () => {
  it('accepts WGS84 points in and near the prefecture', () => {
    expect(coordProblem(100.798, 22.015)).toBeNull(); // Jinghong
    expect(coordProblem(101.6824, 21.1856)).toBeNull(); // Mohan port
  });
  it('recognises swapped lon/lat, even when lat > 90', () => {
    expect(coordProblem(22.015, 100.798)).toBe('swapped');
  });
  it('recognises projected metres: Gauss–Krüger and Web Mercator', () => {
    expect(coordProblem(500000, 2435000)).toBe('projected'); // CGCS2000 GK, zone-local
    expect(coordProblem(11220000, 2510000)).toBe('projected'); // EPSG:3857 near Jinghong
  });
  it('flags points far away and non-numbers', () => {
    expect(coordProblem(102.71, 25.04)).toBe('out-of-range'); // Kunming
    expect(coordProblem(Number.NaN, 22)).toBe('not-finite');
  });
  it('describes each problem with the coordinate', () => {
    expect(describeCoordProblem('swapped', 22, 100.8)).toContain('(22, 100.8)');
    expect(describeCoordProblem('projected', 5e5, 2.4e6)).toContain('Gauss–Krüger');
  });
  it('finds the first bad position of a nested geometry', () => {
    expect(
      geometryCoordProblem([
        [
          [100.8, 22.0],
          [100.9, 22.1],
        ],
      ]),
    ).toBeNull();
    expect(
      geometryCoordProblem([
        [
          [100.8, 22.0],
          [500000, 2400000],
        ],
      ]),
    ).toContain('projected');
  });
});
