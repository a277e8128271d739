import turfArea from '@turf/area';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceM, pointToSegmentM, polygonAreaM2 } from '@/lib/geo/geodesic';
import { KM, kmPoint, kmSquare } from '../../../../test/support/km-squares';
import { kmToArea, overlapWith, type SiteContext, siteCentre, siteMetrics } from './site-metrics';

const square = (x: number, y: number, s: number, id = 'sq') => kmSquare(x, y, s, { id });
const pt = (x: number, y: number, id: string) => kmPoint(x, y, { id });
/** A position (x, y) "km" from (0°, 0°), in the fixtures' unit (1/111.19508°). */
const at = (x: number, y: number): Position => [x * KM, y * KM];
const km = (m: number) => m / 1000;
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
  it('two 2 km squares offset by 1 km overlap by 2 km² (200 ha), measured on the ellipsoid', () => {
    const o = overlapWith(square(0, 0, 2), [square(1, 0, 2, 'b')]);
    expect(o.m2 / 1e6).toBeCloseTo(2, 1);
    // Exactly the ellipsoidal area of the common 1 × 2 rectangle, not turf's spherical one (+0.3 %).
    const common: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [[at(1, 0), at(2, 0), at(2, 2), at(1, 2), at(1, 0)]] },
    };
    expect(o.m2 / polygonAreaM2(common.geometry)).toBeCloseTo(1, 6);
    expect(Math.abs(o.m2 / turfArea(common) - 1)).toBeGreaterThan(0.002);
    expect(o.ids).toEqual(['b']);
  });
});

describe('siteMetrics (hand-worked, from the site edge)', () => {
  // Site: the 2 km square at (0,0)-(2,2) km.
  const site = square(0, 0, 2, 'site');
  const m = siteMetrics(site, ctx);
  if (!m) throw new Error('the square is measurable');
  it('area ≈ 4 km² = 400 ha = 6,000 亩 (ellipsoidal), in county c1', () => {
    expect(m.area.m2).toBe(polygonAreaM2(site.geometry));
    expect(m.area.km2).toBeCloseTo(4, 1);
    expect(m.area.mu).toBeCloseTo(6000, -2);
    expect(m.county).toBe('c1');
  });
  it('nearest park: "near", whose west edge is 3 km east of the site’s east edge', () => {
    expect(m.nearestPark.id).toBe('near');
    expect(m.nearestPark.km).toBeCloseTo(3, 1);
    // Edge to edge, at the southern corners (a degree of longitude is longest there): not from the centre (4 km).
    expect(m.nearestPark.km).toBeCloseTo(km(distanceM(at(2, 0), at(5, 0))), 6);
  });
  it('station s1 3 km below the south-west corner (not √17 from the centre); the port 2 km east of the east edge', () => {
    expect(m.station.id).toBe('s1');
    expect(m.station.km).toBeCloseTo(km(distanceM(at(0, 0), at(0, -3))), 6);
    expect(m.station.km).toBeCloseTo(3, 1);
    expect(m.port?.id).toBe('p-near');
    expect(m.port?.km).toBeCloseTo(km(pointToSegmentM(at(4, 1), at(2, 0), at(2, 2))), 6);
    expect(m.port?.km).toBeCloseTo(2, 1);
  });
  it('the expressway 8 km north of the north edge; the airport 20 km south of the south edge', () => {
    expect(m.expresswayKm).toBeCloseTo(8, 0);
    expect(m.expresswayKm).toBeCloseTo(km(pointToSegmentM(at(1, 2), [-1, 10 * KM], [1, 10 * KM])), 3);
    expect(m.airportKm).toBeCloseTo(km(pointToSegmentM(at(1, -20), at(0, 0), at(2, 0))), 6);
    expect(m.airportKm).toBeCloseTo(20, 0);
  });
  it('overlaps the reserve by its east half: 2 km² = 200 ha = 3,000 亩', () => {
    expect(m.protectedOverlap.ha).toBeCloseTo(200, -1);
    expect(m.protectedOverlap.mu).toBeCloseTo(3000, -2);
    expect(m.protectedOverlap.ids).toEqual(['reserve']);
  });
  it('a site overlapping a park is 0 km from it', () => {
    expect(siteMetrics(square(5.5, 0.5, 1), ctx)?.nearestPark).toEqual({ id: 'near', km: 0 });
  });
  it('a site crossed by the expressway is 0 km from it; one around a station is 0 km from it', () => {
    expect(siteMetrics(square(-0.5, 9, 2), ctx)?.expresswayKm).toBe(0);
    expect(siteMetrics(square(-1, -4, 2), ctx)?.station).toEqual({ id: 's1', km: 0 });
  });
  it('kmToArea is 0 inside', () => {
    expect(kmToArea([6 * KM, 1 * KM], square(5, 0, 2))).toBe(0);
  });
});

describe('a shape that cannot be measured has no metrics (—), never 0 亩 and 15,000 km', () => {
  const poly = (ring: Position[]): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  it('a bow-tie', () => {
    const bowTie = poly([at(0, 0), at(2, 2), at(2, 0), at(0, 2), at(0, 0)]);
    expect(siteMetrics(bowTie, ctx)).toBeNull();
    // It can still be located (to repair it): the middle of its box.
    expect(siteCentre(bowTie)?.[0]).toBeCloseTo(1 * KM, 9);
    expect(siteCentre(bowTie)?.[1]).toBeCloseTo(1 * KM, 9);
    expect(overlapWith(bowTie, ctx.protectedAreas)).toEqual({ m2: 0, ids: [] });
  });
  it('two corners, all corners on a line, a non-finite corner', () => {
    expect(siteMetrics(poly([at(0, 0), at(2, 2), at(0, 0)]), ctx)).toBeNull();
    expect(siteMetrics(poly([at(0, 0), at(1, 1), at(2, 2), at(0, 0)]), ctx)).toBeNull();
    expect(siteMetrics(poly([at(0, 0), [Number.NaN, 0], at(2, 2), at(0, 0)]), ctx)).toBeNull();
  });
});
