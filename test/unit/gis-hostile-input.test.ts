/**
 * Big and hostile inputs, generated in memory: each ends in an import or in a refusal naming its limit,
 * never in a stack overflow or a hang (the test timeout bounds each one; there are no timing assertions).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finalize, newBudget } from '@/features/workbench/import/finalize';
import { importFiles } from '@/features/workbench/import/import-file';
import { LIMITS } from '@/features/workbench/import/limits';
import {
  type ImportError,
  ImportFailure,
  type ImportResult,
  type InputFile,
  MAX_BYTES,
} from '@/features/workbench/import/types';

const SLOW = { timeout: 120_000 };
const enc = new TextEncoder();
const file = (name: string, text: string): InputFile => ({ name, bytes: enc.encode(text) });

function refused(r: ImportResult): ImportError {
  if (r.ok) throw new Error(`expected a refusal, got ${r.data.features.length} features`);
  return r.error;
}
/** The error an internal step throws (ImportFailure), for steps tested without importFiles. */
function thrown(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportFailure) return e.error;
    throw e;
  }
  throw new Error('expected a refusal');
}
const geometryOf = <G extends GeoJSON.Geometry>(r: { data: GeoJSON.FeatureCollection }, k = 0) =>
  r.data.features[k]?.geometry as G;
function imported(r: ImportResult) {
  if (!r.ok) throw new Error(`expected an import, got ${r.error.code}: ${r.error.detail}`);
  return r;
}

// ---- Zip archives written byte by byte, so their headers can lie ------------------------------------------

/** Raw DEFLATE (fixed Huffman) of `1 + 258·k` zero bytes: 13 bits per 258 bytes, built without inflating. */
function deflatedZeros(k: number): { data: Uint8Array; size: number } {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * k + 7) / 8) + 1);
  let bit = 0;
  const put = (on: number) => {
    if (on) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
    bit++;
  };
  /** Plain values are written least significant bit first, Huffman codes most significant bit first. */
  const bits = (value: number, n: number) => {
    for (let b = 0; b < n; b++) put((value >> b) & 1);
  };
  const code = (value: number, n: number) => {
    for (let b = n - 1; b >= 0; b--) put((value >> b) & 1);
  };
  bits(1, 1); // final block
  bits(1, 2); // fixed Huffman codes
  code(0x30, 8); // literal 0
  for (let i = 0; i < k; i++) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return { data: out.subarray(0, Math.ceil(bit / 8)), size: 1 + 258 * k };
}

interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** The uncompressed size the headers state (true or not). */
  statedSize: number;
}

/** A zip archive (local headers, data, central directory); CRCs are left 0 (the reader does not check). */
function zip(entries: ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.statedSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.statedSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    cd.set(name, 46);
    parts.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, eocd];
  const bytes = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

const stored = (name: string, data: Uint8Array): ZipEntry => ({
  name,
  data,
  method: 0,
  statedSize: data.length,
});

