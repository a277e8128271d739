import { describe, expect, it } from 'vitest';
import { closeRing } from '@/lib/geo/ring';
import { pathKm, ringArea } from './geo-measure';

/** 1 km in degrees of longitude on the equator (WGS84 mean radius 6,371.0088 km in turf). */
const KM = 1 / 111.19508;

describe('measure', () => {
  it('a 1 km × 1 km square on the equator is 1 km², 100 ha, 1,500 亩', () => {
    const a = ringArea([
      [0, 0],
      [KM, 0],
      [KM, KM],
      [0, KM],
    ]);
    expect(a?.km2).toBeCloseTo(1, 2);
    expect(a?.ha).toBeCloseTo(100, 0);
    expect(a?.mu).toBeCloseTo(1500, -1);
  });
  it('distance: Jinghong city seat to Mohan port is about 130 km in a straight line', () => {
    // Haversine by hand: Δlat 0.8294°, Δlon 0.8844°, mean lat 21.6° → √(92.22² + 91.47²) ≈ 129.9 km.
    expect(
      pathKm([
        [100.798, 22.015],
        [101.6824, 21.1856],
      ]),
    ).toBeCloseTo(129.7, 0);
  });
  it('a path adds its segments; fewer than 3 vertices have no area', () => {
    expect(
      pathKm([
        [0, 0],
        [KM, 0],
        [KM, KM],
      ]),
    ).toBeCloseTo(2, 3);
    expect(
      ringArea([
        [0, 0],
        [1, 1],
      ]),
    ).toBeNull();
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toHaveLength(4);
  });
});
