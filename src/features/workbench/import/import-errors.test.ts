import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-file';
import { LIMITS } from './limits';
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

const pointOf = (f: GeoJSON.Feature | undefined): number[] => {
  if (f?.geometry.type !== 'Point') throw new Error('expected a point');
  return f.geometry.coordinates;
};

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

  // Projected files are reprojected now (crs/resolve.ts; the full matrix is in crs/crs-import.test.ts):
  // these fixtures import, and only coordinates that fit no supported system are refused.
  it('EPSG:3857 Web Mercator is read from the ranges and reprojected', async () => {
    const r = await importFiles([load('web-mercator.geojson')]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.crs).toMatchObject({ id: 'EPSG:3857', source: 'ranges', swapXY: false });
    const [lon, lat] = pointOf(r.data.features[0]);
    expect(lon).toBeCloseTo(100.798, 2);
    expect(lat).toBeCloseTo(22.0, 1);
  });

  it('CGCS2000 Gauss–Krüger 3° zone 34 (zone prefix) is read from the ranges', async () => {
    const r = await importFiles([load('gk-zoned.geojson')]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.crs).toMatchObject({ id: 'EPSG:4522', source: 'ranges' });
  });

  it('Gauss–Krüger without zone prefix: the central meridian that puts it in Xishuangbanna', async () => {
    const r = await importFiles([load('gk-plain.geojson')]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.crs).toMatchObject({ id: 'EPSG:4543', source: 'ranges' });
    expect(r.crs?.candidates.length).toBeGreaterThan(0);
  });

  it('projected-coordinates: numbers that fit no supported system', async () => {
    const e = await expectError([load('projected-unknown.geojson')], 'projected-coordinates');
    expect(e.params).toMatchObject({ crs: 'projected-unknown', feature: 0, x: 48123456.7, y: 91234567.8 });
  });

  it('the .prj of a shapefile names its system (CGCS2000_3_Degree_GK_Zone_34)', async () => {
    const files = ['gk34.shp', 'gk34.shx', 'gk34.dbf', 'gk34.prj'].map(load);
    const r = await importFiles(files);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.crs).toMatchObject({
      id: 'EPSG:4522',
      source: 'declared',
      declaredName: 'CGCS2000_3_Degree_GK_Zone_34',
    });
  });

  it('latitude-first degrees are read with swapped axes, and refused when the user insists on lon/lat', async () => {
    const r = await importFiles([load('swapped.geojson')]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.crs).toMatchObject({ id: 'EPSG:4326', source: 'ranges', swapXY: true });
    expect(pointOf(r.data.features[0])).toEqual([100.798, 22.015]);
    const forced = await importFiles([load('swapped.geojson')], { crs: { id: 'EPSG:4326', swapXY: false } });
    if (forced.ok) throw new Error('expected swapped-coordinates');
    expect(forced.error.code).toBe('swapped-coordinates');
    seen.add('swapped-coordinates');
    expect(forced.error.params).toMatchObject({ x: 22.015, y: 100.798 });
  });

  it('unknown-crs: a .prj naming a system the catalog lacks is named', async () => {
    const prj = new TextEncoder().encode(
      'PROJCS["Asia_North_Albers_Equal_Area_Conic",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Albers"],PARAMETER["False_Easting",0.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",95.0],PARAMETER["Standard_Parallel_1",15.0],PARAMETER["Standard_Parallel_2",65.0],PARAMETER["Latitude_Of_Origin",30.0],UNIT["Meter",1.0]]',
    );
    const files = ['gk34.shp', 'gk34.shx', 'gk34.dbf'].map(load);
    const e = await expectError([...files, { name: 'gk34.prj', bytes: prj }], 'unknown-crs');
    expect(String(e.params?.crsName)).toContain('Asia_North_Albers_Equal_Area_Conic');
  });

  it('invalid-crs: a .prj that is not WKT', async () => {
    const files = ['gk34.shp', 'gk34.shx', 'gk34.dbf'].map(load);
    const prj = new TextEncoder().encode('this is not a projection');
    const e = await expectError([...files, { name: 'gk34.prj', bytes: prj }], 'invalid-crs');
    expect(e.params?.text).toBe('this is not a projection');
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

  // Limits and validity (limits.ts, xml-guard.ts, geometry-validity.ts); the hostile inputs themselves are in
  // test/unit/gis-hostile-input.test.ts.
  it('limit-exceeded: names the limit, its maximum and the actual value', async () => {
    const text = `${'['.repeat(LIMITS.nesting + 1)}${']'.repeat(LIMITS.nesting + 1)}`;
    const e = await expectError(
      [{ name: 'deep.json', bytes: new TextEncoder().encode(text) }],
      'limit-exceeded',
    );
    expect(e.params).toEqual({ limit: 'nesting', max: LIMITS.nesting, actual: LIMITS.nesting + 1 });
  });

  it('limit-exceeded: all files of one pick together', async () => {
    const big = new Uint8Array(MAX_BYTES);
    const files = Array.from({ length: 5 }, (_, k) => ({ name: `part${k}.geojson`, bytes: big }));
    const e = await expectError(files, 'limit-exceeded');
    expect(e.params).toMatchObject({ limit: 'bytesTotal', max: LIMITS.bytesTotal, actual: 5 * MAX_BYTES });
  });

  it('xml-entities: a KML declaring entities is refused before it is parsed', async () => {
    const text = '<!DOCTYPE kml [<!ENTITY x "y">]><kml><Placemark><name>&x;</name></Placemark></kml>';
    const e = await expectError(
      [{ name: 'entity.kml', bytes: new TextEncoder().encode(text) }],
      'xml-entities',
    );
    expect(e.file).toBe('entity.kml');
  });

  it('self-intersection: a bow-tie parcel is named, with where it crosses', async () => {
    const bowTie = [
      [100.8, 22],
      [100.81, 22.01],
      [100.81, 22],
      [100.8, 22.01],
      [100.8, 22],
    ];
    const text = JSON.stringify({
      type: 'Feature',
      properties: { NAME: 'Parcel 7' },
      geometry: { type: 'Polygon', coordinates: [bowTie] },
    });
    const e = await expectError(
      [{ name: 'bowtie.geojson', bytes: new TextEncoder().encode(text) }],
      'self-intersection',
    );
    expect(e.params).toEqual({ feature: 'Parcel 7', index: 0, lon: 100.805, lat: 22.005, count: 1 });
    expect(e.detail).toContain('Parcel 7');
  });

  it('degenerate-geometry: a polygon with fewer than 3 distinct points, named by its number', async () => {
    const text = JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [100.8, 22],
          [100.81, 22.01],
          [100.8, 22],
        ],
      ],
    });
    const e = await expectError(
      [{ name: 'flat.geojson', bytes: new TextEncoder().encode(text) }],
      'degenerate-geometry',
    );
    expect(e.params).toEqual({ feature: '#1', index: 0, lon: 100.8, lat: 22, count: 1 });
  });

  describe("the planners' formats (fixtures: test/fixtures/gis/formats/make.sh)", () => {
    const GIS = new URL('../../../../test/fixtures/gis/formats/out/', import.meta.url);
    const gis = (name: string): InputFile => ({
      name,
      bytes: new Uint8Array(readFileSync(new URL(name, GIS))),
    });
    const cut = (f: InputFile, keep: number, name = f.name): InputFile => ({
      name,
      bytes: f.bytes.slice(0, keep),
    });
    const text = (name: string, s: string): InputFile => ({ name, bytes: new TextEncoder().encode(s) });
    const BOMB =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n';

    it('invalid-geopackage: a truncated GeoPackage', async () => {
      const gpkg = gis('parcel.gpkg');
      const e = await expectError([cut(gpkg, gpkg.bytes.length / 2, 'half.gpkg')], 'invalid-geopackage');
      expect(e.detail).toMatch(/malformed|could not be read/);
    });

    it('invalid-geopackage: a .gpkg that is not SQLite', async () => {
      const e = await expectError([text('fake.gpkg', '{"type":"FeatureCollection"}')], 'invalid-geopackage');
      expect(e.params?.reason).toBe('not-sqlite');
    });

    it('geopackage-no-feature-tables: only an attributes table', async () => {
      const e = await expectError([gis('attributes-only.gpkg')], 'geopackage-no-feature-tables');
      expect(e.params?.found).toContain('attrs (attributes)');
    });

    it('geopackage-no-geometry: a feature table without its geometry column', async () => {
      const e = await expectError([gis('no-geometry-column.gpkg')], 'geopackage-no-geometry');
      expect(e.file).toBe('no-geometry-column.gpkg/parcel');
    });

    it('invalid-crs: a GeoPackage whose spatial reference text is not WKT', async () => {
      const e = await expectError([gis('bad-srs.gpkg')], 'invalid-crs');
      expect(e.file).toBe('bad-srs.gpkg/地块');
    });

    it('too-large: a KMZ bomb (an entry claiming to unpack past the limit) is refused before inflating', async () => {
      const kmz = zipSync({ 'doc.kml': new TextEncoder().encode('<kml/>') }, { level: 0 });
      const view = new DataView(kmz.buffer);
      for (let i = 0; i < kmz.length - 4; i++) {
        if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, MAX_BYTES + 1, true);
      }
      const e = await expectError([{ name: 'bomb.kmz', bytes: kmz }], 'too-large');
      expect(e.file).toBe('bomb.kmz/doc.kml');
    });

    it('invalid-flatgeobuf: a truncated FlatGeobuf', async () => {
      const fgb = gis('parcel.fgb');
      const e = await expectError([cut(fgb, fgb.bytes.length - 40, 'cut.fgb')], 'invalid-flatgeobuf');
      expect(e.detail).toContain('truncated');
      await expectError([cut(fgb, 100, 'head.fgb')], 'invalid-flatgeobuf');
    });

    it('invalid-dxf: garbage named .dxf', async () => {
      await expectError([text('garbage.dxf', 'this is\nnot a drawing\n')], 'invalid-dxf');
    });

    it('invalid-xml: a GPX that is not XML', async () => {
      const e = await expectError([text('track.gpx', '<gpx><trk><trkseg></gpx>')], 'invalid-xml');
      expect(e.file).toBe('track.gpx');
    });

    it('xml-entities: an entity bomb in a KML and in a GPX', async () => {
      await expectError(
        [text('bomb.kml', `${BOMB}<kml><Document><name>&lol2;</name></Document></kml>`)],
        'xml-entities',
      );
      await expectError(
        [text('bomb.gpx', `${BOMB}<gpx><wpt lat="22" lon="100.8"><name>&lol2;</name></wpt></gpx>`)],
        'xml-entities',
      );
    });

    it('xml-entities: an entity bomb in a document linked from a KMZ', async () => {
      const doc =
        '<kml><Document><NetworkLink><Link><href>a.kml</href></Link></NetworkLink></Document></kml>';
      const a = `${BOMB}<kml><Document><name>&lol2;</name></Document></kml>`;
      const kmz = zipSync({ 'doc.kml': new TextEncoder().encode(doc), 'a.kml': new TextEncoder().encode(a) });
      const e = await expectError([{ name: 'linked.kmz', bytes: kmz }], 'xml-entities');
      expect(e.file).toBe('linked.kmz/a.kml');
    });

    it('invalid-jzd: a boundary-point row whose coordinate is not a number', async () => {
      const good = new TextDecoder().decode(gis('parcel-jzd.txt').bytes);
      const bad = good.replace(/^J2,1,[\d.]+,/m, 'J2,1,北,');
      const e = await expectError([text('bad-jzd.txt', bad)], 'invalid-jzd');
      expect(e.params?.line).toBe(15);
    });

    it('unsupported-format: a .txt that is not a 界址点 file', async () => {
      const e = await expectError([text('readme.txt', '[说明]\n这是说明文字。\n')], 'unsupported-format');
      expect(e.params).toMatchObject({ extension: 'txt' });
    });
  });

  it('hole-outside-shell: a polygon whose hole lies outside it', async () => {
    const shell = [
      [100.8, 22],
      [100.81, 22],
      [100.81, 22.01],
      [100.8, 22.01],
      [100.8, 22],
    ];
    const hole = [
      [100.82, 22],
      [100.83, 22],
      [100.83, 22.01],
      [100.82, 22],
    ];
    const text = JSON.stringify({ type: 'Polygon', coordinates: [shell, hole] });
    const e = await expectError(
      [{ name: 'hole.geojson', bytes: new TextEncoder().encode(text) }],
      'hole-outside-shell',
    );
    expect(e.params).toEqual({ feature: '#1', index: 0, lon: 100.825, lat: 22, count: 1 });
  });

  it('cancelled: an import cancelled before it ends (import-client, here without a Web Worker)', async () => {
    const { startImport } = await import('./import-client');
    const bytes = new TextEncoder().encode('{"type":"Point","coordinates":[100.8,22]}');
    const handle = startImport([new File([bytes], 'site.geojson')], {});
    handle.cancel();
    const r = await handle.result;
    if (r.ok || !r.error) throw new Error('expected the cancelled error');
    expect(r.error).toMatchObject({ code: 'cancelled', file: 'site.geojson' });
    seen.add(r.error.code);
  });

  it('has a test above for every error code (runs last)', () => {
    expect([...seen].sort()).toEqual([...IMPORT_ERROR_CODES].sort());
  });
});
