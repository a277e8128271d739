import { checkLimit } from './limits';

/** Shape types with parts (PolyLine, Polygon, MultiPatch, and their Z and M forms). */
const WITH_PARTS = new Set([3, 5, 13, 15, 23, 25, 31]);

/**
 * One linear walk over the records of a .shp before the shapefile library reads it: the record count is
 * held to LIMITS.features, each record's parts to LIMITS.parts (the library matches every hole against
 * every shell, so a record of many rings would take quadratic time) and its points to LIMITS.vertices.
 * Records that are cut short are left for the library to report.
 */
export function assertSafeShp(label: string, shp: Uint8Array): void {
  const v = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  let records = 0;
  for (let o = 100; o + 8 <= shp.length; ) {
    const length = v.getInt32(o + 4) * 2; // content length, in 16-bit words, big-endian
    const content = o + 8;
    if (length < 0) break;
    records++;
    if (records % 4096 === 0) checkLimit('features', records, label);
    if (content + 44 <= shp.length && WITH_PARTS.has(v.getInt32(content, true))) {
      checkLimit('parts', v.getInt32(content + 36, true), label);
      checkLimit('vertices', v.getInt32(content + 40, true), label);
    }
    o = content + length;
  }
  checkLimit('features', records, label);
}
