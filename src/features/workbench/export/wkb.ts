/**
 * Well-known binary (OGC Simple Features, ISO 19125-1 §8.2), little-endian, 2D, and the GeoPackage
 * geometry blob around it (OGC GeoPackage 1.2 §2.1.3: "GP", version 0, flags, srs_id, an xy envelope).
 * betterknown 1.2 reads and writes WKT only, so the binary form is written here.
 */
import type { Geometry, Position } from 'geojson';
import { geometryVertices } from '@/lib/geo/snap';

const CODE: Record<Exclude<Geometry['type'], 'GeometryCollection'>, number> = {
  Point: 1,
  LineString: 2,
  Polygon: 3,
  MultiPoint: 4,
  MultiLineString: 5,
  MultiPolygon: 6,
};

class Writer {
  private buf = new DataView(new ArrayBuffer(256));
  at = 0;
  private room(n: number) {
    if (this.at + n <= this.buf.byteLength) return;
    const next = new DataView(new ArrayBuffer(Math.max(this.buf.byteLength * 2, this.at + n)));
    new Uint8Array(next.buffer).set(new Uint8Array(this.buf.buffer, 0, this.at));
    this.buf = next;
  }
  u8(v: number) {
    this.room(1);
    this.buf.setUint8(this.at, v);
    this.at += 1;
  }
  u32(v: number) {
    this.room(4);
    this.buf.setUint32(this.at, v, true);
    this.at += 4;
  }
  f64(v: number) {
    this.room(8);
    this.buf.setFloat64(this.at, v, true);
    this.at += 8;
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.buf.buffer.slice(0, this.at));
  }
}

const points = (w: Writer, ps: Position[]) => {
  w.u32(ps.length);
  for (const p of ps) {
    w.f64(p[0] ?? 0);
    w.f64(p[1] ?? 0);
  }
};

function put(w: Writer, g: Geometry): void {
  if (g.type === 'GeometryCollection') {
    w.u8(1);
    w.u32(7);
    w.u32(g.geometries.length);
    for (const x of g.geometries) put(w, x);
    return;
  }
  w.u8(1);
  w.u32(CODE[g.type]);
  switch (g.type) {
    case 'Point':
      w.f64(g.coordinates[0] ?? 0);
      w.f64(g.coordinates[1] ?? 0);
      return;
    case 'LineString':
      points(w, g.coordinates);
      return;
    case 'Polygon':
      w.u32(g.coordinates.length);
      for (const r of g.coordinates) points(w, r);
      return;
    case 'MultiPoint':
      w.u32(g.coordinates.length);
      for (const p of g.coordinates) put(w, { type: 'Point', coordinates: p });
      return;
    case 'MultiLineString':
      w.u32(g.coordinates.length);
      for (const l of g.coordinates) put(w, { type: 'LineString', coordinates: l });
      return;
    case 'MultiPolygon':
      w.u32(g.coordinates.length);
      for (const p of g.coordinates) put(w, { type: 'Polygon', coordinates: p });
      return;
  }
}

export function toWkb(g: Geometry): Uint8Array {
  const w = new Writer();
  put(w, g);
  return w.bytes();
}

/** [minX, minY, maxX, maxY] of a geometry. */
export function bboxOf(g: Geometry): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of geometryVertices(g)) {
    b[0] = Math.min(b[0], x);
    b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x);
    b[3] = Math.max(b[3], y);
  }
  return b;
}

/** A GeoPackage geometry blob: header (little-endian, xy envelope) + WKB. */
export function toGpkgBlob(g: Geometry, srsId: number): Uint8Array {
  const wkb = toWkb(g);
  const out = new Uint8Array(8 + 32 + wkb.length);
  const v = new DataView(out.buffer);
  out[0] = 0x47; // G
  out[1] = 0x50; // P
  out[2] = 0; // version 1
  out[3] = 0b0000_0011; // little-endian, envelope [minx, maxx, miny, maxy]
  v.setInt32(4, srsId, true);
  const [x0, y0, x1, y1] = bboxOf(g);
  [x0, x1, y0, y1].forEach((n, i) => {
    v.setFloat64(8 + 8 * i, n, true);
  });
  out.set(wkb, 40);
  return out;
}
