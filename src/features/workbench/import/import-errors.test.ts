import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-file';
import {
  IMPORT_ERROR_CODES,
  type ImportError,
  type ImportErrorCode,
  type InputFile,
  MAX_BYTES,
} from './types';

const FIXTURES = new URL('../../../../test/fixtures/import/', import.meta.url);
const seen = new Set<ImportErrorCode>();
const load = (name: string): InputFile => ({
  name,
  bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))),
});

/** Import and expect a failure with this code; returns the error for further checks. */
async function expectError(files: InputFile[], code: ImportErrorCode): Promise<ImportError> {
  const r = await importFiles(files);
  if (r.ok) throw new Error(`expected ${code}, got ${r.data.features.length} features`);
  expect(r.error.code).toBe(code);
  seen.add(code);
  if (process.env.SHOW_IMPORT_ERRORS) console.log(r.error.detail);
  expect(r.error.detail).toContain(r.error.file);
  return r.error;
}

describe('importFiles errors (one per code)', () => {
  it('too-large: a file over MAX_BYTES is refused before parsing', async () => {
    const e = await expectError(
      [{ name: 'huge.geojson', bytes: new Uint8Array(MAX_BYTES + 1) }],
      'too-large',
    );
    expect(e.file).toBe('huge.geojson');
    expect(e.params).toMatchObject({ bytes: MAX_BYTES + 1, max: MAX_BYTES });
  });

  it('too-large: a zip entry that unpacks to over MAX_BYTES is refused before it is inflated', async () => {
    const zip = zipSync({ 'big.geojson': new TextEncoder().encode('{}') }, { level: 0 });
    const view = new DataView(zip.buffer);
    for (let i = 0; i < zip.length - 4; i++) {
      // Central directory header: claim an uncompressed size of MAX_BYTES + 1.
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, MAX_BYTES + 1, true);
    }
    const e = await expectError([{ name: 'bomb.zip', bytes: zip }], 'too-large');
    expect(e.file).toBe('bomb.zip/big.geojson');
  });

  it('empty-file', async () => {
    const e = await expectError([load('empty.geojson')], 'empty-file');
    expect(e.file).toBe('empty.geojson');
  });

  it('unsupported-format: unknown extension', async () => {
    const e = await expectError([load('notes.txt')], 'unsupported-format');
    expect(e.params).toMatchObject({ extension: 'txt' });
  });

  it('invalid-json: names line and column', async () => {
    const e = await expectError([load('invalid.json')], 'invalid-json');
    // `{ "type": "Feature", }` — the stray comma's closing brace is on line 4.
    expect(e.params?.line).toBe(4);
    expect(e.params?.column).toBeGreaterThan(20);
    expect(e.detail).toMatch(/line 4, column \d+/);
  });

  it('invalid-xml: names the line', async () => {
    const e = await expectError([load('invalid.kml')], 'invalid-xml');
    expect(e.params?.line).toBe(3);
    expect(e.detail).toMatch(/not valid XML at line 3, column \d+: .*Placemark/);
    expect(e.detail).toContain('invalid.kml');
  });

  it('invalid-xml: an undefined entity fails as it does in browsers', async () => {
    const bytes = new TextEncoder().encode('<kml>\n<Placemark><name>a&nbsp;b</name></Placemark></kml>');
    const e = await expectError([{ name: 'entity.kml', bytes }], 'invalid-xml');
    expect(e.params?.line).toBe(2);
  });

  it('invalid-csv: an unclosed quote, with its line', async () => {
    const e = await expectError([load('invalid.csv')], 'invalid-csv');
    expect(e.params).toMatchObject({ line: 3 });
  });

  it('invalid-csv: a coordinate that is not a number names line, column and value', async () => {
    const e = await expectError([load('bad-number.csv')], 'invalid-csv');
    expect(e.params).toEqual({ line: 3, column: 'lat', value: 'north' });
  });

  it('no-features: an empty FeatureCollection', async () => {
    await expectError([load('no-features.geojson')], 'no-features');
  });

  it('unsupported-geometry: a mixed GeometryCollection only, naming the type', async () => {
    const e = await expectError([load('geometry-collection.geojson')], 'unsupported-geometry');
    expect(e.params?.type).toBe('GeometryCollection');
    expect(e.detail).toContain('GeometryCollection');
  });

  it('invalid-geometry: coordinates that are not numbers', async () => {
    const bytes = new TextEncoder().encode('{"type":"Point","coordinates":["100.8","22"]}');
    const e = await expectError([{ name: 'bad.geojson', bytes }], 'invalid-geometry');
    expect(e.detail).toContain('feature 0');
  });

  it('projected-coordinates: EPSG:3857 Web Mercator is named', async () => {
    const e = await expectError([load('web-mercator.geojson')], 'projected-coordinates');
    expect(e.params).toMatchObject({ crs: 'web-mercator', feature: 0, x: 11220782.03, y: 2513326.26 });
    expect(e.detail).toContain('EPSG:3857');
  });

  it('projected-coordinates: CGCS2000 Gauss–Krüger 3° zone 34 (zone prefix) is named with its zone', async () => {
    const e = await expectError([load('gk-zoned.geojson')], 'projected-coordinates');
    expect(e.params?.crs).toBe('gauss-kruger-zoned');
    expect(e.detail).toContain('3° zone 34');
  });

  it('projected-coordinates: Gauss–Krüger without zone prefix', async () => {
    const e = await expectError([load('gk-plain.geojson')], 'projected-coordinates');
    expect(e.params?.crs).toBe('gauss-kruger');
  });

  it('projected-coordinates: unknown projection', async () => {
    const e = await expectError([load('projected-unknown.geojson')], 'projected-coordinates');
    expect(e.params?.crs).toBe('projected-unknown');
  });

  it('projected-coordinates: a shapefile names the PROJCS of its .prj', async () => {
    const files = ['gk34.shp', 'gk34.shx', 'gk34.dbf', 'gk34.prj'].map(load);
    const e = await expectError(files, 'projected-coordinates');
    expect(e.file).toBe('gk34.shp');
    expect(e.params).toMatchObject({ crs: 'gauss-kruger-zoned', crsName: 'CGCS2000_3_Degree_GK_Zone_34' });
    expect(e.detail).toContain('CGCS2000_3_Degree_GK_Zone_34');
  });

  it('swapped-coordinates: latitude first', async () => {
    const e = await expectError([load('swapped.geojson')], 'swapped-coordinates');
    expect(e.params).toMatchObject({ x: 22.015, y: 100.798 });
  });

  it('missing-dbf: a zip with .shp but no .dbf', async () => {
    const e = await expectError([load('no-dbf.zip')], 'missing-dbf');
    expect(e.file).toBe('no-dbf.zip/roads.shp');
    expect(e.params).toEqual({ expected: 'roads.dbf' });
  });

  it('missing-dbf: a loose .shp picked alone', async () => {
    const e = await expectError([load('towns.shp'), load('towns.shx')], 'missing-dbf');
    expect(e.file).toBe('towns.shp');
  });

  it('missing-shp: a zip with .dbf and .prj but no .shp', async () => {
    const e = await expectError([load('missing-shp.zip')], 'missing-shp');
    expect(e.params).toEqual({ expected: 'roads.shp' });
  });

  it('no-lonlat-columns: lists the columns found', async () => {
    const e = await expectError([load('no-lonlat.csv')], 'no-lonlat-columns');
    expect(e.params).toEqual({ columns: '名称, 地址, 人口' });
    expect(e.detail).toContain('名称, 地址, 人口');
  });

  it('invalid-zip: bytes that are not a zip', async () => {
    const e = await expectError(
      [{ name: 'broken.zip', bytes: new Uint8Array([1, 2, 3, 4, 5]) }],
      'invalid-zip',
    );
    expect(e.file).toBe('broken.zip');
  });

  it('invalid-shapefile: a .shp with a bad header', async () => {
    const shp = { name: 'bad.shp', bytes: new Uint8Array(120) };
    const e = await expectError(
      [shp, load('towns.dbf')].map((f) => ({ ...f, name: f.name.replace('towns', 'bad') })),
      'invalid-shapefile',
    );
    expect(e.file).toBe('bad.shp');
  });

  it('has a test above for every error code (runs last)', () => {
    expect([...seen].sort()).toEqual([...IMPORT_ERROR_CODES].sort());
  });
});
