/**
 * The planners' formats (issue 12), each read from a file GDAL wrote (test/fixtures/gis/formats/make.sh):
 * GeoPackage, DXF, GPX, FlatGeobuf, CSV with WKT, KML, KMZ with NetworkLinks, Shapefiles in UTF-8 / GBK,
 * and the 界址点坐标 text. The parcel's vertices must land within 1 m of their true WGS84 position and
 * the Chinese attributes must survive.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFiles } from './import-file';
import type { ImportResult, InputFile } from './types';

const DIR = new URL('../../../../test/fixtures/gis/formats/out/', import.meta.url);
const load = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, DIR))) });

/** The parcel as source.geojson has it (WGS84). */
const PARCEL: [number, number][] = [
  [100.78, 22.0],
  [100.7809, 22.0],
  [100.7809, 22.0008],
  [100.78, 22.0008],
];
const NAME = '景洪工业园区地块';

type Ok = Extract<ImportResult, { ok: true }>;
async function ok(files: InputFile[]): Promise<Ok> {
  const r = await importFiles(files);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.detail}`);
  return r;
}

/** Metres between two lon/lat positions (equirectangular: exact enough over 100 m). */
function metres(a: number[], b: number[]): number {
  const [x1 = Number.NaN, y1 = Number.NaN] = a;
  const [x2 = Number.NaN, y2 = Number.NaN] = b;
  const k = (Math.PI / 180) * 6371008.8;
  return Math.hypot((x2 - x1) * k * Math.cos((y1 * Math.PI) / 180), (y2 - y1) * k);
}

/** Every true corner has a vertex of the ring within `tol` metres, and every vertex is near a corner. */
function expectRingAt(ring: number[][], truth: [number, number][], tol = 1) {
  for (const c of truth) expect(Math.min(...ring.map((p) => metres(p, c)))).toBeLessThan(tol);
  for (const p of ring) expect(Math.min(...truth.map((c) => metres(p, c)))).toBeLessThan(tol);
}

const parcelOf = (r: Ok, name = NAME) => {
  const f = r.data.features.find(
    (x) => x.geometry.type === 'Polygon' && Object.values(x.properties ?? {}).includes(name),
  );
  if (!f)
    throw new Error(
      `no polygon named ${name} in ${r.data.features.map((x) => x.properties?.__id).join(', ')}`,
    );
  return f as GeoJSON.Feature<GeoJSON.Polygon>;
};

describe('GeoPackage', () => {
  it('reads every feature table with its attributes (WGS84)', async () => {
    const r = await ok([load('parcel.gpkg')]);
    expect(r.format).toBe('geopackage');
    expect(r.data.features).toHaveLength(3);
    const p = parcelOf(r);
    expect(p.properties).toMatchObject({
      名称: NAME,
      用途: '工业',
      面积亩: 12.5,
      __id: 'parcel.gpkg/parcel#0',
    });
    expect(p.properties).not.toHaveProperty('fid');
    expect(p.properties).not.toHaveProperty('geom');
    expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
    expect(r.data.features.map((f) => f.geometry.type).sort()).toEqual(['LineString', 'Point', 'Polygon']);
  });

  it('takes the system from gpkg_spatial_ref_sys (CGCS2000 3° zone 34, a Chinese table name)', async () => {
    const r = await ok([load('parcel-4522.gpkg')]);
    expect(r.crs).toMatchObject({ id: 'EPSG:4522', source: 'declared' });
    const p = parcelOf(r);
    expect(p.properties?.__id).toBe('parcel-4522.gpkg/地块#0');
    expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
  });
});

describe('DXF', () => {
  for (const [file, id] of [
    ['parcel-4522.dxf', 'EPSG:4522'],
    ['parcel-4543.dxf', 'EPSG:4543'],
  ] as const) {
    it(`${file}: Gauss–Krüger drawing units, the layer kept, the closed polyline a polygon`, async () => {
      const r = await ok([load(file)]);
      expect(r.format).toBe('dxf');
      expect(r.crs?.id).toBe(id); // no CRS in a DXF: from the ranges
      expect(r.crs?.source).toBe('ranges');
      const poly = r.data.features.find(
        (f) => f.geometry.type === 'Polygon',
      ) as GeoJSON.Feature<GeoJSON.Polygon>;
      expect(poly.properties?.layer).toBe('工业');
      expectRingAt(poly.geometry.coordinates[0] as number[][], PARCEL);
      const layers = r.data.features.map((f) => `${f.geometry.type}:${f.properties?.layer}`).sort();
      expect(layers).toEqual(['LineString:道路', 'Point:设施', 'Polygon:工业']);
    });
  }

  it('reads a closed LWPOLYLINE (flag 70 = 1), a CIRCLE and a \\U+ escaped layer name', async () => {
    const { parseDxf } = await import('./parse-dxf');
    const dxf = [
      '0',
      'SECTION',
      '2',
      'ENTITIES',
      '0',
      'LWPOLYLINE',
      '8',
      '\\U+5DE5\\U+4E1A',
      '90',
      '3',
      '70',
      '1',
      '10',
      '0',
      '20',
      '0',
      '10',
      '10',
      '20',
      '0',
      '10',
      '10',
      '20',
      '10',
      '0',
      'CIRCLE',
      '8',
      'c',
      '10',
      '5',
      '20',
      '5',
      '40',
      '1',
      '0',
      'TEXT',
      '8',
      't',
      '10',
      '6',
      '20',
      '2',
      '40',
      '1',
      '1',
      '1号地块',
      '0',
      'ENDSEC',
      '0',
      'EOF',
    ].join('\n');
    const ds = await parseDxf('t.dxf', new TextEncoder().encode(dxf));
    const [tri, circle] = ds.features;
    expect(tri?.properties).toEqual({ layer: '工业', text: '1号地块' });
    expect(tri?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 0],
        ],
      ],
    });
    const ring = (circle as { geometry: GeoJSON.Polygon }).geometry.coordinates[0] as number[][];
    for (const [x, y] of ring) expect(Math.hypot((x as number) - 5, (y as number) - 5)).toBeCloseTo(1, 9);
  });
});

describe('GPX', () => {
  it('reads the waypoint, the route and the track (WGS84 by definition)', async () => {
    const r = await ok([load('parcel.gpx')]);
    expect(r.format).toBe('gpx');
    const byType = Object.fromEntries(r.data.features.map((f) => [f.properties?._gpxType ?? 'wpt', f]));
    expect(byType.wpt?.properties?.name).toBe('园区大门');
    expect(byType.wpt?.geometry).toEqual({ type: 'Point', coordinates: [100.7805, 21.9997] });
    expect(byType.trk?.properties?.name).toBe('园区道路');
    const route = byType.rte as GeoJSON.Feature<GeoJSON.LineString>;
    expect(route.properties?.name).toBe(NAME);
    expectRingAt(route.geometry.coordinates, PARCEL);
  });
});

describe('FlatGeobuf', () => {
  it('reads features and attributes from the bytes (no fetch)', async () => {
    const r = await ok([load('parcel.fgb')]);
    expect(r.format).toBe('flatgeobuf');
    expect(r.data.features).toHaveLength(3);
    const p = parcelOf(r);
    expect(p.properties).toMatchObject({ 用途: '工业', 面积亩: 12.5 });
    expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
  });
});

describe('CSV', () => {
  it('reads a WKT column as ogr2ogr writes it (-lco GEOMETRY=AS_WKT)', async () => {
    const r = await ok([load('parcel-wkt.csv')]);
    expect(r.data.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'LineString', 'Point']);
    const p = parcelOf(r);
    expect(p.properties).toMatchObject({ 用途: '工业', 面积亩: '12.5' });
    expect(p.properties).not.toHaveProperty('WKT');
    expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
  });

  it('skips a row whose WKT cannot be read, with a warning naming the row', async () => {
    const text = 'id,geometry\n1,POINT (100.78 22)\n2,POLYGON ((100.78 22, oops))\n3,POINT (100.79 22)\n';
    const r = await ok([{ name: 'bad.csv', bytes: new TextEncoder().encode(text) }]);
    expect(r.data.features).toHaveLength(2);
    expect(r.warningItems).toContainEqual(
      expect.objectContaining({ code: 'dropped-wkt-rows', params: { count: 1, line: 3 } }),
    );
  });

  it('reads 东坐标/北坐标 columns as easting/northing whatever their order', async () => {
    // The gate in CGCS2000 3° zone 34 (EPSG:4522), northing first as surveyors write it.
    const text = '名称,北坐标 X,东坐标 Y\n园区大门,2434269.360,34374064.657\n';
    const r = await ok([{ name: 'gk.csv', bytes: new TextEncoder().encode(text) }]);
    expect(r.crs?.id).toBe('EPSG:4522');
    const gate = r.data.features[0]?.geometry as GeoJSON.Point;
    expect(metres(gate.coordinates, [100.7805, 21.9997])).toBeLessThan(1);
    expect(r.data.features[0]?.properties?.名称).toBe('园区大门');
  });

  it('refuses a CSV past the row limit before building its rows', async () => {
    const { LIMITS } = await import('./limits');
    const text = `x,y\n${'100.8,22\n'.repeat(LIMITS.rows + 1)}`;
    const r = await importFiles([{ name: 'big.csv', bytes: new TextEncoder().encode(text) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'limit-exceeded', params: { limit: 'rows' } });
  });
});

describe('KML and KMZ', () => {
  it('reads the KML ogr2ogr wrote', async () => {
    const r = await ok([load('parcel.kml')]);
    const p = parcelOf(r);
    expect(p.properties).toMatchObject({ name: NAME, 用途: '工业' });
    expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
  });

  it('follows the NetworkLinks of a KMZ (nested, relative to the linking file), warns about a link to another host', async () => {
    const r = await ok([load('parcel-links.kmz')]);
    expect(r.format).toBe('kml');
    const byName = Object.fromEntries(r.data.features.map((f) => [f.properties?.name, f.properties]));
    expect(byName[NAME]).toMatchObject({ document: 'layers/parcel.kml', layer: '地块', folder: 'parcel' });
    expect(byName.园区道路).toMatchObject({ document: 'files/road.kml', layer: '道路' });
    expect(byName.园区大门).toMatchObject({ document: 'files/gate.kml' }); // linked from layers/parcel.kml
    expect(r.data.features).toHaveLength(3);
    expectRingAt(parcelOf(r).geometry.coordinates[0] as number[][], PARCEL);
    const remote = r.warningItems.filter((w) => w.code === 'kml-remote-link');
    expect(remote).toHaveLength(1);
    expect(remote[0]?.params?.href).toBe('https://example.com/remote.kml');
  });

  it('reads each document of a link cycle once, with a warning', async () => {
    const r = await ok([load('cycle.kmz')]);
    expect(r.data.features.map((f) => f.properties?.name)).toEqual(['园区大门']);
    expect(r.warningItems.map((w) => w.code)).toContain('kml-link-cycle');
  });

  it('a KMZ whose only link goes to another host: no features, and the reason names the link', async () => {
    const { zipSync } = await import('fflate');
    const doc =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><NetworkLink><Link><href>http://example.com/a.kml</href></Link></NetworkLink></Document></kml>';
    const r = await importFiles([
      { name: 'remote.kmz', bytes: zipSync({ 'doc.kml': new TextEncoder().encode(doc) }) },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('no-features');
      expect(r.error.detail).toContain('http://example.com/a.kml');
    }
  });

  it('refuses links beyond LIMITS.linkDepth', async () => {
    const { zipSync } = await import('fflate');
    const { LIMITS } = await import('./limits');
    const files: Record<string, Uint8Array> = {};
    const n = LIMITS.linkDepth + 2;
    for (let i = 0; i < n; i++) {
      const next = `<NetworkLink><Link><href>d${i + 1}.kml</href></Link></NetworkLink>`;
      files[i === 0 ? 'doc.kml' : `d${i}.kml`] = new TextEncoder().encode(
        `<kml><Document><Placemark><Point><coordinates>100.8,22</coordinates></Point></Placemark>${i < n - 1 ? next : ''}</Document></kml>`,
      );
    }
    const r = await importFiles([{ name: 'deep.kmz', bytes: zipSync(files) }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'limit-exceeded', params: { limit: 'linkDepth' } });
  });
});

describe('Shapefile encodings', () => {
  const parts = (stem: string, exts: string[]) => exts.map((e) => load(`${stem}.${e}`));
  for (const [label, files] of [
    ['UTF-8 with .cpg', parts('parcel-utf8', ['shp', 'dbf', 'prj', 'cpg'])],
    ['GBK with .cpg', parts('parcel-gbk', ['shp', 'dbf', 'prj', 'cpg'])],
    ['GBK without .cpg (guessed)', parts('parcel-gbk-nocpg', ['shp', 'dbf', 'prj'])],
  ] as const) {
    it(`${label}: 名称 intact`, async () => {
      const r = await ok([...files]);
      expect(r.data.features[0]?.properties).toMatchObject({ 名称: NAME, 用途: '工业' });
    });
  }

  it('the GBK .dbf really is GBK (the test would pass for the wrong reason otherwise)', () => {
    const dbf = load('parcel-gbk-nocpg.dbf').bytes;
    expect(new TextDecoder('utf-8').decode(dbf)).not.toContain(NAME);
    expect(new TextDecoder('gbk').decode(dbf)).toContain(NAME);
  });
});

describe('界址点坐标 text', () => {
  const expected = readFileSync(new URL('parcel-jzd.expected', DIR), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(/\s+/).map(Number) as [number, number]);

  for (const file of ['parcel-jzd.txt', 'parcel-jzd-gbk.txt']) {
    it(`${file}: the parcel, its attributes and its system (CGCS2000 3° zone 34, X = northing)`, async () => {
      const r = await ok([load(file)]);
      expect(r.format).toBe('jzd');
      expect(r.crs).toMatchObject({ id: 'EPSG:4522', source: 'declared' });
      const p = r.data.features[0] as GeoJSON.Feature<GeoJSON.Polygon>;
      expect(p.properties).toMatchObject({
        地块编号: 'JH-001',
        地块名称: NAME,
        地块用途: '工业',
        地类编码: '0601',
      });
      expectRingAt(p.geometry.coordinates[0] as number[][], expected.slice(0, 4), 0.01); // GDAL's inverse
      expectRingAt(p.geometry.coordinates[0] as number[][], PARCEL);
    });
  }

  it('groups rings by ring number and a repeated first point; a second outer ring makes a MultiPolygon', async () => {
    const { parseJzd } = await import('./parse-jzd');
    const text = [
      '[属性描述]',
      '坐标系=2000国家大地坐标系',
      '几度分带=3',
      '带号=34',
      '[地块坐标]',
      '13,1.2,A-1,甲地块,面,,工业,,@',
      'J1,1,2434000,34374000',
      'J2,1,2434000,34374100',
      'J3,1,2434100,34374100',
      'J4,1,2434100,34374000',
      'J1,1,2434000,34374000',
      'J5,2,2434040,34374040',
      'J6,2,2434040,34374060',
      'J7,2,2434060,34374060',
      'J5,2,2434040,34374040',
      'J8,3,2435000,34375000',
      'J9,3,2435000,34375100',
      'J10,3,2435100,34375100',
    ].join('\r\n');
    const ds = parseJzd('a.txt', new TextEncoder().encode(text));
    expect(ds.crsHint).toMatchObject({ epsg: 4522, from: 'jzd', axisOrder: 'xy' });
    const g = ds.features[0]?.geometry as GeoJSON.MultiPolygon;
    expect(g.type).toBe('MultiPolygon');
    expect(g.coordinates[0]).toHaveLength(2); // outer + hole
    expect(g.coordinates[0]?.[0]?.[1]).toEqual([34374100, 2434000]); // [easting (Y), northing (X)]
    expect(g.coordinates[1]?.[0]).toHaveLength(4); // closed by the parser
  });

  it('pins EPSG codes for the datums, zone widths and both easting styles', async () => {
    const { jzdEpsg } = await import('./parse-jzd');
    expect(jzdEpsg('CGCS2000', 3, 34, [34374000])).toBe(4522);
    expect(jzdEpsg('CGCS2000', 3, 34, [374000])).toBe(4543);
    expect(jzdEpsg('CGCS2000', 3, 102, [374000])).toBe(4543); // 带号 given as the central meridian
    expect(jzdEpsg('CGCS2000', 6, 17, [17683828])).toBe(4495);
    expect(jzdEpsg('CGCS2000', 6, 17, [683828])).toBe(4506);
    expect(jzdEpsg('Xian1980', 3, 34, [374013])).toBe(2379);
    expect(jzdEpsg('Beijing1954', 3, 34, [374011])).toBe(2431);
    expect(jzdEpsg('CGCS2000', 3, 35, [34374000])).toBeUndefined(); // header and prefix disagree
  });

  it('a .txt that is not a 界址点 file stays unsupported', async () => {
    const r = await importFiles([
      { name: 'notes.txt', bytes: new TextEncoder().encode('会议纪要\n一、用地\n') },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('unsupported-format');
  });
});

describe('inside a zip', () => {
  it('routes .gpkg, .dxf, .gpx, .fgb and a 界址点 .txt found in a zip', async () => {
    const { zipSync } = await import('fflate');
    const names = ['parcel.gpkg', 'parcel-4522.dxf', 'parcel.gpx', 'parcel.fgb', 'parcel-jzd.txt'];
    const zip = zipSync(Object.fromEntries(names.map((n) => [`data/${n}`, load(n).bytes])));
    const r = await ok([{ name: 'all.zip', bytes: zip }]);
    const sources = new Set(r.data.features.map((f) => String(f.properties?.__id).replace(/[/#].*$/, '')));
    expect(sources).toEqual(new Set(['all.zip']));
    const files = new Set(
      r.data.features.map((f) => String(f.properties?.__id).split('/')[2]?.replace(/#.*$/, '')),
    );
    expect(files).toEqual(new Set(names));
  });
});

describe('looksLikeJzd', () => {
  it('recognises a long UTF-8 file whose first 8 KB end inside a character', async () => {
    const { looksLikeJzd } = await import('./jzd-detect');
    const head = '[属性描述]\n坐标系=2000国家大地坐标系\n[地块坐标]\n';
    for (let pad = 0; pad < 25; pad++) {
      const text = `${head}${'x'.repeat(pad)}${'5,1,A,甲地块,面,,,,@\n'.repeat(600)}`;
      expect(looksLikeJzd(new TextEncoder().encode(text))).toBe(true);
    }
    expect(looksLikeJzd(new TextEncoder().encode('界址点说明\n1,2,3\n'))).toBe(false);
  });
});

describe('KML folders', () => {
  it('keeps the folder path of each placemark; ground overlays and links are not places', async () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>top</name><Point><coordinates>100.8,22</coordinates></Point></Placemark>
      <Folder><name>规划红线</name><Folder><name>一期</name>
        <Placemark><name>inner</name><Point><coordinates>100.81,22</coordinates></Point></Placemark>
      </Folder></Folder>
      <GroundOverlay><Icon><href>plan.png</href></Icon><LatLonBox><north>22.1</north><south>22</south><east>100.9</east><west>100.8</west></LatLonBox></GroundOverlay>
      <NetworkLink><Link><href>other.kml</href></Link></NetworkLink>
    </Document></kml>`;
    const r = await ok([{ name: 'folders.kml', bytes: new TextEncoder().encode(kml) }]);
    expect(r.data.features.map((f) => [f.properties?.name, f.properties?.folder])).toEqual([
      ['top', undefined],
      ['inner', '规划红线/一期'],
    ]);
  });
});

