import { toWgs84 } from './crs/crs-catalog';
import { reportDef, resolveCrs } from './crs/resolve';
import type { CrsHint, CrsReport } from './crs/types';
import { detectCrs } from './detect-crs';
import { mapPositions, positionsOf } from './geometry';
import { fail, ImportFailure, type ImportOptions, type RawDataset } from './types';

type Pos = [number, number];
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

const HINT_FROM: Partial<Record<RawDataset['format'], CrsHint['from']>> = {
  shapefile: 'prj',
  geojson: 'geojson',
  geopackage: 'geopackage',
  flatgeobuf: 'flatgeobuf',
  jzd: 'jzd',
};

/** What the dataset says about its system: its crsHint, else one made from the older `declaredCrs` name. */
export function hintOf(ds: RawDataset): CrsHint | undefined {
  if (ds.crsHint) return ds.crsHint;
  if (!ds.declaredCrs) return undefined;
  return { name: ds.declaredCrs, from: HINT_FROM[ds.format] ?? 'geojson' };
}

/**
 * Resolve the dataset's coordinate system (override, declaration, or ranges; crs/resolve.ts) and reproject
 * every position of `kept` to WGS84 longitude/latitude in place. Returns the report, or undefined for plain
 * WGS84 longitude/latitude that declared nothing. Fails with 'projected-coordinates' when nothing fits,
 * 'unknown-crs' / 'invalid-crs' for a declaration it cannot use.
 */
export function reprojectToWgs84(
  ds: RawDataset,
  kept: { index: number; geometry: GeoJSON.Geometry }[],
  opts: ImportOptions,
): CrsReport | undefined {
  const all = kept.flatMap((f) => positionsOf(f.geometry));
  const hint = hintOf(ds);
  let report: CrsReport;
  try {
    report = resolveCrs(all, hint, opts.crs, ds.label);
  } catch (e) {
    if (e instanceof ImportFailure && e.error.code === 'projected-coordinates') noFit(ds, kept, e);
    throw e;
  }
  const def = reportDef(report);
  if (def.id !== 'EPSG:4326' || report.swapXY) {
    const convert = toWgs84(def, report.swapXY);
    for (const f of kept) f.geometry = mapPositions(f.geometry, convert);
  }
  const plain = report.id === 'EPSG:4326' && report.source === 'ranges' && !report.swapXY && !hint;
  return plain ? undefined : report;
}

const isDegrees = ([x, y]: Pos) => Math.abs(x) <= 180 && Math.abs(y) <= 90;

/** The 'projected-coordinates' failure, naming the first feature whose positions are not degrees. */
function noFit(
  ds: RawDataset,
  kept: { index: number; geometry: GeoJSON.Geometry }[],
  e: ImportFailure,
): never {
  const perFeature = kept.map((f) => ({ index: f.index, positions: positionsOf(f.geometry) }));
  const all = perFeature.flatMap((f) => f.positions);
  const offender = perFeature.find((f) => f.positions.some((p) => !isDegrees(p)));
  const raw = offender?.positions.find((p) => !isDegrees(p)) ?? (all[0] as Pos);
  const example = raw.map(round6) as Pos;
  const feature = offender?.index ?? 0;
  const declared = String(e.error.params?.crsName ?? '');
  const crsName = declared || `${example[0]}, ${example[1]}`;
  fail(
    'projected-coordinates',
    ds.label,
    `${ds.label}, feature ${feature}: coordinates (e.g. ${example[0]}, ${example[1]}) are not longitude/latitude ` +
      `degrees and fit none of the supported coordinate systems${declared ? ` (the file declares ${declared})` : ''}.`,
    { crs: detectCrs(all), crsName, feature, x: example[0], y: example[1] },
  );
}