describe('big inputs import or are refused by their limit', () => {
  it('a GeoJSON of 200,000 points imports', SLOW, async () => {
    const features = Array.from({ length: 200_000 }, (_, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: {
        type: 'Point',
        coordinates: [100.7 + (i % 1000) * 1e-4, 21.9 + Math.floor(i / 1000) * 1e-4],
      },
    }));
    const r = imported(
      await importFiles([file('points.geojson', JSON.stringify({ type: 'FeatureCollection', features }))]),
    );
    expect(r.data.features).toHaveLength(200_000);
  });

  it(
    'a GeoJSON of 250,001 points is refused by LIMITS.features before its features are built',
    SLOW,
    async () => {
      const point = '{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[100.8,22]}}';
      const text = `{"type":"FeatureCollection","features":[${Array(LIMITS.features + 1)
        .fill(point)
        .join(',')}]}`;
      const e = refused(await importFiles([file('many.geojson', text)]));
      expect(e).toMatchObject({
        code: 'limit-exceeded',
        file: 'many.geojson',
        params: { limit: 'features', max: LIMITS.features, actual: LIMITS.features + 1 },
      });
    },
  );

  it('a CSV of 1,000,000 rows is refused by LIMITS.rows', SLOW, async () => {
    const rows = ['name,lon,lat'];
    for (let i = 0; i < 1_000_000; i++) rows.push(`p${i},100.${i % 1000},22.${i % 997}`);
    const e = refused(await importFiles([file('rows.csv', rows.join('\n'))]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'rows.csv',
      params: { limit: 'rows', max: LIMITS.rows, actual: 1_000_000 },
    });
  });

  it('200,000 small polygons import', SLOW, async () => {
    const features = Array.from({ length: 200_000 }, (_, i) => {
      const x = 100.5 + (i % 500) * 1e-3;
      const y = 21.8 + Math.floor(i / 500) * 1e-3;
      return {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 5e-4, y],
              [x + 5e-4, y + 5e-4],
              [x, y],
            ],
          ],
        },
      };
    });
    const r = imported(
      await importFiles([file('parcels.geojson', JSON.stringify({ type: 'FeatureCollection', features }))]),
    );
    expect(r.data.features).toHaveLength(200_000);
    expect(r.warningItems).toEqual([]);
  });

  it('one ring of 1,000,000 vertices is checked for validity and imports', SLOW, async () => {
    const ring: [number, number][] = [];
    for (let k = 0; k < 1_000_000; k++) {
      const a = (2 * Math.PI * k) / 1_000_000;
      ring.push([
        Math.round((100.8 + 0.2 * Math.cos(a)) * 1e6) / 1e6,
        Math.round((22 + 0.2 * Math.sin(a)) * 1e6) / 1e6,
      ]);
    }
    ring.push(ring[0] as [number, number]);
    const text = JSON.stringify({ type: 'Polygon', coordinates: [ring] });
    const r = imported(await importFiles([file('ring.geojson', text)]));
    const g = r.data.features[0]?.geometry as GeoJSON.Polygon;
    expect(g.coordinates[0]?.length).toBeGreaterThan(900_000);
  });

  it('vertices are counted over the whole import (LIMITS.vertices)', () => {
    const budget = { ...newBudget(), vertices: LIMITS.vertices - 2 };
    const ds = {
      label: 'lines.geojson',
      format: 'geojson' as const,
      warnings: [],
      features: [
        {
          index: 0,
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [100.8, 22],
              [100.9, 22.1],
              [101, 22],
            ],
          },
        },
      ],
    };
    expect(thrown(() => finalize(ds, {}, budget))).toMatchObject({
      code: 'limit-exceeded',
      params: { limit: 'vertices', max: LIMITS.vertices, actual: LIMITS.vertices + 1 },
    });
  });
});

describe('a shapefile is walked before its reader sees it', () => {
  /** A .shp of one Polygon record with `rings` small counter-clockwise rings (all holes, no shell). */
  function shpOfRings(rings: number): Uint8Array {
    const points = rings * 4;
    const content = 44 + 4 * rings + 16 * points;
    const bytes = new Uint8Array(100 + 8 + content);
    const v = new DataView(bytes.buffer);
    v.setInt32(0, 9994);
    v.setInt32(24, bytes.length / 2);
    v.setInt32(28, 1000, true);
    v.setInt32(32, 5, true);
    v.setInt32(100, 1);
    v.setInt32(104, content / 2);
    const r = 108;
    v.setInt32(r, 5, true);
    v.setInt32(r + 36, rings, true);
    v.setInt32(r + 40, points, true);
    let p = r + 44 + 4 * rings;
    for (let k = 0; k < rings; k++) {
      v.setInt32(r + 44 + 4 * k, 4 * k, true);
      const x = 100.5 + (k % 1000) * 1e-4;
      const y = 21.5 + Math.floor(k / 1000) * 1e-4;
      for (const [px, py] of [
        [x, y],
        [x + 5e-5, y],
        [x, y + 5e-5],
        [x, y],
      ] as const) {
        v.setFloat64(p, px, true);
        v.setFloat64(p + 8, py, true);
        p += 16;
      }
    }
    return bytes;
  }

  it('a record of 100,000 rings (the reader would match them pairwise) is refused by LIMITS.parts', async () => {
    const dbf = new Uint8Array(readFileSync(new URL('../fixtures/import/towns.dbf', import.meta.url)));
    const e = refused(
      await importFiles([
        { name: 'holes.shp', bytes: shpOfRings(100_000) },
        { name: 'holes.dbf', bytes: dbf },
      ]),
    );
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'holes.shp',
      params: { limit: 'parts', max: LIMITS.parts, actual: 100_000 },
    });
  });
});

