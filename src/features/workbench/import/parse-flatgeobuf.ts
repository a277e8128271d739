/**
 * FlatGeobuf (.fgb) with the flatgeobuf package, read from the bytes in memory (no fetch, no HTTP ranges).
 * The header's CRS (organisation + code, WKT) becomes the crsHint; coordinates are delivered as stored.
 */
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { CrsHint } from './crs/types';
import { checkLimit } from './limits';
import { fail, type RawDataset, type RawFeature } from './types';

const MAGIC = [0x66, 0x67, 0x62]; // 'fgb'

function hintOf(header: HeaderMeta | undefined): CrsHint | undefined {
  const crs = header?.crs;
  if (!crs) return undefined;
  const epsg = (!crs.org || /^epsg$/i.test(crs.org)) && crs.code > 0 ? crs.code : undefined;
  if (!epsg && !crs.wkt) return undefined;
  return {
    from: 'flatgeobuf',
    ...(epsg ? { epsg } : {}),
    ...(crs.wkt ? { wkt: crs.wkt } : {}),
    ...(crs.name ? { name: crs.name } : {}),
  };
}

export async function parseFlatGeobuf(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const invalid = (reason: string): never =>
    fail('invalid-flatgeobuf', label, `${label} is not a readable FlatGeobuf file: ${reason}`, { reason });
  if (bytes.length < 12 || !MAGIC.every((b, i) => bytes[i] === b)) invalid('no FlatGeobuf signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerEnd = 12 + view.getUint32(8, true);
  if (headerEnd > bytes.length) invalid('the file ends inside its header (truncated file?)');
  const [{ deserialize }, { calcTreeSize }] = await Promise.all([
    import('flatgeobuf/lib/mjs/geojson.js'),
    import('flatgeobuf/lib/mjs/packedrtree.js'),
  ]);
  /** Walk the size-prefixed features: every one must end inside the file (the library reads past the end). */
  const checkComplete = (h: HeaderMeta) => {
    let offset = headerEnd + (h.indexNodeSize > 0 ? calcTreeSize(h.featuresCount, h.indexNodeSize) : 0);
    let n = 0;
    while (offset < bytes.length) {
      const end = offset + 4 + (offset + 4 <= bytes.length ? view.getUint32(offset, true) : 0);
      if (offset + 4 > bytes.length || end > bytes.length) {
        throw new Error(`feature ${n} ends after the end of the file (truncated file?)`);
      }
      offset = end;
      n++;
    }
    if (h.featuresCount > 0 && n < h.featuresCount) {
      throw new Error(
        `the header announces ${h.featuresCount} features, the file holds ${n} (truncated file?)`,
      );
    }
  };
  let header: HeaderMeta | undefined;
  const features: RawFeature[] = [];
  try {
    const iter = deserialize(bytes, {
      headerMetaFn: (h) => {
        header = h;
        if (h.featuresCount > 0) checkLimit('features', h.featuresCount, label);
        checkComplete(h);
      },
    });
    for await (const f of iter) {
      features.push({
        geometry: f.geometry,
        properties: { ...(f.properties ?? {}) },
        index: features.length,
      });
      checkLimit('features', features.length, label);
    }
  } catch (e) {
    if (e instanceof Error && e.name === 'ImportFailure') throw e;
    invalid(e instanceof Error ? e.message : String(e));
  }
  const crsHint = hintOf(header);
  return {
    label,
    format: 'flatgeobuf',
    features,
    warnings: [],
    ...(crsHint ? { crsHint, ...(crsHint.name ? { declaredCrs: crsHint.name } : {}) } : {}),
  };
}
