import { readFileSync } from 'node:fs';
import turfArea from '@turf/area';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  distanceM,
  pathLengthM,
  pointInArea,
  pointToLineM,
  pointToSegmentM,
  polygonAreaM2,
  polygonToLineM,
  polygonToPointM,
  polygonToPolygonM,
} from './geodesic';

// Reference values from GDAL/SpatiaLite and PROJ's geod (test/fixtures/gis/geodesy/make-references.sh).
const dir = new URL('../../../test/fixtures/gis/geodesy/', import.meta.url);
const parcels = JSON.parse(readFileSync(new URL('parcels.geojson', dir), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { id: string }
>;
interface Refs {
  area: Record<string, { spatialite_m2: number; albers_m2: number }>;
  distance: Record<'point' | 'segment' | 'line', Record<string, number>>;
  cases: {
    point: { id: string; a: Position; b: Position }[];
    segment: { id: string; p: Position; a: Position; b: Position }[];
    site: Polygon;
    lines: { id: string; coordinates: Position[] }[];
  };
}
const refs = JSON.parse(readFileSync(new URL('references.json', dir), 'utf8')) as Refs;
const rel = (x: number, ref: number) => Math.abs(x - ref) / ref;

describe('polygonAreaM2 against independent ellipsoidal references (1 ha … 1,000 km²)', () => {
  it('covers every parcel, each with two references that agree', () => {
    expect(parcels.features.map((f) => f.properties.id).sort()).toEqual(Object.keys(refs.area).sort());
    for (const r of Object.values(refs.area)) expect(rel(r.albers_m2, r.spatialite_m2)).toBeLessThan(1e-5);
  });
  for (const f of parcels.features) {
    it(`${f.properties.id}: within 0.05 % of SpatiaLite's and the Albers equal-area figure`, () => {
      const r = refs.area[f.properties.id];
      if (!r) throw new Error(`no reference for ${f.properties.id}`);
      const m2 = polygonAreaM2(f.geometry);
      expect(rel(m2, r.spatialite_m2)).toBeLessThan(5e-4);
      expect(rel(m2, r.albers_m2)).toBeLessThan(5e-4);
      // In fact far closer: the same geodesic polygon, to a few parts per million.
      expect(rel(m2, r.spatialite_m2)).toBeLessThan(1e-5);
    });
  }
  it("turf's spherical area (the old method) fails the same test: about +0.3 % at 22°N", () => {
    for (const f of parcels.features) {
      const r = refs.area[f.properties.id] as { spatialite_m2: number };
      const bias = turfArea(f as Feature) / r.spatialite_m2 - 1;
      expect(bias).toBeGreaterThan(5e-4);
      expect(bias).toBeGreaterThan(0.002);
      expect(bias).toBeLessThan(0.004);
    }
  });
  it('subtracts holes and ignores ring direction', () => {
    const holed = parcels.features.find(
      (f) => f.properties.id === 'square-4km2-hole-1km2',
    ) as Feature<Polygon>;
    const [outer, hole] = holed.geometry.coordinates as [Position[], Position[]];
    const whole = polygonAreaM2({ type: 'Polygon', coordinates: [outer] });
    const holeOnly = polygonAreaM2({ type: 'Polygon', coordinates: [hole] });
    expect(polygonAreaM2(holed.geometry)).toBeCloseTo(whole - holeOnly, 3);
    expect(
      polygonAreaM2({ type: 'Polygon', coordinates: [[...outer].reverse(), [...hole].reverse()] }),
    ).toBeCloseTo(whole - holeOnly, 3);
    expect(holeOnly / whole).toBeCloseTo(0.25, 3);
  });
  it('is 0 for a ring of fewer than three distinct vertices', () => {
    const p: Position = [100.8, 22];
    expect(polygonAreaM2({ type: 'Polygon', coordinates: [[p, p, [100.9, 22], p]] })).toBe(0);
  });
});

describe('distances against PROJ geod', () => {
  it('point to point (geodesic inverse), to 1 mm', () => {
    for (const c of refs.cases.point)
      expect(distanceM(c.a, c.b)).toBeCloseTo(refs.distance.point[c.id] ?? -1, 2);
  });
  it('a path adds its segments', () => {
    const c = refs.cases.point[0] as { a: Position; b: Position };
    const mid: Position = [((c.a[0] ?? 0) + (c.b[0] ?? 0)) / 2, ((c.a[1] ?? 0) + (c.b[1] ?? 0)) / 2];
    expect(pathLengthM([c.a, mid, c.b])).toBeCloseTo(distanceM(c.a, mid) + distanceM(mid, c.b), 6);
    expect(pathLengthM([c.a, mid, c.b])).toBeGreaterThanOrEqual(distanceM(c.a, c.b));
    expect(pathLengthM([c.a])).toBe(0);
  });
  it('point to segment: the nearest point of the geodesic (foot inside, past the end, diagonal), < 0.01 %', () => {
    for (const c of refs.cases.segment) {
      const ref = refs.distance.segment[c.id] as number;
      expect(rel(pointToSegmentM(c.p, c.a, c.b), ref)).toBeLessThan(1e-4);
      expect(rel(pointToSegmentM(c.p, c.b, c.a), ref)).toBeLessThan(1e-4);
      expect(rel(pointToLineM(c.p, [c.a, c.b]) ?? -1, ref)).toBeLessThan(1e-4);
    }
  });
  it('site to line from the nearest point of the edge: 1 km ± 0.1 %, the diagonal, and 0 when crossed', () => {
    const site = refs.cases.site;
    for (const l of refs.cases.lines) {
      const ref = refs.distance.line[l.id] as number;
      const m = polygonToLineM(site, l.coordinates) as number;
      if (ref === 0) expect(m).toBe(0);
      else expect(rel(m, ref)).toBeLessThan(1e-4);
    }
    const oneKm = polygonToLineM(site, refs.cases.lines[0]?.coordinates ?? []) as number;
    expect(rel(oneKm, 1000)).toBeLessThan(1e-3);
  });
});

describe('containment', () => {
  const site = parcels.features.find((f) => f.properties.id === 'square-4km2-hole-1km2') as Feature<Polygon>;
  const [outer] = site.geometry.coordinates as [Position[]];
  const [w, s] = outer[0] as [number, number];
  const [e, n] = outer[2] as [number, number];
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  it('a point inside is 0; in the hole it is the distance to the hole edge', () => {
    const inRing: Position = [w + (e - w) * 0.1, cy];
    expect(pointInArea(inRing, site.geometry)).toBe(true);
    expect(polygonToPointM(site.geometry, inRing)).toBe(0);
    const inHole: Position = [cx, cy];
    expect(pointInArea(inHole, site.geometry)).toBe(false);
    // The hole is a 1 km square: its centre is ~500 m from its edge.
    expect(polygonToPointM(site.geometry, inHole)).toBeGreaterThan(490);
    expect(polygonToPointM(site.geometry, inHole)).toBeLessThan(510);
  });
  it('a line wholly inside is 0; one inside the hole is not', () => {
    expect(
      polygonToLineM(site.geometry, [
        [w + 0.001, s + 0.001],
        [w + 0.002, s + 0.001],
      ]),
    ).toBe(0);
    expect(
      polygonToLineM(site.geometry, [
        [cx - 0.001, cy],
        [cx + 0.001, cy],
      ]) ?? 0,
    ).toBeGreaterThan(300);
  });
  it('areas: overlapping or touching 0, else edge to edge', () => {
    const sq = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
      type: 'Polygon',
      coordinates: [
        [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
          [x0, y0],
        ],
      ],
    });
    const a = sq(100.8, 22, 100.81, 22.01);
    expect(polygonToPolygonM(a, sq(100.805, 21.99, 100.806, 22.02))).toBe(0); // crossing, no vertex inside
    expect(polygonToPolygonM(a, sq(100.801, 22.001, 100.802, 22.002))).toBe(0); // inside
    const gap = polygonToPolygonM(a, sq(100.82, 22, 100.83, 22.01)) as number;
    // Nearest at the southern corners, where a degree of longitude is longest.
    expect(rel(gap, distanceM([100.81, 22], [100.82, 22]))).toBeLessThan(1e-4);
    expect(gap).toBeLessThan(pointToSegmentM([100.82, 22.005], [100.81, 22], [100.81, 22.01]));
  });
});