describe('deep nesting is refused by LIMITS.nesting, never a stack overflow', () => {
  it('a GeometryCollection nested 10,000 deep in a GeoJSON', async () => {
    let text = '{"type":"Point","coordinates":[100.8,22]}';
    for (let k = 0; k < 10_000; k++) text = `{"type":"GeometryCollection","geometries":[${text}]}`;
    const e = refused(await importFiles([file('deep.geojson', text)]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      params: { limit: 'nesting', max: LIMITS.nesting, actual: 2 * 10_000 + 2 },
    });
  });

  it('a GeometryCollection nested 10,000 deep from any parser names the feature', () => {
    let g: unknown = { type: 'Point', coordinates: [100.8, 22] };
    for (let k = 0; k < 10_000; k++) g = { type: 'GeometryCollection', geometries: [g] };
    const ds = {
      label: 'deep.kml',
      format: 'kml' as const,
      warnings: [],
      features: [{ index: 3, properties: {}, geometry: g }],
    };
    expect(thrown(() => finalize(ds, {}))).toMatchObject({
      code: 'limit-exceeded',
      file: 'deep.kml',
      params: { limit: 'nesting', max: LIMITS.nesting, actual: 10_000, feature: '#4' },
    });
  });

  it('a JSON array nested 100,000 deep', async () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const e = refused(await importFiles([file('arrays.json', text)]));
    expect(e).toMatchObject({ code: 'limit-exceeded', params: { limit: 'nesting', actual: 100_000 } });
  });

  it('brackets inside strings do not count', async () => {
    const name = `${'[{'.repeat(1000)}"\\"`;
    const text = JSON.stringify({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Point', coordinates: [100.8, 22] },
    });
    const r = imported(await importFiles([file('brackets.geojson', text)]));
    expect(r.data.features[0]?.properties?.name).toBe(name);
  });

  it('a KML nested 100,000 elements deep', async () => {
    const text = `<kml>${'<Folder>'.repeat(100_000)}${'</Folder>'.repeat(100_000)}</kml>`;
    const e = refused(await importFiles([file('folders.kml', text)]));
    expect(e).toMatchObject({ code: 'limit-exceeded', params: { limit: 'nesting', actual: 100_001 } });
  });
});

describe('zip bombs stop while inflating, whatever their headers say', () => {
  it('an entry that claims 1 KB and inflates to 1 GB is refused at the per-file limit', SLOW, async () => {
    const { data } = deflatedZeros(Math.ceil(2 ** 30 / 258));
    const bomb = zip([{ name: 'zeros.geojson', data, method: 8, statedSize: 1024 }]);
    const e = refused(await importFiles([{ name: 'bomb.zip', bytes: bomb }]));
    expect(e.code).toBe('too-large');
    expect(e.file).toBe('bomb.zip/zeros.geojson');
    expect(e.params?.max).toBe(MAX_BYTES);
    expect(e.params?.bytes as number).toBeGreaterThan(MAX_BYTES);
    expect(e.params?.bytes as number).toBeLessThan(MAX_BYTES + 20 * 1024 * 1024); // stopped, not finished
  });

  it('entries that each claim 1 KB and together inflate past LIMITS.archiveExpansion', SLOW, async () => {
    const { data } = deflatedZeros(Math.ceil((40 * 2 ** 20) / 258));
    const entries = Array.from({ length: 8 }, (_, k) => ({
      name: `z${k}.csv`,
      data,
      method: 8 as const,
      statedSize: 1024,
    }));
    const e = refused(await importFiles([{ name: 'many.zip', bytes: zip(entries) }]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'many.zip',
      params: { limit: 'archiveExpansion', max: LIMITS.archiveExpansion },
    });
    expect(e.params?.actual as number).toBeLessThan(LIMITS.archiveExpansion + 50 * 2 ** 20);
  });

  it('a nested zip bomb: zips inside a zip share the archive budget', SLOW, async () => {
    const { data } = deflatedZeros(Math.ceil((30 * 2 ** 20) / 258));
    const inner = zip(
      Array.from({ length: 4 }, (_, k) => ({ name: `z${k}.kml`, data, method: 8 as const, statedSize: 10 })),
    );
    const outer = zip(Array.from({ length: 4 }, (_, k) => stored(`inner${k}.zip`, inner)));
    const e = refused(await importFiles([{ name: 'nested.zip', bytes: outer }]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'nested.zip',
      params: { limit: 'archiveExpansion' },
    });
  });

  it('a zip nested deeper than LIMITS.archiveDepth', async () => {
    let bytes = zip([stored('a.geojson', enc.encode('{"type":"Point","coordinates":[100.8,22]}'))]);
    for (let k = 0; k < LIMITS.archiveDepth; k++) bytes = zip([stored(`level${k}.zip`, bytes)]);
    const e = refused(await importFiles([{ name: 'deep.zip', bytes }]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'deep.zip',
      params: { limit: 'archiveDepth', max: LIMITS.archiveDepth },
    });
  });

  it('a zip inside a zip within the limits is unpacked', async () => {
    const inner = zip([stored('site.geojson', enc.encode('{"type":"Point","coordinates":[100.8,22]}'))]);
    const r = imported(await importFiles([{ name: 'outer.zip', bytes: zip([stored('inner.zip', inner)]) }]));
    expect(r.data.features[0]?.properties?.__id).toBe('outer.zip/inner.zip/site.geojson#0');
  });

  it('more entries than LIMITS.archiveEntries', async () => {
    const entries = Array.from({ length: LIMITS.archiveEntries + 1 }, (_, k) =>
      stored(`f${k}.txt`, new Uint8Array(1)),
    );
    const e = refused(await importFiles([{ name: 'entries.zip', bytes: zip(entries) }]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'entries.zip',
      params: { limit: 'archiveEntries', max: LIMITS.archiveEntries, actual: LIMITS.archiveEntries + 1 },
    });
  });
});

