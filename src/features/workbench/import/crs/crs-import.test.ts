/**
 * Every coordinate system of the catalog's Xishuangbanna zones, through importFiles, against GDAL: the fixtures
 * (test/fixtures/gis/crs/make.sh) are two parcels near 勐海 and 景洪 projected by ogr2ogr from source.geojson.
 * Each imported vertex must lie within 1 m of its true WGS84 position. Xian 1980 and Beijing 1954 are compared
 * with GDAL's own inverse (out/*.back.geojson): both apply the same approximate datum shift (none, GDAL's
 * "ballpark"), so that is the reference, not the real ground position.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../import-file';
import type { ImportResult, InputFile } from '../types';
import { crsById, crsName } from './crs-catalog';
import type { CrsDef, CrsId } from './types';

const DIR = new URL('../../../../../test/fixtures/gis/crs/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)));
const file = (name: string, as = name.replace(/^out\//, '')): InputFile => ({ name: as, bytes: bytes(name) });
const shp = (tag: string, prj: string | false = `out/${tag}.prj`): InputFile[] => [
  ...['shp', 'shx', 'dbf', 'cpg'].map((e) => file(`out/${tag}.${e}`)),
  ...(prj ? [file(prj, `${tag}.prj`)] : []),
];

type Fc = GeoJSON.FeatureCollection<GeoJSON.Polygon>;
const SOURCE = JSON.parse(new TextDecoder().decode(bytes('source.geojson'))) as Fc;
const truthOf = (tag: string): Fc =>
  /xian80|beijing54/.test(tag)
    ? (JSON.parse(new TextDecoder().decode(bytes(`out/${tag}.back.geojson`))) as Fc)
    : SOURCE;

/** Metres between two lon/lat positions (equirectangular; exact enough at 1 m over a few km). */
function metres(a: number[], b: number[]): number {
  const lat = (((a[1] as number) + (b[1] as number)) / 2) * (Math.PI / 180);
  const dx = ((a[0] as number) - (b[0] as number)) * 111320 * Math.cos(lat);
  const dy = ((a[1] as number) - (b[1] as number)) * 110574;
  return Math.hypot(dx, dy);
}

const positions = (g: GeoJSON.Geometry): number[][] =>
  g.type === 'Polygon' ? g.coordinates.flat() : g.type === 'Point' ? [g.coordinates] : [];

/** The largest distance from an imported vertex to the nearest true vertex of the same parcel, and back. */
function worstMetres(r: ImportResult, truth: Fc): number {
  if (!r.ok) throw new Error(r.error.detail);
  let worst = 0;
  for (const f of r.data.features) {
    const t = truth.features.find((s) => s.properties?.名称 === f.properties?.名称);
    if (!t) throw new Error(`no parcel named ${f.properties?.名称}`);
    const got = positions(f.geometry);
    const want = positions(t.geometry);
    for (const p of got) worst = Math.max(worst, Math.min(...want.map((q) => metres(p, q))));
    if (f.geometry.type === 'Polygon') {
      for (const q of want) worst = Math.max(worst, Math.min(...got.map((p) => metres(p, q))));
    }
  }
  return worst;
}

const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.error.detail);
  return r;
};

// tag → the EPSG code the file declares
const DECLARED: [string, string][] = [
  ['web-mercator', 'EPSG:3857'],
  ['utm47', 'EPSG:32647'],
  ['utm48', 'EPSG:32648'],
  ['gk3-cm99', 'EPSG:4542'],
  ['gk3-cm102', 'EPSG:4543'],
  ['gk3-z33', 'EPSG:4521'],
  ['gk3-z34', 'EPSG:4522'],
  ['gk6-cm99', 'EPSG:4506'],
  ['gk6-cm105', 'EPSG:4507'],
  ['gk6-z17', 'EPSG:4495'],
  ['gk6-z18', 'EPSG:4496'],
  ['xian80-cm102', 'EPSG:2379'],
  ['beijing54-cm102', 'EPSG:2431'],
];

