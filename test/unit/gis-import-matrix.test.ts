/**
 * Format × coordinate system: the parcel near 景洪 written by ogr2ogr -t_srs in each system planners' files
 * come in (test/fixtures/gis/formats/make.sh), read back by the import, must land within 1 m of its true
 * WGS84 position — for Xian 1980 / Beijing 1954 within 1 m of GDAL's own inverse (GDAL and the import share
 * the datum approximation) — with 名称 intact. CSV with WKT carries no system: where the ranges cannot tell
 * systems apart (the same numbers fit several), the true one must be among the candidates the user is offered,
 * and choosing it must land the parcel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from '@/features/workbench/import/import-file';
import type { CrsId } from '@/features/workbench/import/crs/types';
import type { ImportOptions, ImportResult, InputFile } from '@/features/workbench/import/types';

const ROOT = new URL('../fixtures/gis/formats/', import.meta.url);
const file = (path: string): InputFile => ({
  name: path.slice(path.lastIndexOf('/') + 1),
  bytes: new Uint8Array(readFileSync(new URL(path, ROOT))),
});

const PARCEL: [number, number][] = [
  [100.78, 22.0],
  [100.7809, 22.0],
  [100.7809, 22.0008],
  [100.78, 22.0008],
];
const NAME = '景洪工业园区地块';
/** CGCS2000 3° (zone-prefixed / CM), 6° (prefixed / CM), UTM, Web Mercator, geographic, Xian 1980, Beijing 1954. */
const SYSTEMS = [4490, 4326, 3857, 32647, 32648, 4521, 4542, 4522, 4543, 4495, 4506, 4496, 4507, 2379, 2431];
const SHARED_SHIFT = new Set([2379, 2431]);

function metres(a: number[], b: number[]): number {
  const [x1 = Number.NaN, y1 = Number.NaN] = a;
  const [x2 = Number.NaN, y2 = Number.NaN] = b;
  const k = (Math.PI / 180) * 6371008.8;
  return Math.hypot((x2 - x1) * k * Math.cos((y1 * Math.PI) / 180), (y2 - y1) * k);
}

/** GDAL's inverse of the ring as written (make.sh: gdaltransform to EPSG:4326). */
const gdalInverse = (epsg: number): [number, number][] =>
  readFileSync(new URL(`matrix/expected-${epsg}.txt`, ROOT), 'utf8')
    .trim()
    .split('\n')
    .slice(0, 4)
    .map((l) => l.split(/\s+/).map(Number) as [number, number]);

const truthFor = (epsg: number) => (SHARED_SHIFT.has(epsg) ? gdalInverse(epsg) : PARCEL);

type Ok = Extract<ImportResult, { ok: true }>;
async function ok(files: InputFile[], opts?: ImportOptions): Promise<Ok> {
  const r = await importFiles(files, opts);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
  return r;
}

function parcelIn(r: Ok, idPrefix?: string): GeoJSON.Feature<GeoJSON.Polygon> {
  const f = r.data.features.find(
    (x) =>
      x.geometry.type === 'Polygon' &&
      (idPrefix === undefined || String(x.properties?.__id).startsWith(idPrefix)),
  );
  if (!f) throw new Error(`no parcel${idPrefix ? ` under ${idPrefix}` : ''}`);
  return f as GeoJSON.Feature<GeoJSON.Polygon>;
}

/** The largest distance from a true corner to the nearest vertex (and back). */
function worstError(ring: number[][], truth: [number, number][]): number {
  const a = truth.map((c) => Math.min(...ring.map((p) => metres(p, c))));
  const b = ring.map((p) => Math.min(...truth.map((c) => metres(p, c))));
  return Math.max(...a, ...b);
}

function expectParcel(f: GeoJSON.Feature<GeoJSON.Polygon>, truth: [number, number][], nameKey = '名称') {
  expect(f.properties?.[nameKey]).toBe(NAME);
  expect(worstError(f.geometry.coordinates[0] as number[][], truth)).toBeLessThan(1);
}