describe('XML attacks', () => {
  it('a KML of 250,001 placemarks is refused by LIMITS.features before it is parsed', SLOW, async () => {
    const placemark = '<Placemark><Point><coordinates>100.8,22</coordinates></Point></Placemark>';
    const text = `<kml><Document>${placemark.repeat(LIMITS.features + 1)}</Document></kml>`;
    const e = refused(await importFiles([file('many.kml', text)]));
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      file: 'many.kml',
      params: { limit: 'features', max: LIMITS.features, actual: LIMITS.features + 1 },
    });
  });

  it('an entity bomb ("billion laughs") is refused before parsing', async () => {
    let dtd = '<!ENTITY a0 "ha">';
    for (let k = 1; k < 10; k++) dtd += `<!ENTITY a${k} "${`&a${k - 1};`.repeat(10)}">`;
    const text = `<?xml version="1.0"?><!DOCTYPE kml [${dtd}]><kml><Placemark><name>&a9;</name></Placemark></kml>`;
    const e = refused(await importFiles([file('laughs.kml', text)]));
    expect(e).toMatchObject({ code: 'xml-entities', file: 'laughs.kml' });
  });

  it('a quadratic blowup (one large entity referenced many times) is refused', async () => {
    const big = 'x'.repeat(100_000);
    const text = `<!DOCTYPE kml [<!ENTITY big "${big}">]><kml><Placemark><name>${'&big;'.repeat(20_000)}</name></Placemark></kml>`;
    const e = refused(await importFiles([file('quadratic.kml', text)]));
    expect(e.code).toBe('xml-entities');
  });

  it(
    'a quadratic blowup without entities (huge repeated attributes and text) ends in bounded time',
    SLOW,
    async () => {
      const attr = 'a'.repeat(1_000_000);
      const placemark = `<Placemark id="${attr}"><name>${'名'.repeat(100_000)}</name><Point><coordinates>100.8,22</coordinates></Point></Placemark>`;
      const text = `<kml><Document>${placemark.repeat(20)}</Document></kml>`;
      const r = imported(await importFiles([file('big-attributes.kml', text)]));
      expect(r.data.features).toHaveLength(20);
    },
  );
});

