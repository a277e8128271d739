import type { Feature, LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { kmFromParkToLine, parkAccess, protectedOverlap } from './park-metrics';

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
  // A 2 km square park from lon 0 to 0.018° (2 km) and lat ±0.009° (±1 km): its east edge is at 2 km.
  const park = square(0, 2);
  const line = (...coordinates: [number, number][]): Feature<LineString> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates },
  });
  const road = line([0, 0.5], [1, 0.5]); // 0.5° north: 55.6 km from the centre line, 54.6 km from the edge
  const base = {
    stations: [
      { id: 'far', at: [1, 0] },
      { id: 'near', at: [0.1, 0] }, // 11.1 km east of lon 0, 9.1 km from the east edge
    ],
    ports: [
      { id: 'road-far', kind: 'road' as const, at: [1, 0] },
      { id: 'road-near', kind: 'road' as const, at: [0.3, 0] }, // 33.4 − 2 = 31.4 km
      { id: 'rail', kind: 'rail' as const, at: [0.2, 0] }, // 22.2 − 2 = 20.2 km
      { id: 'river', kind: 'river' as const, at: [0.05, 0] }, // 5.6 − 2 = 3.6 km: nearer, but no border port
      { id: 'air', kind: 'air' as const, at: [0.009, 0] },
    ],
    airport: [0.2, 0.009], // level with the NE corner: 22.2 − 2 = 20.2 km
    expressways: [road],
  };

  it('measures from the park edge to the nearest station, port of each kind and airport', () => {
    const a = parkAccess(park, base);
    expect(a.station_id).toBe('near');
    expect(a.station_km).toBeCloseTo(9.1, 1);
    expect(a.ports).toEqual({
      road: { id: 'road-near', km: 31.4 },
      rail: { id: 'rail', km: 20.2 },
      river: { id: 'river', km: 3.6 },
    });
    expect(a.airport_km).toBeCloseTo(20.2, 1);
    expect(a.expressway_km).toBeCloseTo(54.6, 1);
  });

  it('takes port_km from the nearest road or rail border port, never a river port', () => {
    const a = parkAccess(park, base);
    expect(a.port_id).toBe('rail');
    expect(a.port_km).toBeCloseTo(20.2, 1);
    const roadCloser = parkAccess(park, {
      ...base,
      ports: [...base.ports, { id: 'road-next', kind: 'road', at: [0.1, 0] }],
    });
    expect(roadCloser.port_id).toBe('road-next');
    expect(roadCloser.port_km).toBeCloseTo(9.1, 1);
  });

  it('is 0 for a target inside the park and for a line that crosses it', () => {
    const a = parkAccess(park, {
      ...base,
      stations: [{ id: 'inside', at: [0.009, 0] }],
      airport: [0.001, 0.001],
      // Both vertices lie outside the park; the segment between them crosses it.
      expressways: [road, line([0.009, -1], [0.009, 1])],
    });
    expect(a.station_km).toBe(0);
    expect(a.airport_km).toBe(0);
    expect(a.expressway_km).toBe(0);
  });

  it('finds the nearest point of a line from its vertex to the park edge', () => {
    // The line's west end is 9.1 km from the east edge; a park corner is 9.2 km from it.
    expect(kmFromParkToLine(park, line([0.1, 0], [0.2, 0]))).toBeCloseTo(9.1, 1);
    // A long line passing north: its nearest point is mid-segment, above the park's north edge.
    expect(kmFromParkToLine(park, line([-1, 0.1], [1, 0.1]))).toBeCloseTo(10.1, 1);
  });

  it('names the missing kind when places.csv has no port of it', () => {
    expect(() => parkAccess(park, { ...base, ports: base.ports.filter((p) => p.kind !== 'river') })).toThrow(
      'no river port',
    );
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
