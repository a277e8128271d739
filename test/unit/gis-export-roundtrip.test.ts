/**
 * Export round-trips (issue 12 §4): every exported file re-imports through the app's own importFiles to the
 * same geometry (1e-6°) and the same attributes (Chinese text intact), and GDAL (ogr2ogr from Debian's
 * gdal-bin, which CI installs) reads the Shapefiles and GeoPackages, reprojecting them to EPSG:4326 within 1 m:
 * that proves the .prj, the .cpg and the GeoPackage tables are real.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Geometry, Position } from 'geojson';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv } from '@/features/workbench/export/csv';
import { dbfFieldNames } from '@/features/workbench/export/dbf';
import { EXPORT_CRS_IDS, exportCrs } from '@/features/workbench/export/export-crs';
import {
  checksLayer,
  csvHead,
  importedLayer,
  sitesLayer,
  type Tr,
} from '@/features/workbench/export/export-layers';
import { writeGeoJson } from '@/features/workbench/export/geojson';
import { writeGeoPackage } from '@/features/workbench/export/geopackage';
import { writeKml } from '@/features/workbench/export/kml';
import { shapefileEntries, writeShapefileZip } from '@/features/workbench/export/shapefile';
import type { ExportFeature, ExportLayer } from '@/features/workbench/export/types';
import { importFiles } from '@/features/workbench/import/import-file';
import type { CrsId } from '@/features/workbench/import/crs/types';
import { gisExportEn, gisExportZh } from '@/i18n/strings/gis-export';
import type { CheckRow } from '@/features/workbench/model/layout-checks';

/** t() over the gis.export strings (and the check kinds' keys, returned as their last part). */
const trOf =
  (strings: typeof gisExportZh): Tr =>
  (key, params) => {
    const path = key.replace(/^gis\.export\./, '').split('.');
    let v: unknown = strings;
    for (const p of path) v = (v as Record<string, unknown> | undefined)?.[p];
    const s = typeof v === 'string' ? v : (path.at(-1) ?? key);
    return s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params?.[k] ?? ''));
  };
const trZh = trOf(gisExportZh);

// A parcel near Jinghong with a hole, a two-part parcel, a road, and two points: Chinese attributes, long keys.
const PARCEL: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [100.78, 22.0],
      [100.8, 22.0],
      [100.8, 22.02],
      [100.78, 22.02],
      [100.78, 22.0],
    ],
    [
      [100.785, 22.005],
      [100.785, 22.01],
      [100.79, 22.01],
      [100.79, 22.005],
      [100.785, 22.005],
    ],
  ],
};
const TWO_PART: Geometry = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [101.5, 21.5],
        [101.52, 21.5],
        [101.52, 21.51],
        [101.5, 21.5],
      ],
    ],
    [
      [
        [101.6, 21.6],
        [101.61, 21.6],
        [101.61, 21.62],
        [101.6, 21.6],
      ],
    ],
  ],
};
const MIXED: ExportLayer = {
  name: '规划红线图层',
  stem: '规划红线',
  features: [
    {
      type: 'Feature',
      geometry: PARCEL,
      properties: { 名称: '景洪工业园区·一期', 用地面积亩: 3012.5, 所属县市名称: '景洪市', 备注: null },
    },
    {
      type: 'Feature',
      geometry: TWO_PART,
      properties: { 名称: '勐腊（磨憨）地块', 用地面积亩: 88, 所属县市名称: '勐腊县', 备注: '含"引号",逗号' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [100.7, 21.9],
          [100.75, 21.95],
          [100.8, 21.97],
        ],
      },
      properties: { 名称: '昆磨高速联络线', 等级: '一级' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [100.797, 22.001] },
      properties: { 名称: '景洪站' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [101.56, 21.23] },
      properties: { 名称: '磨憨口岸' },
    },
  ],
};

