import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { KM, kmPoint, kmSquare } from '../../../../test/support/km-squares';
import { kmToArea, overlapWith, type SiteContext, siteMetrics } from './site-metrics';

const square = (x: number, y: number, s: number, id = 'sq') => kmSquare(x, y, s, { id });
const pt = (x: number, y: number, id: string) => kmPoint(x, y, { id });
const road: Feature<LineString> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [-1, 10 * KM],
      [1, 10 * KM],
    ],
  },
};

const ctx: SiteContext = {
  counties: [square(-50, -50, 100, 'c1')],
  parks: [square(5, 0, 2, 'near'), square(30, 0, 2, 'far')],
  protectedAreas: [square(1, 0, 10, 'reserve')],
  stations: [pt(0, -3, 's1'), pt(40, 0, 's2')],
  borderPorts: [pt(4, 1, 'p-near'), pt(-30, 1, 'p-far')],
  airport: [1 * KM, -20 * KM],
  expressways: [road],
};

describe('overlapWith (hand-worked)', () => {
  it('two 2 km squares offset by 1 km overlap by 2 km² (200 ha)', () => {
    const o = overlapWith(square(0, 0, 2), [square(1, 0, 2, 'b')]);
    expect(o.m2 / 1e6).toBeCloseTo(2, 2);
    expect(o.ids).toEqual(['b']);
  });
});

describe('siteMetrics (hand-worked)', () => {
  // Site: the 2 km square at (0,0)-(2,2) km; centre (1, 1) km.
  const m = siteMetrics(square(0, 0, 2, 'site'), ctx);
  it('area 4 km² = 400 ha = 6,000 亩, in county c1', () => {
    expect(m.area.km2).toBeCloseTo(4, 2);
    expect(m.area.mu).toBeCloseTo(6000, -1);
    expect(m.county).toBe('c1');
  });
  it('nearest park: "near" whose west edge is 4 km east of the centre', () => {
    expect(m.nearestPark.id).toBe('near');
    expect(m.nearestPark.km).toBeCloseTo(4, 1);
  });
  it('station s1 at √(1² + 4²) ≈ 4.12 km; nearest border port 3 km (not the one 31 km west); expressway 9 km; airport 21 km', () => {
    expect(m.station.id).toBe('s1');
    expect(m.station.km).toBeCloseTo(Math.sqrt(17), 1);
    expect(m.port?.id).toBe('p-near');
    expect(m.port?.km).toBeCloseTo(3, 1);
    expect(m.expresswayKm).toBeCloseTo(9, 1);
    expect(m.airportKm).toBeCloseTo(21, 1);
  });
  it('overlaps the reserve by its east half: 2 km² = 200 ha = 3,000 亩', () => {
    expect(m.protectedOverlap.ha).toBeCloseTo(200, -1);
    expect(m.protectedOverlap.mu).toBeCloseTo(3000, -2);
    expect(m.protectedOverlap.ids).toEqual(['reserve']);
  });
  it('a site overlapping a park is 0 km from it', () => {
    expect(siteMetrics(square(5.5, 0.5, 1), ctx).nearestPark).toEqual({ id: 'near', km: 0 });
  });
  it('kmToArea is 0 inside', () => {
    expect(kmToArea([6 * KM, 1 * KM], square(5, 0, 2))).toBe(0);
  });
});
