/** Types shared by the import module. The public API re-exports them from `import-file.ts`. */
import type { CrsHint, CrsOverride, CrsReport } from './crs/types';

export type { CrsHint, CrsOverride, CrsReport };

/** What a browser `File` becomes: `{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }`. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Treat coordinates as GCJ-02 (Amap / Tencent / Google China) and convert them to WGS84. */
  gcj02?: boolean;
  /** The coordinate system the user chose (overrides the detected one). */
  crs?: CrsOverride;
  /** Called as the import moves on (the worker forwards it to the page's progress bar). */
  onProgress?: (p: ImportProgress) => void;
}

/** The import's steps, in order; `reading` is the worker reading the picked files' bytes. */
export const IMPORT_PHASES = ['reading', 'unpacking', 'parsing', 'checking', 'reprojecting'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** Where an import is: its phase and, where known, how far (`done` of `total`, files or features). */
export interface ImportProgress {
  phase: ImportPhase;
  done?: number;
  total?: number;
  /** The file being worked on. */
  file?: string;
}

export type ImportFormat =
  | 'geojson'
  | 'kml'
  | 'csv'
  | 'shapefile'
  | 'geopackage'
  | 'dxf'
  | 'gpx'
  | 'flatgeobuf'
  | 'jzd';

/** Stable codes for the UI to translate; `params` carries the names and numbers to put in the message. */
export const IMPORT_ERROR_CODES = [
  'too-large',
  'empty-file',
  'unsupported-format',
  'invalid-json',
  'invalid-xml',
  'invalid-csv',
  'invalid-zip',
  'invalid-shapefile',
  'invalid-geometry',
  'no-features',
  'unsupported-geometry',
  'projected-coordinates',
  'swapped-coordinates',
  'missing-dbf',
  'missing-shp',
  'no-lonlat-columns',
  // A stated limit (limits.ts) was exceeded: params { limit, max, actual }.
  'limit-exceeded',
  // XML with <!ENTITY> declarations (entity bombs) is refused.
  'xml-entities',
  // The import was cancelled by the user.
  'cancelled',
  // Geometry validity (geometry-validity.ts): a polygon crosses or touches itself, or a hole crosses its shell:
  // params { feature (name or #number), index, lon, lat, count (features with the problem) }.
  'self-intersection',
  // A polygon with no area left (fewer than 3 distinct points, or collinear): params { feature, index, lon, lat, count }.
  'degenerate-geometry',
  // A hole of a polygon lies outside its outer ring: params { feature, index, lon, lat, count }.
  'hole-outside-shell',
  // CRS (crs/resolve.ts): the file names a system the catalog lacks: params { crsName }.
  'unknown-crs',
  // The file's CRS text (a .prj) cannot be read: params { text }.
  'invalid-crs',
  // Formats (GeoPackage, DXF, FlatGeobuf, 界址点 text): params in each parser.
  'invalid-geopackage',
  'geopackage-no-feature-tables',
  'geopackage-no-geometry',
  'invalid-dxf',
  'invalid-flatgeobuf',
  'invalid-jzd',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export type ImportParams = Record<string, string | number>;

export interface ImportError {
  code: ImportErrorCode;
  /** The file the problem is in; inside a zip, `archive.zip/inner/path.shp`. */
  file: string;
  /** English, human-readable, names the file and (where relevant) the row or feature. */
  detail: string;
  params?: ImportParams;
}

export const IMPORT_WARNING_CODES = [
  'dropped-null-geometry',
  'dropped-unsupported-geometry',
  'dropped-invalid-geometry',
  'dropped-csv-rows',
  'outside-xishuangbanna',
  'gcj02-outside-china',
  // Validity repairs (geometry-validity.ts): params { count }.
  'closed-rings',
  'removed-duplicate-points',
  'dropped-zero-area-parts',
  'dropped-degenerate-lines',
  // Formats
  'dropped-unreadable-geometry',
  'dropped-wkt-rows',
  'kml-remote-link',
  'kml-link-cycle',
  'kml-missing-link',
  'dxf-skipped-entities',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

/** A warning with a code for translation; `ImportResult.warnings` holds the same `detail` texts. */
export interface ImportWarning {
  code: ImportWarningCode;
  file: string;
  detail: string;
  params?: ImportParams;
}

export type ImportResult =
  | {
      ok: true;
      name: string;
      format: ImportFormat;
      data: GeoJSON.FeatureCollection;
      warnings: string[];
      /** The same warnings as `warnings`, with codes and params for the UI to translate. */
      warningItems: ImportWarning[];
      /** The coordinate system used for the (first) dataset; undefined only for WGS84 with no hint. */
      crs?: CrsReport;
    }
  | { ok: false; error: ImportError };

export const MAX_BYTES = 50 * 1024 * 1024;

/** Thrown inside the module and turned into `{ ok: false, error }` by `importFiles`. */
export class ImportFailure extends Error {
  readonly error: ImportError;
  constructor(code: ImportErrorCode, file: string, detail: string, params?: ImportParams) {
    super(detail);
    this.name = 'ImportFailure';
    this.error = params ? { code, file, detail, params } : { code, file, detail };
  }
}

export function fail(code: ImportErrorCode, file: string, detail: string, params?: ImportParams): never {
  throw new ImportFailure(code, file, detail, params);
}

/** A feature as a parser found it: its geometry is checked later, so it is still `unknown` here. */
export interface RawFeature {
  geometry: unknown;
  properties: Record<string, unknown>;
  /** Position in the source file (0-based), used for ids and messages. */
  index: number;
}

/** A parsed dataset before the shared checks (geometry, CRS, GCJ-02, rounding, ids). */
export interface RawDataset {
  /** Label used in messages and ids: the file name, or `archive.zip/inner.shp`. */
  label: string;
  format: ImportFormat;
  features: RawFeature[];
  /** CRS named by the file itself (a .prj PROJCS name, a GeoJSON `crs` member), if any. */
  declaredCrs?: string;
  /** What the file says about its coordinate system, structured (see crs/types.ts). */
  crsHint?: CrsHint;
  /** Warnings the parser produced (e.g. CSV rows without coordinates). */
  warnings: ImportWarning[];
}