describe('import in every supported coordinate system (GDAL-made fixtures)', () => {
  it.each(DECLARED)('%s: the Shapefile .prj names %s; vertices within 1 m', async (tag, id) => {
    const r = ok(await importFiles(shp(tag)));
    expect(r.crs).toMatchObject({ id, source: 'declared', swapXY: false });
    expect(worstMetres(r, truthOf(tag))).toBeLessThan(1);
    expect(r.data.features.map((f) => [f.properties?.名称, f.properties?.用途])).toEqual([
      ['勐海工业园区地块', '工业'],
      ['景洪工业园区地块', '仓储物流'],
    ]);
  });

  it.each(DECLARED)('%s: the GeoJSON crs member names %s; vertices within 1 m', async (tag, id) => {
    const r = ok(await importFiles([file(`out/${tag}.geojson`)]));
    expect(r.crs).toMatchObject({ id, source: 'declared' });
    expect(worstMetres(r, truthOf(tag))).toBeLessThan(1);
    expect(r.data.features[0]?.properties?.名称).toBe('勐海工业园区地块');
  });

  it.each(['cgcs2000', 'wgs84'])('%s longitude/latitude (Shapefile and GeoJSON)', async (tag) => {
    const s = ok(await importFiles(shp(tag)));
    expect(s.crs).toMatchObject({ id: tag === 'wgs84' ? 'EPSG:4326' : 'EPSG:4490', source: 'declared' });
    expect(worstMetres(s, SOURCE)).toBeLessThan(0.2);
    const g = ok(await importFiles([file(`out/${tag}.geojson`)]));
    expect(worstMetres(g, SOURCE)).toBeLessThan(0.2);
  });

  it('the report names the system in both languages; the old datums are marked approximate', async () => {
    const r = ok(await importFiles(shp('gk3-z34')));
    const def = crsById(r.crs?.id ?? 'EPSG:0') as CrsDef;
    expect(crsName(def, 'zh')).toBe('CGCS2000 / 3度带高斯-克吕格投影 第34带(带号在东坐标前)');
    expect(r.crs?.declaredName).toBe('CGCS2000_3_Degree_GK_Zone_34');
    const x = ok(await importFiles(shp('xian80-cm102')));
    expect(crsById(x.crs?.id ?? 'EPSG:0')?.approximateDatum).toBe(true);
    expect(x.crs?.declaredName).toBe('Xian_1980_3_Degree_GK_CM_102E');
  });

  it('the same .prj as OGC WKT 1 (AUTHORITY) and WKT2 (ID)', async () => {
    for (const prj of ['out/gk3-cm102.wkt1.prj', 'out/gk3-cm102.wkt2.prj']) {
      const r = ok(await importFiles(shp('gk3-cm102', prj)));
      expect(r.crs).toMatchObject({ id: 'EPSG:4543', source: 'declared' });
      expect(worstMetres(r, SOURCE)).toBeLessThan(1);
    }
  });

  it('a local Transverse Mercator in the .prj (CM 100°30′E) becomes a custom system', async () => {
    const r = ok(await importFiles(shp('custom-tm')));
    expect(r.crs).toMatchObject({ id: 'custom', source: 'declared' });
    expect(r.crs?.def?.cm).toBe(100.5);
    expect(crsName(r.crs?.def as CrsDef, 'zh')).toBe(
      'CGCS2000 / 横轴墨卡托投影(文件自定义,中央经线东经100.5°)',
    );
    expect(worstMetres(r, SOURCE)).toBeLessThan(1);
  });

  // Without a .prj the ranges decide; numerically identical systems (3° and 6° CM 99E) may stand for each other.
  it.each([
    ['gk3-cm102', ['EPSG:4543']],
    ['gk3-z33', ['EPSG:4521']],
    ['gk3-z34', ['EPSG:4522']],
    ['gk6-z17', ['EPSG:4495']],
    ['gk6-z18', ['EPSG:4496']],
    ['gk6-cm105', ['EPSG:4507']],
    ['gk3-cm99', ['EPSG:4542', 'EPSG:4506']],
    ['gk6-cm99', ['EPSG:4506', 'EPSG:4542']],
    ['web-mercator', ['EPSG:3857']],
  ])('%s without .prj: guessed from the ranges (%s), vertices within 1 m', async (tag, ids) => {
    const r = ok(await importFiles(shp(tag, false)));
    expect(r.crs?.source).toBe('ranges');
    expect(ids).toContain(r.crs?.id);
    expect(worstMetres(r, SOURCE)).toBeLessThan(1);
  });

  it('UTM 47N without .prj: guessed as Gauss–Krüger CM 99E (about 1 km off), UTM offered; the override fixes it', async () => {
    const guessed = ok(await importFiles(shp('utm47', false)));
    expect(['EPSG:4506', 'EPSG:4542']).toContain(guessed.crs?.id);
    expect(guessed.crs?.candidates).toContain('EPSG:32647');
    expect(worstMetres(guessed, SOURCE)).toBeGreaterThan(100);
    const chosen = ok(await importFiles(shp('utm47', false), { crs: { id: 'EPSG:32647' } }));
    expect(chosen.crs).toMatchObject({ id: 'EPSG:32647', source: 'override' });
    expect(worstMetres(chosen, SOURCE)).toBeLessThan(1);
  });

  it('an override beats the .prj and moves the result', async () => {
    const r = ok(await importFiles(shp('gk3-cm102'), { crs: { id: 'EPSG:4542' } }));
    expect(r.crs).toMatchObject({
      id: 'EPSG:4542',
      source: 'override',
      declaredName: 'CGCS2000_3_Degree_GK_CM_102E',
    });
    expect(worstMetres(r, SOURCE)).toBeGreaterThan(100_000);
  });

  it.each<[string, CrsId]>([
    ['surveyor-z34.csv', 'EPSG:4522'],
    ['surveyor-cm102.csv', 'EPSG:4543'],
  ])('%s: X is the northing (surveyor order), detected and swapped', async (name, id) => {
    const r = ok(await importFiles([file(`out/${name}`)]));
    expect(r.crs).toMatchObject({ id, source: 'ranges', swapXY: true });
    expect(r.data.features).toHaveLength(8);
    expect(worstMetres(r, SOURCE)).toBeLessThan(1);
    expect(r.data.features[0]?.properties?.名称).toBe('勐海工业园区地块');
    // Forced into the file's own order, the positions are refused (zone prefix) or land far away.
    const forced = await importFiles([file(`out/${name}`)], { crs: { id, swapXY: false } });
    if (forced.ok) expect(worstMetres(forced, SOURCE)).toBeGreaterThan(100_000);
    else expect(forced.error.code).toBe('swapped-coordinates');
  });

  it('a .prj naming an unsupported system is refused, naming it', async () => {
    const r = await importFiles(shp('albers'));
    if (r.ok) throw new Error('expected unknown-crs');
    expect(r.error.code).toBe('unknown-crs');
    expect(r.error.file).toBe('albers.shp');
    expect(String(r.error.params?.crsName)).toContain('Asia_North_Albers_Equal_Area_Conic');
    expect(r.error.detail).toContain('Asia_North_Albers_Equal_Area_Conic');
  });

  it('a .prj that is not a coordinate system is refused, quoting it', async () => {
    const r = await importFiles(shp('gk3-cm102', 'out/garbage.prj'));
    if (r.ok) throw new Error('expected invalid-crs');
    expect(r.error.code).toBe('invalid-crs');
    expect(r.error.params?.text).toBe('Gauss Kruger 3 degree, ask the survey office');
  });
});
