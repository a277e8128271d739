/**
 * Well-known binary (OGC Simple Features, ISO and EWKB flavours) to GeoJSON geometry, for GeoPackage blobs.
 * betterknown reads WKT only, so WKB is read here: a small, pure reader; Z/M ordinates are dropped.
 */

export class WkbError extends Error {}

const TYPES = [
  '',
  'Point',
  'LineString',
  'Polygon',
  'MultiPoint',
  'MultiLineString',
  'MultiPolygon',
  'GeometryCollection',
];

/** Decode one WKB geometry starting at `offset` of `bytes`; throws WkbError on a malformed or truncated blob. */
export function readWkb(bytes: Uint8Array, offset = 0): GeoJSON.Geometry | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = offset;
  const need = (n: number) => {
    if (pos + n > bytes.byteLength) throw new WkbError(`WKB ends early (at byte ${pos}, ${n} more needed)`);
  };
  const geometry = (depth: number): GeoJSON.Geometry | null => {
    if (depth > 32) throw new WkbError('WKB nests too deeply');
    need(5);
    const little = view.getUint8(pos) === 1;
    pos += 1;
    const u32 = () => {
      need(4);
      const v = view.getUint32(pos, little);
      pos += 4;
      return v;
    };
    const f64 = () => {
      need(8);
      const v = view.getFloat64(pos, little);
      pos += 8;
      return v;
    };
    const raw = u32();
    // EWKB: flags in the high bits (Z 0x80000000, M 0x40000000, SRID 0x20000000); ISO: +1000 Z, +2000 M, +3000 ZM.
    let dims = 2;
    if (raw & 0x80000000) dims++;
    if (raw & 0x40000000) dims++;
    if (raw & 0x20000000) u32(); // SRID
    const iso = raw & 0x0fffffff;
    const kind = iso % 1000;
    const flavour = Math.floor(iso / 1000);
    if (flavour === 1 || flavour === 2) dims = 3;
    if (flavour === 3) dims = 4;
    const type = TYPES[kind];
    if (!type) throw new WkbError(`unknown WKB geometry type ${raw}`);
    const point = (): number[] => {
      const x = f64();
      const y = f64();
      for (let i = 2; i < dims; i++) f64();
      return [x, y];
    };
    const count = (what: string, each: number) => {
      const n = u32();
      if (n * each > bytes.byteLength - pos)
        throw new WkbError(`WKB claims ${n} ${what}, more than it holds`);
      return n;
    };
    const points = () => Array.from({ length: count('points', 8 * dims) }, point);
    const rings = () => Array.from({ length: count('rings', 4) }, points);
    const parts = () => Array.from({ length: count('parts', 5) }, () => geometry(depth + 1));
    switch (type) {
      case 'Point': {
        const p = point();
        return Number.isNaN(p[0]) && Number.isNaN(p[1]) ? null : { type, coordinates: p };
      }
      case 'LineString':
        return { type, coordinates: points() };
      case 'Polygon':
        return { type, coordinates: rings() };
      case 'GeometryCollection':
        return { type, geometries: parts().filter((g): g is GeoJSON.Geometry => g !== null) };
      default: {
        const members = parts();
        const coordinates = members.map((g) => (g && 'coordinates' in g ? g.coordinates : []));
        return { type, coordinates } as GeoJSON.Geometry;
      }
    }
  };
  return geometry(0);
}
