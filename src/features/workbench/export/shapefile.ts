/**
 * Shapefiles, zipped: one .shp/.shx/.dbf/.prj/.cpg set per geometry kind (a Shapefile holds one type), in
 * the chosen system (ESRI Shapefile Technical Description, 1998). Outer rings are written clockwise and
 * holes anticlockwise, as the format wants (GeoJSON has them the other way round); text is UTF-8.
 */
import { zipSync } from 'fflate';
import type { Geometry, Position } from 'geojson';
import { dbfFields, writeDbf } from './dbf';
import { attrKeys, mapGeometry, splitKinds } from './split-kinds';
import type { ExportCrs, ExportFeature, ExportLayer, GeomKind } from './types';

const SHAPE = { point: 1, polyline: 3, polygon: 5, multipoint: 8 } as const;

type Box = [number, number, number, number];
const emptyBox = (): Box => [Infinity, Infinity, -Infinity, -Infinity];
const grow = (b: Box, p: Position) => {
  const [x = 0, y = 0] = p;
  b[0] = Math.min(b[0], x);
  b[1] = Math.min(b[1], y);
  b[2] = Math.max(b[2], x);
  b[3] = Math.max(b[3], y);
};

/** Twice the signed area (positive: anticlockwise), by the shoelace formula. */
const signedArea = (ring: Position[]) => {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    s += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return s;
};
const oriented = (ring: Position[], clockwise: boolean) =>
  signedArea(ring) > 0 === clockwise ? [...ring].reverse() : ring;

/** The parts (rings or lines) of a geometry, rings oriented for the Shapefile. */
function partsOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Polygon':
      return g.coordinates.map((r, i) => oriented(r, i === 0));
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r, i) => oriented(r, i === 0)));
    default:
      return [];
  }
}

function shapeType(kind: GeomKind, features: ExportFeature[]): number {
  if (kind === 'lines') return SHAPE.polyline;
  if (kind === 'polygons') return SHAPE.polygon;
  return features.some((f) => f.geometry.type === 'MultiPoint') ? SHAPE.multipoint : SHAPE.point;
}

/** One record's content (after the 8-byte record header). */
function recordContent(type: number, g: Geometry): { bytes: Uint8Array; box: Box } {
  const box = emptyBox();
  if (type === SHAPE.point && g.type === 'Point') {
    const out = new DataView(new ArrayBuffer(20));
    out.setInt32(0, type, true);
    out.setFloat64(4, g.coordinates[0] ?? 0, true);
    out.setFloat64(12, g.coordinates[1] ?? 0, true);
    grow(box, g.coordinates);
    return { bytes: new Uint8Array(out.buffer), box };
  }
  if (type === SHAPE.multipoint) {
    const pts = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    const out = new DataView(new ArrayBuffer(40 + 16 * pts.length));
    for (const p of pts) grow(box, p);
    out.setInt32(0, type, true);
    box.forEach((v, i) => {
      out.setFloat64(4 + 8 * i, v, true);
    });
    out.setInt32(36, pts.length, true);
    pts.forEach((p, i) => {
      out.setFloat64(40 + 16 * i, p[0] ?? 0, true);
      out.setFloat64(48 + 16 * i, p[1] ?? 0, true);
    });
    return { bytes: new Uint8Array(out.buffer), box };
  }
  const parts = partsOf(g);
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new DataView(new ArrayBuffer(44 + 4 * parts.length + 16 * n));
  for (const p of parts) for (const q of p) grow(box, q);
  out.setInt32(0, type, true);
  box.forEach((v, i) => {
    out.setFloat64(4 + 8 * i, v, true);
  });
  out.setInt32(36, parts.length, true);
  out.setInt32(40, n, true);
  let start = 0;
  parts.forEach((p, i) => {
    out.setInt32(44 + 4 * i, start, true);
    start += p.length;
  });
  let at = 44 + 4 * parts.length;
  for (const p of parts)
    for (const q of p) {
      out.setFloat64(at, q[0] ?? 0, true);
      out.setFloat64(at + 8, q[1] ?? 0, true);
      at += 16;
    }
  return { bytes: new Uint8Array(out.buffer), box };
}

function header(type: number, byteLength: number, box: Box): Uint8Array {
  const h = new DataView(new ArrayBuffer(100));
  h.setInt32(0, 9994);
  h.setInt32(24, byteLength / 2);
  h.setInt32(28, 1000, true);
  h.setInt32(32, type, true);
  box.forEach((v, i) => {
    h.setFloat64(36 + 8 * i, Number.isFinite(v) ? v : 0, true);
  });
  return new Uint8Array(h.buffer);
}

/** The .shp and .shx of features of one kind, already in the target system. */
export function writeShpShx(kind: GeomKind, features: ExportFeature[]): { shp: Uint8Array; shx: Uint8Array } {
  const type = shapeType(kind, features);
  const records = features.map((f) => recordContent(type, f.geometry));
  const box = emptyBox();
  for (const r of records) {
    grow(box, [r.box[0], r.box[1]]);
    grow(box, [r.box[2], r.box[3]]);
  }
  const shpLength = 100 + records.reduce((s, r) => s + 8 + r.bytes.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  shp.set(header(type, shpLength, box));
  shx.set(header(type, shx.length, box));
  const sv = new DataView(shp.buffer);
  const xv = new DataView(shx.buffer);
  let at = 100;
  records.forEach((r, i) => {
    sv.setInt32(at, i + 1);
    sv.setInt32(at + 4, r.bytes.length / 2);
    shp.set(r.bytes, at + 8);
    xv.setInt32(100 + 8 * i, at / 2);
    xv.setInt32(104 + 8 * i, r.bytes.length / 2);
    at += 8 + r.bytes.length;
  });
  return { shp, shx };
}

const enc = new TextEncoder();

/** The files of a zipped Shapefile set: `stem.shp` for one kind, `stem_points.shp` … for several. */
export function shapefileEntries(layer: ExportLayer, crs: ExportCrs): Record<string, Uint8Array> {
  const kinds = splitKinds(layer.features);
  const files: Record<string, Uint8Array> = {};
  for (const [kind, features] of kinds) {
    const stem = kinds.length === 1 ? layer.stem : `${layer.stem}_${kind}`;
    const projected = features.map((f) => ({
      ...f,
      geometry: mapGeometry(f.geometry, (p) => crs.forward(p)),
    }));
    const { shp, shx } = writeShpShx(kind, projected);
    const rows = features.map((f) => f.properties ?? {});
    files[`${stem}.shp`] = shp;
    files[`${stem}.shx`] = shx;
    files[`${stem}.dbf`] = writeDbf(dbfFields(attrKeys(features), rows), rows);
    files[`${stem}.prj`] = enc.encode(crs.prj);
    files[`${stem}.cpg`] = enc.encode('UTF-8');
  }
  return files;
}

export function writeShapefileZip(layer: ExportLayer, crs: ExportCrs): Uint8Array {
  return zipSync(shapefileEntries(layer, crs), { level: 6 });
}