describe('KMZ links: resolution and the document limit', () => {
  const kml = (body: string) => new TextEncoder().encode(`<kml><Document>${body}</Document></kml>`);
  const link = (href: string) => `<NetworkLink><Link><href>${href}</href></Link></NetworkLink>`;
  const point = '<Placemark><name>p</name><Point><coordinates>100.8,22</coordinates></Point></Placemark>';

  it('resolves ./ and ../ against the linking file; an archive-root path from a sub-folder too', async () => {
    const { resolveHref } = await import('./parse-kml');
    expect(resolveHref('layers/', '../files/a.kml')).toBe('files/a.kml');
    expect(resolveHref('layers/', './b.kml?x=1#f')).toBe('layers/b.kml');
    expect(resolveHref('a/b/', '/c.kml')).toBe('c.kml');
    expect(resolveHref('', '%E5%9C%B0%E5%9D%97.kml')).toBe('地块.kml');
    const { zipSync } = await import('fflate');
    const zip = zipSync({
      'doc.kml': kml(link('layers/a.kml')),
      'layers/a.kml': kml(link('files/b.kml')), // written relative to the archive's root
      'files/b.kml': kml(point),
    });
    const r = await ok([{ name: 'rooted.kmz', bytes: zip }]);
    expect(r.data.features.map((f) => f.properties?.document)).toEqual(['files/b.kml']);
  });

  it('refuses more linked documents than LIMITS.linkedDocuments', async () => {
    const { zipSync } = await import('fflate');
    const { LIMITS } = await import('./limits');
    const n = LIMITS.linkedDocuments + 1;
    const files: Record<string, Uint8Array> = {
      'doc.kml': kml(Array.from({ length: n }, (_, i) => link(`l${i}.kml`)).join('')),
    };
    for (let i = 0; i < n; i++) files[`l${i}.kml`] = kml(point);
    const r = await importFiles([{ name: 'many.kmz', bytes: zipSync(files) }]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ code: 'limit-exceeded', params: { limit: 'linkedDocuments' } });
  });

  it('a link to a file the archive lacks is a warning, the rest imports', async () => {
    const { zipSync } = await import('fflate');
    const zip = zipSync({ 'doc.kml': kml(`${point}${link('gone.kml')}`) });
    const r = await ok([{ name: 'gone.kmz', bytes: zip }]);
    expect(r.data.features).toHaveLength(1);
    expect(r.warningItems).toContainEqual(
      expect.objectContaining({ code: 'kml-missing-link', params: { href: 'gone.kml' } }),
    );
  });
});