describe('geometry validity on import', () => {
  const parcel = (name: string, ring: number[][]) => ({
    type: 'Feature',
    properties: { 名称: name },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const square = (x: number, y: number) => [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
    [x, y],
  ];
  const bowTie = (x: number, y: number) => [
    [x, y],
    [x + 0.01, y + 0.01],
    [x + 0.01, y],
    [x, y + 0.01],
    [x, y],
  ];
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

  it('a bow-tie parcel is refused with its name and the crossing point', async () => {
    const e = refused(
      await importFiles([file('parcels.geojson', fc([parcel('曼弄枫地块', bowTie(100.8, 22))]))]),
    );
    expect(e).toMatchObject({
      code: 'self-intersection',
      file: 'parcels.geojson',
      params: { feature: '曼弄枫地块', index: 0, lon: 100.805, lat: 22.005, count: 1 },
    });
    expect(e.detail).toContain('曼弄枫地块');
  });

  it('good parcels with bad ones: nothing is imported, the first bad one and the count are named', async () => {
    const features = [
      parcel('甲', square(100.8, 22)),
      { ...parcel('', bowTie(100.82, 22)), properties: {} },
      parcel('乙', square(100.84, 22)),
      parcel('丙', bowTie(100.86, 22)),
    ];
    const e = refused(await importFiles([file('mixed.geojson', fc(features))]));
    expect(e).toMatchObject({ code: 'self-intersection', params: { feature: '#2', index: 1, count: 2 } });
  });

  it('a polygon with no area is refused (degenerate-geometry)', async () => {
    const flat = [
      [100.8, 22],
      [100.81, 22.01],
      [100.82, 22.02],
      [100.8, 22],
    ];
    const e = refused(await importFiles([file('flat.geojson', fc([parcel('线状地块', flat)]))]));
    expect(e).toMatchObject({ code: 'degenerate-geometry', params: { feature: '线状地块', count: 1 } });
  });

  it('an unclosed ring is closed, with a note', async () => {
    const open = square(100.8, 22).slice(0, 4);
    const r = imported(await importFiles([file('open.geojson', fc([parcel('甲', open)]))]));
    expect(geometryOf<GeoJSON.Polygon>(r).coordinates[0]).toHaveLength(5);
    expect(r.warningItems).toEqual([
      expect.objectContaining({ code: 'closed-rings', file: 'open.geojson', params: { count: 1 } }),
    ]);
  });

  it('duplicate consecutive points are removed, with a note counting them', async () => {
    const [a, b, c, d, e] = square(100.8, 22) as number[][];
    const ring = [a, a, b, b, b, c, d, d, e] as number[][];
    const r = imported(await importFiles([file('dups.geojson', fc([parcel('甲', ring)]))]));
    expect(geometryOf<GeoJSON.Polygon>(r).coordinates[0]).toEqual(square(100.8, 22));
    expect(r.warningItems).toEqual([
      expect.objectContaining({ code: 'removed-duplicate-points', params: { count: 4 } }),
    ]);
  });

  it('points made equal by rounding to 1e-6° are removed too', async () => {
    const [a, b, c, d, e] = square(100.8, 22) as number[][];
    const near = [(b as number[])[0] as number, ((b as number[])[1] as number) + 1e-8];
    const r = imported(
      await importFiles([file('near.geojson', fc([parcel('甲', [a, b, near, c, d, e] as number[][])]))]),
    );
    expect(r.warningItems.map((w) => w.code)).toEqual(['removed-duplicate-points']);
  });

  it('a zero-area part of a MultiPolygon is dropped, with a note', async () => {
    const sliver = [
      [100.9, 22],
      [100.91, 22],
      [100.9, 22],
    ];
    const feature = {
      type: 'Feature',
      properties: { NAME: 'two parts' },
      geometry: { type: 'MultiPolygon', coordinates: [[square(100.8, 22)], [sliver]] },
    };
    const r = imported(await importFiles([file('parts.geojson', fc([feature]))]));
    expect(geometryOf<GeoJSON.MultiPolygon>(r).coordinates).toHaveLength(1);
    expect(r.warningItems).toEqual([
      expect.objectContaining({ code: 'dropped-zero-area-parts', params: { count: 1 } }),
    ]);
  });

  it('a line with one distinct point is dropped, with a note', async () => {
    const features = [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [100.8, 22],
            [100.8, 22],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'LineString',
          coordinates: [
            [100.8, 22],
            [100.9, 22],
          ],
        },
      },
    ];
    const r = imported(await importFiles([file('lines.geojson', fc(features))]));
    expect(r.data.features).toHaveLength(1);
    expect(r.warningItems.map((w) => [w.code, w.params?.count])).toEqual([
      ['removed-duplicate-points', 1],
      ['dropped-degenerate-lines', 1],
    ]);
  });
});
