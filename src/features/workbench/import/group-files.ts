import type { ShapefileParts } from './parse-shapefile';
import { checkLimit } from './limits';
import { looksLikeJzd } from './jzd-detect';
import { fail, type InputFile, MAX_BYTES } from './types';

type FileKind = 'geojson' | 'kml' | 'csv' | 'geopackage' | 'dxf' | 'gpx' | 'flatgeobuf' | 'jzd';

/** One thing to parse: a single-file format, a KMZ (its entries, for NetworkLinks), or one shapefile's parts. */
export type Job =
  | { kind: FileKind; file: InputFile }
  | { kind: 'kmz'; file: InputFile; entries: InputFile[] }
  | { kind: 'shapefile'; parts: ShapefileParts };

/** Single-file formats by extension (.txt is a 界址点 file only when its content says so). */
const TEXT_KINDS: Record<string, FileKind> = {
  geojson: 'geojson',
  json: 'geojson',
  kml: 'kml',
  csv: 'csv',
  gpkg: 'geopackage',
  dxf: 'dxf',
  gpx: 'gpx',
  fgb: 'flatgeobuf',
};
const SHAPEFILE_PARTS = new Set(['shp', 'dbf', 'prj', 'cpg']);
/** Sidecar files of a shapefile or GIS project that are ignored. */
const SIDECARS = new Set([
  'shx',
  'sbn',
  'sbx',
  'qix',
  'fix',
  'qmd',
  'xml',
  'aih',
  'ain',
  'atx',
  'ixs',
  'mxs',
  'lyr',
  'qml',
]);
const ZIPS = new Set(['zip', 'kmz']);

/** Lower-case extension without the dot ('' if none). */
export const extensionOf = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
};
/** Name without folders and extension, e.g. 'parks' for 'a.zip/dir/parks.shp'. */
export const baseName = (name: string) => {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};
const stem = (name: string) => name.slice(0, name.length - extensionOf(name).length - 1).toLowerCase();

function checkSize(file: InputFile) {
  if (file.bytes.length > MAX_BYTES) {
    fail(
      'too-large',
      file.name,
      `${file.name} is ${file.bytes.length} bytes; the limit is ${MAX_BYTES} (50 MB).`,
      {
        bytes: file.bytes.length,
        max: MAX_BYTES,
      },
    );
  }
}
const checkNotEmpty = (file: InputFile) => {
  if (file.bytes.length === 0) fail('empty-file', file.name, `${file.name} is empty.`);
};

function unsupported(file: InputFile): never {
  const ext = extensionOf(file.name);
  return fail(
    'unsupported-format',
    file.name,
    `${file.name}: ${ext ? `.${ext} files are` : 'files without an extension are'} not supported; use GeoJSON, KML/KMZ, CSV, Shapefile, GeoPackage, DXF, GPX, FlatGeobuf or a 界址点 .txt file.`,
    { extension: ext },
  );
}

/** Shapefile parts grouped by path without extension; a .shp needs its .dbf, and parts need their .shp. */
function shapefileJobs(parts: InputFile[]): Job[] {
  const groups = new Map<string, Partial<Record<string, InputFile>>>();
  for (const f of parts) {
    const key = stem(f.name);
    const group = groups.get(key) ?? {};
    group[extensionOf(f.name)] = f;
    groups.set(key, group);
  }
  const jobs: Job[] = [];
  for (const group of groups.values()) {
    const { shp, dbf, prj, cpg } = group;
    if (!shp) {
      const some = (dbf ?? prj ?? cpg) as InputFile;
      const name = `${baseName(some.name)}.shp`;
      fail('missing-shp', some.name, `${some.name} is part of a shapefile, but ${name} is missing.`, {
        expected: name,
      });
    }
    if (!dbf) {
      const name = `${baseName(shp.name)}.dbf`;
      fail('missing-dbf', shp.name, `${shp.name} has no attribute table: ${name} is missing.`, {
        expected: name,
      });
    }
    jobs.push({
      kind: 'shapefile',
      parts: {
        label: shp.name,
        shp: shp.bytes,
        dbf: dbf.bytes,
        dbfLabel: dbf.name,
        prj: prj?.bytes,
        cpg: cpg?.bytes,
      },
    });
  }
  return jobs;
}

/** Sort the files of one pick (zips unpacked) into parse jobs, or fail with the first problem found. */
export async function groupFiles(files: InputFile[]): Promise<Job[]> {
  for (const f of files) checkSize(f);
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  checkLimit('bytesTotal', total, files[0]?.name ?? '');
  const jobs: Job[] = [];
  const shpParts: InputFile[] = [];
  const take = (f: InputFile, fromZip: boolean) => {
    const ext = extensionOf(f.name);
    const kind = TEXT_KINDS[ext] ?? (ext === 'txt' && looksLikeJzd(f.bytes) ? 'jzd' : undefined);
    if (kind || ext === 'shp' || ext === 'dbf') checkNotEmpty(f);
    if (kind) jobs.push({ kind, file: f });
    else if (SHAPEFILE_PARTS.has(ext)) shpParts.push(f);
    else if (!fromZip && !SIDECARS.has(ext)) unsupported(f);
  };
  for (const f of files) {
    if (!ZIPS.has(extensionOf(f.name))) {
      take(f, false);
      continue;
    }
    checkNotEmpty(f);
    const { unzipFiles } = await import('./unzip'); // fflate, only when there is a zip
    const entries = unzipFiles(f);
    if (extensionOf(f.name) === 'kmz') {
      jobs.push({ kind: 'kmz', file: f, entries }); // parse-kml picks doc.kml and follows its links
      continue;
    }
    const before = jobs.length + shpParts.length;
    for (const e of entries) take(e, true);
    if (jobs.length + shpParts.length === before) {
      const found = entries.map((e) => e.name.slice(f.name.length + 1)).join(', ');
      fail(
        'unsupported-format',
        f.name,
        `${f.name} contains no Shapefile, GeoJSON, KML, CSV, GeoPackage, DXF, GPX, FlatGeobuf or 界址点 file (found: ${found || 'nothing'}).`,
        { extension: extensionOf(f.name), found },
      );
    }
  }
  jobs.push(...shapefileJobs(shpParts));
  if (jobs.length === 0)
    fail('unsupported-format', files[0]?.name ?? '', 'No supported file was given.', { extension: '' });
  return jobs;
}
