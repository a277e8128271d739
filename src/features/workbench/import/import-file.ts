/**
 * Import user files (one drop or pick) as WGS84 GeoJSON, or a clear error naming the file and place.
 * Formats: GeoJSON (.geojson/.json), KML (.kml/.kmz, NetworkLinks inside a KMZ followed), CSV (lon/lat, X/Y or
 * WKT columns), Shapefile (zipped or as loose .shp + .dbf (+ .prj, .cpg)), GeoPackage (.gpkg), DXF, GPX,
 * FlatGeobuf (.fgb), 界址点坐标 text (.txt). Pure: no Node or DOM APIs; parsers are loaded on demand.
 */
import type { CrsReport } from './crs/types';
import { finalize, newBudget } from './finalize';
import { baseName, groupFiles, type Job } from './group-files';
import {
  ImportFailure,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  type InputFile,
  type RawDataset,
} from './types';

/** A job's datasets: one, or one per feature table of a GeoPackage. */
async function parse(job: Job): Promise<RawDataset | RawDataset[]> {
  switch (job.kind) {
    case 'geojson':
      return (await import('./parse-geojson')).parseGeoJson(job.file.name, job.file.bytes);
    case 'kml':
      return (await import('./parse-kml')).parseKml(job.file.name, job.file.bytes);
    case 'kmz':
      return (await import('./parse-kml')).parseKmz(job.file.name, job.entries);
    case 'csv':
      return (await import('./parse-csv')).parseCsv(job.file.name, job.file.bytes);
    case 'shapefile':
      return (await import('./parse-shapefile')).parseShapefile(job.parts);
    case 'geopackage':
      return (await import('./parse-geopackage')).parseGeoPackage(job.file.name, job.file.bytes);
    case 'dxf':
      return (await import('./parse-dxf')).parseDxf(job.file.name, job.file.bytes);
    case 'gpx':
      return (await import('./parse-gpx')).parseGpx(job.file.name, job.file.bytes);
    case 'flatgeobuf':
      return (await import('./parse-flatgeobuf')).parseFlatGeobuf(job.file.name, job.file.bytes);
    case 'jzd':
      return (await import('./parse-jzd')).parseJzd(job.file.name, job.file.bytes);
  }
}

/** The layer name: the first file's name without extension (a zip's own name), `+N` for more datasets. */
function resultName(files: InputFile[], jobs: Job[]): string {
  const top = baseName(files[0]?.name ?? '');
  return files.length > 1 && jobs.length > 1 ? `${top} +${jobs.length - 1}` : top;
}

export async function importFiles(files: InputFile[], opts: ImportOptions = {}): Promise<ImportResult> {
  try {
    const progress = opts.onProgress ?? (() => {});
    if (files.some((f) => /\.(zip|kmz)$/i.test(f.name))) progress({ phase: 'unpacking' });
    const jobs = await groupFiles(files);
    const budget = newBudget();
    const features: GeoJSON.Feature[] = [];
    const warningItems: ImportWarning[] = [];
    let format: ImportFormat | undefined;
    let crs: CrsReport | undefined;
    for (const [i, job] of jobs.entries()) {
      const file = 'file' in job ? job.file.name : job.parts.label;
      progress({ phase: 'parsing', done: i, total: jobs.length, file });
      const parsed = await parse(job);
      for (const ds of Array.isArray(parsed) ? parsed : [parsed]) {
        format ??= ds.format;
        const phase = ds.crsHint || opts.crs ? 'reprojecting' : 'checking';
        progress({ phase, done: 0, total: ds.features.length, file: ds.label });
        const out = finalize(ds, opts, budget); // features and vertices counted over all datasets
        // One push per feature: push(...xs) with 200,000 arguments overflows the call stack.
        for (const f of out.features) features.push(f);
        for (const w of out.warnings) warningItems.push(w);
        crs ??= out.crs;
      }
    }
    return {
      ok: true,
      name: resultName(files, jobs),
      format: format ?? 'geojson',
      data: { type: 'FeatureCollection', features },
      warnings: warningItems.map((w) => w.detail),
      warningItems,
      ...(crs ? { crs } : {}),
    };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: e.error };
    throw e;
  }
}
