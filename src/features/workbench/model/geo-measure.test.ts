import turfArea from '@turf/area';
import { polygon } from '@turf/helpers';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { closeRing } from '@/lib/geo/ring';
import { pathKm, ringArea } from './geo-measure';

/** 1 km in degrees of longitude on the equator of the CGCS2000 ellipsoid (2π · 6,378.137 km / 360). */
const KM = 1 / 111.31949079;
/** 1 km in degrees of latitude on the equator (the meridian's radius of curvature there, 6,335.439 km). */
const KM_LAT = 1 / 110.57427582;

describe('measure (CGCS2000 ellipsoid)', () => {
  const square: Position[] = [
    [0, 0],
    [KM, 0],
    [KM, KM_LAT],
    [0, KM_LAT],
  ];
  it('a 1 km × 1 km square on the equator is 1 km², 100 ha, 1,500 亩, where the sphere says 1.0045 km²', () => {
    const a = ringArea(square);
    expect(a?.km2).toBeCloseTo(1, 4);
    expect(a?.ha).toBeCloseTo(100, 1);
    expect(a?.mu).toBeCloseTo(1500, 0);
    expect(turfArea(polygon([closeRing(square)])) / 1e6).toBeGreaterThan(1.004);
  });
  it('distance: 景洪 city seat to 磨憨 port is about 129.7 km in a straight line', () => {
    expect(
      pathKm([
        [100.798, 22.015],
        [101.6824, 21.1856],
      ]),
    ).toBeCloseTo(129.69, 1);
  });
  it('a path adds its segments; fewer than 3 vertices or a crossing outline have no area', () => {
    expect(pathKm([square[0], square[1], square[2]] as Position[])).toBeCloseTo(2, 4);
    expect(
      ringArea([
        [0, 0],
        [1, 1],
      ]),
    ).toBeNull();
    expect(
      ringArea([
        [0, 0],
        [KM, KM_LAT],
        [KM, 0],
        [0, KM_LAT],
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
