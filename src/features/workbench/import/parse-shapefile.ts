import { read } from 'shapefile';
import { isUtf8, normaliseEncoding } from './read-text';
import { assertSafeShp } from './shp-guard';
import { type CrsHint, fail, type RawDataset } from './types';

/** The parts of one shapefile; `label` names the .shp (inside a zip: `archive.zip/dir/name.shp`). */
export interface ShapefileParts {
  label: string;
  shp: Uint8Array;
  dbf: Uint8Array;
  dbfLabel: string;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/** dBASE language driver ids that name a Chinese code page. */
const LDID: Record<number, string> = { 77: 'gbk', 122: 'gbk', 79: 'big5', 120: 'big5' };

/** Encoding of the .dbf text fields: the .cpg, else the language driver byte, else UTF-8 if valid, else GBK. */
export function dbfEncoding(dbf: Uint8Array, cpg?: Uint8Array): string {
  const fromCpg = cpg ? normaliseEncoding(new TextDecoder('latin1').decode(cpg)) : undefined;
  if (fromCpg) return fromCpg;
  const fromLdid = LDID[dbf[29] ?? 0];
  if (fromLdid) return fromLdid;
  const headerLength = dbf.length >= 12 ? new DataView(dbf.buffer, dbf.byteOffset, 12).getUint16(8, true) : 0;
  return isUtf8(dbf.subarray(Math.min(headerLength, dbf.length))) ? 'utf-8' : 'gbk';
}

/** The PROJCS (or WKT2 PROJCRS) name in a .prj, or undefined for geographic or unreadable ones. */
export function projcsName(prj: Uint8Array | undefined): string | undefined {
  if (!prj) return undefined;
  const text = new TextDecoder('utf-8').decode(prj);
  return /^\s*PROJ(?:CS|CRS)\[\s*"([^"]*)"/i.exec(text)?.[1]?.trim() || undefined;
}

/** The .prj's whole text, for crs/resolve.ts (which reads ESRI WKT, OGC WKT and WKT2). */
function prjHint(prj: Uint8Array): CrsHint {
  const wkt = new TextDecoder('utf-8').decode(prj).replace(/^\uFEFF/, '');
  const name = /^\s*[A-Z]+\[\s*"([^"]*)"/i.exec(wkt)?.[1]?.trim();
  return name ? { wkt, name, from: 'prj' } : { wkt, from: 'prj' };
}

/** A fresh ArrayBuffer with exactly these bytes (a Uint8Array may be a view into a larger buffer). */
const own = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

export async function parseShapefile(parts: ShapefileParts): Promise<RawDataset> {
  const { label, shp, dbf } = parts;
  if (shp.length < 100 || new DataView(shp.buffer, shp.byteOffset, 4).getInt32(0) !== 9994) {
    fail('invalid-shapefile', label, `${label} is not a valid .shp file (bad header).`);
  }
  if (dbf.length < 33 || ![0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x83, 0x8b, 0xf5].includes(dbf[0] ?? 0)) {
    fail('invalid-shapefile', parts.dbfLabel, `${parts.dbfLabel} is not a valid .dbf file (bad header).`);
  }
  assertSafeShp(label, shp);
  const encoding = dbfEncoding(dbf, parts.cpg);
  let collection: GeoJSON.FeatureCollection<GeoJSON.Geometry | null>;
  try {
    collection = await read(own(shp), own(dbf), { encoding });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail('invalid-shapefile', label, `${label} could not be read: ${message}`, { reason: message });
  }
  const crs = projcsName(parts.prj);
  return {
    label,
    format: 'shapefile',
    warnings: [],
    ...(crs ? { declaredCrs: crs } : {}),
    ...(parts.prj ? { crsHint: prjHint(parts.prj) } : {}),
    features: collection.features.map((f, index) => ({
      geometry: f.geometry,
      properties: { ...(f.properties ?? {}) },
      index,
    })),
  };
}
