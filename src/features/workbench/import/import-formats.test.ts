import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-file';
import type { ImportResult, InputFile } from './types';

const FIXTURES = new URL('../../../../test/fixtures/import/', import.meta.url);
const load = (name: string): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))),
});

type Ok = Extract<ImportResult, { ok: true }>;
async function expectOk(files: InputFile[], opts?: { gcj02?: boolean }): Promise<Ok> {
  const r = await importFiles(files, opts);
  if (!r.ok) throw new Error(`expected success, got ${r.error.code}: ${r.error.detail}`);
  return r;
}
const coords = (f: GeoJSON.Feature | undefined) => {
  if (f?.geometry.type !== 'Point') throw new Error(`expected a Point, got ${f?.geometry.type}`);
  return f.geometry.coordinates;
};

describe('importFiles: GeoJSON', () => {
  it('imports a FeatureCollection, rounds to 1e-6, keeps properties, adds __id', async () => {
    const r = await expectOk([load('good.geojson')]);
    expect(r.format).toBe('geojson');
    expect(r.name).toBe('good');
    expect(r.data.features).toHaveLength(3);
    expect(coords(r.data.features[0])).toEqual([100.798, 22.015001]);
    expect(r.data.features[0]?.properties).toEqual({ name: '景洪', id: 7, __id: 'good.geojson#0' });
    expect(r.data.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(r.data.features[2]?.properties?.__id).toBe('good.geojson#2');
    expect(r.warnings).toEqual([]);
  });

  it('imports a bare geometry', async () => {
    const bytes = new TextEncoder().encode(
      '{"type":"LineString","coordinates":[[100.1,22.1],[100.2,22.2,5]]}',
    );
    const r = await expectOk([{ name: 'line.json', bytes }]);
    expect(r.data.features).toHaveLength(1);
    expect(r.data.features[0]?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [100.1, 22.1],
        [100.2, 22.2],
      ],
    });
  });

  it('drops null geometries with a warning and keeps source indices in __id', async () => {
    const r = await expectOk([load('null-geometry.geojson')]);
    expect(r.data.features.map((f) => f.properties?.__id)).toEqual([
      'null-geometry.geojson#0',
      'null-geometry.geojson#2',
    ]);
    expect(r.warningItems.map((w) => w.code)).toEqual(['dropped-null-geometry']);
    expect(r.warnings[0]).toContain('feature 1');
  });

  it('warns (but imports) features far outside Xishuangbanna', async () => {
    const r = await expectOk([load('far-away.geojson')]);
    expect(r.data.features).toHaveLength(2);
    expect(r.warningItems).toHaveLength(1);
    expect(r.warningItems[0]).toMatchObject({
      code: 'outside-xishuangbanna',
      params: { count: 1, total: 2 },
    });
  });

  it('converts GCJ-02 to WGS84 when asked (磨憨口岸)', async () => {
    const plain = await expectOk([load('mohan-gcj02.geojson')]);
    expect(coords(plain.data.features[0])).toEqual([101.683764, 21.18293]);
    const r = await expectOk([load('mohan-gcj02.geojson')], { gcj02: true });
    const [lon, lat] = coords(r.data.features[0]) as [number, number];
    expect(Math.abs(lon - 101.682393)).toBeLessThan(2e-5);
    expect(Math.abs(lat - 21.185583)).toBeLessThan(2e-5);
    expect(r.warnings).toEqual([]);
  });

  it('warns when GCJ-02 conversion meets coordinates outside China', async () => {
    const bytes = new TextEncoder().encode('{"type":"Point","coordinates":[2.35,48.85]}');
    const r = await expectOk([{ name: 'paris.geojson', bytes }], { gcj02: true });
    expect(coords(r.data.features[0])).toEqual([2.35, 48.85]);
    expect(r.warningItems.map((w) => w.code)).toEqual(['gcj02-outside-china', 'outside-xishuangbanna']);
  });
});

describe('importFiles: KML', () => {
  it('imports points, lines and a MultiGeometry of polygons', async () => {
    const r = await expectOk([load('good.kml')]);
    expect(r.format).toBe('kml');
    expect(r.data.features).toHaveLength(3);
    expect(coords(r.data.features[0])).toEqual([100.798, 22.015]);
    expect(r.data.features[0]?.properties).toMatchObject({ name: '景洪', kind: 'city', __id: 'good.kml#0' });
    expect(r.data.features[2]?.geometry.type).toBe('MultiPolygon');
  });

  it('imports a KMZ', async () => {
    const r = await expectOk([load('good.kmz')]);
    expect(r.format).toBe('kml');
    expect(r.name).toBe('good');
    expect(r.data.features).toHaveLength(3);
    expect(r.data.features[0]?.properties?.__id).toBe('good.kmz/doc.kml#0');
  });
});

describe('importFiles: CSV', () => {
  it('reads 经度/纬度 columns; other columns become properties', async () => {
    const r = await expectOk([load('good.csv')]);
    expect(r.format).toBe('csv');
    expect(r.data.features).toHaveLength(3);
    expect(coords(r.data.features[2])).toEqual([101.5644, 21.4597]);
    expect(r.data.features[2]?.properties).toEqual({ 名称: '勐腊, 县城', 类型: '县', __id: 'good.csv#2' });
  });

  it('reads a GBK-encoded CSV (Excel on Chinese Windows)', async () => {
    const r = await expectOk([load('gbk.csv')]);
    expect(r.data.features).toHaveLength(1);
    expect(r.data.features[0]?.properties?.名称).toBe('景洪');
    expect(coords(r.data.features[0])).toEqual([100.798, 22.015]);
  });

  it('skips rows without coordinates with a warning', async () => {
    const bytes = new TextEncoder().encode('Name,Longitude,LAT\na,100.8,22\nb,,\n');
    const r = await expectOk([{ name: 'gaps.csv', bytes }]);
    expect(r.data.features).toHaveLength(1);
    expect(r.warningItems[0]).toMatchObject({ code: 'dropped-csv-rows', params: { count: 1, line: 3 } });
  });
});

describe('importFiles: Shapefile', () => {
  it('imports a zipped shapefile (polygon with hole, UTF-8 .cpg), ignoring __MACOSX', async () => {
    const r = await expectOk([load('parks.zip')]);
    expect(r.format).toBe('shapefile');
    expect(r.name).toBe('parks');
    expect(r.data.features).toHaveLength(2);
    const square = r.data.features[0]?.geometry as GeoJSON.Polygon;
    expect(square.coordinates).toHaveLength(2);
    expect(square.coordinates[0]?.[1]).toEqual([100.7, 22.1]);
    expect(r.data.features[1]?.properties).toEqual({
      NAME: '磨憨片区',
      AREA_HA: 1200,
      __id: 'parks.zip/parks/parks.shp#1',
    });
  });

  it('imports loose .shp + .shx + .dbf with GBK text and no .cpg', async () => {
    const r = await expectOk(['towns.shp', 'towns.shx', 'towns.dbf'].map(load));
    expect(r.name).toBe('towns');
    expect(r.data.features).toHaveLength(2);
    expect(r.data.features.map((f) => f.properties?.NAME)).toEqual(['景洪', '勐海']);
    expect(coords(r.data.features[1])).toEqual([100.4485, 21.9571]);
  });
});

describe('importFiles: several files in one pick', () => {
  it('merges datasets and names the first', async () => {
    const r = await expectOk([load('good.geojson'), load('good.csv')]);
    expect(r.name).toBe('good +1');
    expect(r.data.features).toHaveLength(6);
    expect(new Set(r.data.features.map((f) => f.properties?.__id)).size).toBe(6);
  });
});