/** A geometry as comparable parts: points, lines, and rings (open, started at their least vertex, anticlockwise). */
function canonical(g: Geometry): string[] {
  const ring = (r: Position[]) => {
    let pts = r.slice(0, -1).map((p) => [p[0] ?? 0, p[1] ?? 0] as [number, number]);
    let a = 0;
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i] as [number, number];
      const q = pts[(i + 1) % pts.length] as [number, number];
      a += p[0] * q[1] - q[0] * p[1];
    }
    if (a < 0) pts = pts.reverse();
    const k = pts.reduce(
      (m, p, i) => (p[0] < (pts[m]?.[0] ?? 0) || (p[0] === pts[m]?.[0] && p[1] < (pts[m]?.[1] ?? 0)) ? i : m),
      0,
    );
    return [...pts.slice(k), ...pts.slice(0, k)];
  };
  const key = (ps: Position[]) =>
    ps.map((p) => `${(p[0] ?? 0).toFixed(6)},${(p[1] ?? 0).toFixed(6)}`).join(' ');
  switch (g.type) {
    case 'Point':
      return [`P ${key([g.coordinates])}`];
    case 'MultiPoint':
      return g.coordinates.map((p) => `P ${key([p])}`);
    case 'LineString':
      return [`L ${key(g.coordinates)}`];
    case 'MultiLineString':
      return g.coordinates.map((l) => `L ${key(l)}`);
    case 'Polygon':
      return g.coordinates.map((r) => `R ${key(ring(r))}`).sort();
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => `R ${key(ring(r))}`)).sort();
    default:
      return [];
  }
}

const shapesOf = (fs: { geometry: Geometry | null }[]) =>
  fs.flatMap((f) => (f.geometry ? canonical(f.geometry) : [])).sort();

/** Attributes as the formats bring them back: text trimmed, empty as null, booleans as text. */
const norm = (v: unknown) => {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return typeof v === 'string' ? v.trim() : v;
};

/** The exported features' attributes, keyed as a re-imported format names them (`rename`). */
const expected = (fs: ExportFeature[], rename: (k: string) => string = (k) => k) =>
  fs.map((f) => Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [rename(k), norm(v)])));

const got = (fs: GeoJSON.Feature[], keys: string[]) =>
  fs.map((f) => Object.fromEntries(keys.map((k) => [k, norm(f.properties?.[k])])));

/** Sorts a layer's features as the per-kind writers reorder them: points, lines, polygons. */
const byKind = (fs: ExportFeature[]) => {
  const rank = (g: Geometry) => (g.type.includes('Point') ? 0 : g.type.includes('Line') ? 1 : 2);
  return [...fs].sort((a, b) => rank(a.geometry) - rank(b.geometry));
};

async function reimport(name: string, bytes: Uint8Array | string) {
  const r = await importFiles([
    { name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes },
  ]);
  if (!r.ok) throw new Error(`${name} did not re-import: ${r.error.code} ${r.error.detail}`);
  return r;
}