let matrixGpkg: Promise<Ok> | undefined;

describe.each(SYSTEMS)('EPSG:%i', (epsg) => {
  const truth = truthFor(epsg);

  it('GeoJSON (its crs member)', async () => {
    const r = await ok([file(`matrix/parcel-${epsg}.geojson`)]);
    expectParcel(parcelIn(r), truth);
  });

  it('Shapefile, zipped with its .prj', async () => {
    const r = await ok([file(`matrix/parcel-${epsg}.zip`)]);
    expectParcel(parcelIn(r), truth);
    if (epsg !== 4326) expect(r.crs?.source).toBe('declared');
  });

  it('GeoPackage (a table per system in one file)', async () => {
    matrixGpkg ??= ok([file('matrix/matrix.gpkg')]);
    const r = await matrixGpkg;
    expectParcel(parcelIn(r, `matrix.gpkg/parcel_${epsg}#`), truth);
  });

  it('FlatGeobuf (header CRS)', async () => {
    const r = await ok([file(`matrix/parcel-${epsg}.fgb`)]);
    expectParcel(parcelIn(r), truth);
  });

  it('CSV with WKT (no CRS: the ranges, or the user choosing among the candidates)', async () => {
    const csv = file(`matrix/parcel-${epsg}.csv`);
    const guessed = await ok([csv]);
    const id = `EPSG:${epsg}` as CrsId;
    const geographic = epsg === 4326 || epsg === 4490;
    if (geographic || guessed.crs?.id === id) {
      expectParcel(parcelIn(guessed), truth);
      return;
    }
    // The same numbers fit another system better ranked (e.g. CM 99E 3° and 6° are one projection):
    // the true one must be offered, and choosing it lands the parcel.
    expect(guessed.crs?.candidates).toContain(id);
    const chosen = await ok([csv], { crs: { id } });
    expect(chosen.crs).toMatchObject({ id, source: 'override' });
    expectParcel(parcelIn(chosen), truth);
  });
});

describe('formats without a system of their own', () => {
  it('KML, KMZ (NetworkLinks) and GPX: WGS84 by definition', async () => {
    expectParcel(parcelIn(await ok([file('out/parcel.kml')])), PARCEL, 'name');
    expectParcel(parcelIn(await ok([file('out/parcel-links.kmz')])), PARCEL, 'name');
    const gpx = await ok([file('out/parcel.gpx')]);
    const route = gpx.data.features.find(
      (f) => f.properties?._gpxType === 'rte',
    ) as GeoJSON.Feature<GeoJSON.LineString>;
    expect(route.properties?.name).toBe(NAME);
    expect(worstError(route.geometry.coordinates, PARCEL)).toBeLessThan(1);
  });

  it('DXF: Gauss–Krüger drawing units (prefixed and not), the system found from the ranges', async () => {
    for (const [name, id] of [
      ['out/parcel-4522.dxf', 'EPSG:4522'],
      ['out/parcel-4543.dxf', 'EPSG:4543'],
    ]) {
      const r = await ok([file(name as string)]);
      expect(r.crs?.id).toBe(id);
      const p = parcelIn(r);
      expect(p.properties?.layer).toBe('工业');
      expect(worstError(p.geometry.coordinates[0] as number[][], PARCEL)).toBeLessThan(1);
    }
  });

  it('界址点 .txt (UTF-8 and GBK): the header pins CGCS2000 3° zone 34, X is the northing', async () => {
    for (const name of ['out/parcel-jzd.txt', 'out/parcel-jzd-gbk.txt']) {
      const r = await ok([file(name)]);
      expect(r.crs).toMatchObject({ id: 'EPSG:4522', source: 'declared' });
      expectParcel(parcelIn(r), PARCEL, '地块名称');
    }
  });
});
