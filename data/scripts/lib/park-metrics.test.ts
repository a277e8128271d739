import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parkAccess, protectedOverlap } from './park-metrics';

/** A square of side `km` kilometres centred on the equator at lon 0 (1° ≈ 111.195 km there). */
function square(lon0: number, km: number, id = 'sq'): Feature<Polygon> {
  const d = km / 111.195;
  return {
    type: 'Feature',
    properties: { id },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon0, -d / 2],
          [lon0 + d, -d / 2],
          [lon0 + d, d / 2],
          [lon0, d / 2],
          [lon0, -d / 2],
        ],
      ],
    },
  };
}

describe('parkAccess', () => {
  const road: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0.5],
        [1, 0.5],
      ],
    },
  };
  it('finds the nearest station and measures great-circle km', () => {
    const a = parkAccess([0, 0], {
      stations: [
        { id: 'far', at: [1, 0] },
        { id: 'near', at: [0.1, 0] },
      ],
      mohanPort: [0, 1],
      airport: [0.2, 0],
      expressways: [road],
    });
    expect(a.station_id).toBe('near');
    expect(a.station_km).toBeCloseTo(11.1, 1); // 0.1° of the equator
    expect(a.port_km).toBeCloseTo(111.2, 1); // 1° of a meridian
    expect(a.expressway_km).toBeCloseTo(55.6, 1);
    expect(a.airport_km).toBeCloseTo(22.2, 1);
  });
});

describe('protectedOverlap', () => {
  it('half of a 2 km square inside a reserve is 200 ha, share 0.5', () => {
    const park = square(0, 2);
    const reserve = square(0.009, 10, 'r'); // starts 1 km east of the park's west edge
    const o = protectedOverlap(park, [reserve]);
    expect(o.ha).toBeCloseTo(200, -0.5);
    expect(o.share).toBeCloseTo(0.5, 1);
    expect(o.ids).toEqual(['r']);
  });
  it('no overlap is zero', () => {
    expect(protectedOverlap(square(0, 1), [square(5, 1)])).toEqual({ ha: 0, share: 0, ids: [] });
  });
});