let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await initSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'gis-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** GDAL's reading of a file (reprojected to EPSG:4326), as GeoJSON features; fails clearly without GDAL. */
function gdalRead(path: string, layer?: string): GeoJSON.Feature[] {
  let out: string;
  try {
    out = execFileSync(
      'ogr2ogr',
      [
        '-f',
        'GeoJSON',
        '-t_srs',
        'EPSG:4326',
        '-lco',
        'COORDINATE_PRECISION=9',
        '/vsistdout/',
        path,
        ...(layer ? [layer] : []),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT')
      throw new Error('ogr2ogr is missing: install GDAL (Debian: apt-get install gdal-bin)');
    throw new Error(`ogr2ogr failed on ${path}: ${err.stderr ?? err.message}`);
  }
  return (JSON.parse(out) as GeoJSON.FeatureCollection).features;
}

/** Positions within 1 m (1e-5° of latitude is 1.1 m; longitude at 22° is shorter). */
function expectNear(a: string[], b: string[], tol = 0.9e-5) {
  expect(a.length).toBe(b.length);
  a.forEach((s, i) => {
    const xs = s.slice(2).split(/[ ,]/).map(Number);
    const ys = (b[i] ?? '').slice(2).split(/[ ,]/).map(Number);
    expect(ys.length).toBe(xs.length);
    xs.forEach((x, j) => {
      expect(Math.abs(x - (ys[j] ?? Number.NaN))).toBeLessThan(tol);
    });
  });
}

describe('Shapefile', () => {
  it('writes one .shp set per geometry kind with .prj and a UTF-8 .cpg, DBF names ≤ 10 bytes and unique', () => {
    const files = shapefileEntries(MIXED, exportCrs('EPSG:4490'));
    expect(Object.keys(files).sort()).toEqual(
      ['points', 'lines', 'polygons']
        .flatMap((k) => ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((e) => `规划红线_${k}.${e}`))
        .sort(),
    );
    expect(new TextDecoder().decode(files['规划红线_points.cpg'])).toBe('UTF-8');
    expect(new TextDecoder().decode(files['规划红线_points.prj'])).toMatch(
      /^GEOGCS\["GCS_China_Geodetic_Coordinate_System_2000"/,
    );
    const names = dbfFieldNames(['所属县市名称', '所属县市名称甲', 'provenance_long', 'PROVENANCE_LONGER']);
    for (const n of names.values()) expect(new TextEncoder().encode(n).length).toBeLessThanOrEqual(10);
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(4);
  });

  for (const id of ['EPSG:4490', 'EPSG:4543', 'EPSG:4522', 'EPSG:4507'] as CrsId[]) {
    it(`round-trips through importFiles in ${id} (geometry to 1e-6°, Chinese attributes)`, async () => {
      const zip = writeShapefileZip(MIXED, exportCrs(id));
      const r = await reimport(`规划红线_${id.slice(5)}.zip`, zip);
      expect(shapesOf(r.data.features)).toEqual(shapesOf(MIXED.features));
      const names = dbfFieldNames(['名称', '用地面积亩', '所属县市名称', '备注', '等级']);
      const keys = [...names.values()];
      const want = expected(byKind(MIXED.features), (k) => names.get(k) ?? k).map((a) =>
        Object.fromEntries(keys.map((k) => [k, a[k] ?? null])),
      );
      expect(got(r.data.features, keys)).toEqual(want);
      expect(r.data.features.map((f) => f.properties?.名称)).toContain('勐腊（磨憨）地块');
    });

    it(`is read by GDAL in ${id}: counts, 名称, coordinates within 1 m`, () => {
      const files = shapefileEntries(MIXED, exportCrs(id));
      const sub = join(dir, `shp-${id.slice(5)}`);
      execFileSync('mkdir', ['-p', sub]);
      for (const [n, b] of Object.entries(files)) writeFileSync(join(sub, n), b);
      const info = execFileSync('ogrinfo', ['-al', '-so', join(sub, '规划红线_polygons.shp')], {
        encoding: 'utf8',
      });
      expect(info).toMatch(/Feature Count: 2/);
      if (id !== 'EPSG:4490') expect(info).toMatch(/Gauss|Kruger/i);
      const back = ['points', 'lines', 'polygons'].flatMap((k) => gdalRead(join(sub, `规划红线_${k}.shp`)));
      expect(back.map((f) => f.properties?.名称)).toEqual(
        byKind(MIXED.features).map((f) => f.properties.名称),
      );
      const area = dbfFieldNames(['名称', '用地面积亩']).get('用地面积亩') as string;
      expect(area).toBe('用地面');
      expect(back.map((f) => f.properties?.[area] ?? null)).toEqual(
        byKind(MIXED.features).map((f) => f.properties.用地面积亩 ?? null),
      );
      expectNear(shapesOf(back), shapesOf(MIXED.features));
    });
  }
});

describe('GeoPackage', () => {
  for (const id of ['EPSG:4490', 'EPSG:4543'] as CrsId[]) {
    it(`is read by GDAL in ${id}: application id, tables, counts, 名称, coordinates within 1 m`, () => {
      const bytes = writeGeoPackage(SQL, MIXED, exportCrs(id));
      expect(new TextDecoder().decode(bytes.subarray(68, 72))).toBe('GPKG');
      const path = join(dir, `mixed-${id.slice(5)}.gpkg`);
      writeFileSync(path, bytes);
      const info = execFileSync('ogrinfo', ['-al', '-so', path], { encoding: 'utf8' });
      expect(info).not.toMatch(/ERROR|Warning/);
      expect(info).toMatch(/Layer name: 规划红线_polygons[\s\S]*Feature Count: 2/);
      expect(info).toMatch(new RegExp(`EPSG",${id.slice(5)}|ID\\["EPSG",${id.slice(5)}\\]`));
      const back = ['points', 'lines', 'polygons'].flatMap((k) => gdalRead(path, `规划红线_${k}`));
      expect(back.map((f) => f.properties?.名称)).toEqual(
        byKind(MIXED.features).map((f) => f.properties.名称),
      );
      expect(back.map((f) => f.properties?.备注 ?? null)).toEqual(
        byKind(MIXED.features).map((f) => f.properties.备注 ?? null),
      );
      expectNear(shapesOf(back), shapesOf(MIXED.features));
    });

    it(`round-trips through importFiles in ${id}`, async () => {
      const r = await reimport(`mixed-${id.slice(5)}.gpkg`, writeGeoPackage(SQL, MIXED, exportCrs(id)));
      expect(shapesOf(r.data.features)).toEqual(shapesOf(MIXED.features));
      const keys = ['名称', '用地面积亩', '所属县市名称', '备注', '等级'];
      expect(got(r.data.features, keys)).toEqual(
        expected(byKind(MIXED.features)).map((a) => Object.fromEntries(keys.map((k) => [k, a[k] ?? null]))),
      );
    });
  }
});

describe('KML, GeoJSON, CSV', () => {
  it('KML round-trips: geometry, <name> from 名称, every attribute in ExtendedData', async () => {
    const kml = writeKml(MIXED);
    expect(kml).toContain('<name>景洪工业园区·一期</name>');
    const r = await reimport('规划红线.kml', kml);
    expect(shapesOf(r.data.features)).toEqual(shapesOf(MIXED.features));
    const keys = ['名称', '用地面积亩', '所属县市名称', '备注', '等级'];
    expect(got(r.data.features, keys)).toEqual(
      expected(MIXED.features).map((a) => Object.fromEntries(keys.map((k) => [k, a[k] ?? null]))),
    );
    expect(r.data.features[0]?.properties?.name).toBe('景洪工业园区·一期');
  });

  it('GeoJSON round-trips: geometry and attributes', async () => {
    const r = await reimport('规划红线.geojson', writeGeoJson(MIXED));
    expect(shapesOf(r.data.features)).toEqual(shapesOf(MIXED.features));
    const keys = ['名称', '用地面积亩', '所属县市名称', '备注', '等级'];
    expect(got(r.data.features, keys)).toEqual(
      expected(MIXED.features).map((a) => Object.fromEntries(keys.map((k) => [k, a[k] ?? null]))),
    );
  });

  it('CSV: a BOM, headers in the UI language with 数据来源, centre lon/lat and WKT; re-imports to the same shapes', async () => {
    const layer = importedLayer(
      {
        id: 'l1',
        name: '规划红线.zip',
        format: 'shapefile',
        redline: true,
        visible: true,
        warnings: [],
        data: { type: 'FeatureCollection', features: MIXED.features },
      },
      trZh,
    );
    const zh = writeCsv(layer, { head: csvHead(trZh, false), lon: '经度', lat: '纬度', wkt: 'WKT' });
    expect(zh.startsWith('\uFEFF')).toBe(true);
    expect(zh.split('\n')[0]).toBe('\uFEFF名称,用地面积亩,所属县市名称,备注,数据来源,等级,经度,纬度,WKT');
    expect(zh).toContain('导入：规划红线.zip');
    expect(zh).toContain('POLYGON');
    const r = await reimport('规划红线.csv', zh);
    expect(r.data.features.map((f) => f.properties?.名称)).toEqual(
      MIXED.features.map((f) => f.properties.名称),
    );
    // The WKT column brings the shapes back (the import reads a CSV's WKT column).
    expect(shapesOf(r.data.features)).toEqual(shapesOf(MIXED.features));
    const station = r.data.features.find((f) => f.properties?.名称 === '景洪站');
    expect(station?.geometry).toEqual({ type: 'Point', coordinates: [100.797, 22.001] });
    const trEn = trOf(gisExportEn);
    const en = writeCsv(layer, { head: csvHead(trEn, false), lon: 'Longitude', lat: 'Latitude', wkt: 'WKT' });
    expect(en.split('\n')[0]).toContain(',Provenance,');
  });
});

describe('what is exported', () => {
  const tr = trZh;
  it('sites carry their metrics and provenance; checks are points with the record provenance', async () => {
    const site = {
      id: 's1',
      name: '候选地 1',
      created: '2026-12-01T10:00:00.000Z',
      geometry: PARCEL as import('@/store/site-storage').Site['geometry'],
    };
    const metrics = {
      area: { m2: 4589000.12, ha: 458.9, mu: 6883.5, km2: 4.589 },
      centre: [100.79, 22.01],
      county: 'jinghong',
      nearestPark: { id: 'jinghong-industrial', km: 1.234 },
      station: { id: 'jinghong-station', km: 3.5 },
      port: null,
      expresswayKm: 0,
      airportKm: 8.25,
      protectedOverlap: { m2: 0, ha: 0, mu: 0, ids: [] },
    } as unknown as import('@/features/workbench/model/site-metrics').SiteMetrics;
    const names = {
      park: () => '景洪工业园区',
      place: () => '景洪站',
      county: () => '景洪市',
      reserve: (id: string) => id,
    };
    const sites = sitesLayer([{ site, metrics }], tr, names);
    expect(sites.features[0]?.properties).toMatchObject({
      name: '候选地 1',
      provenance: '绘制',
      area_mu: 6883.5,
      county: '景洪市',
      park: '景洪工业园区',
      park_km: 1.23,
      expr_km: 0,
    });
    for (const k of Object.keys(sites.features[0]?.properties ?? {}))
      expect(k.length).toBeLessThanOrEqual(10);
    const r = await reimport('candidate-sites.zip', writeShapefileZip(sites, exportCrs('EPSG:4490')));
    expect(r.data.features[0]?.properties).toMatchObject({
      name: '候选地 1',
      provenance: '绘制',
      county: '景洪市',
      area_mu: 6883.5,
    });
    expect(shapesOf(r.data.features)).toEqual(shapesOf(sites.features));

    const row: CheckRow = {
      kind: 'protected',
      id: 'p1',
      name_zh: '景洪工业园区',
      name_en: 'Jinghong Industrial Park',
      other: ['nabanhe'],
      ha: 12.345,
      mu: 185.2,
      at: [100.8, 22.0],
      record: 'official',
      schematic: true,
    };
    const checks = checksLayer([row], tr);
    expect(checks.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [100.8, 22.0] });
    expect(checks.features[0]?.properties).toMatchObject({
      id: 'p1',
      provenance: '官方',
      overlap_ha: 12.35,
      schematic: '是',
    });
  });

  it('every export system is in the CRS catalog with a .prj, and a GK zone projects to metres', () => {
    for (const id of EXPORT_CRS_IDS) {
      const c = exportCrs(id);
      expect(c.prj).toMatch(id === 'EPSG:4490' ? /^GEOGCS\[/ : /^PROJCS\[.*Gauss_Kruger/);
    }
    const [x = 0, y = 0] = exportCrs('EPSG:4522').forward([102, 22]);
    expect(x).toBeCloseTo(34_500_000, 3);
    expect(y).toBeGreaterThan(2_400_000);
  });
});

describe("the export menu's systems", () => {
  it('agree with the CRS catalog (the menu describes them without loading it)', async () => {
    const { crsById } = await import('@/features/workbench/import/crs/crs-catalog');
    const { EXPORT_CRS_OPTIONS } = await import('@/features/workbench/export/export-crs-options');
    for (const o of EXPORT_CRS_OPTIONS) expect(crsById(o.id)).toMatchObject(o);
  });
});
