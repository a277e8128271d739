import { reprojectToWgs84 } from './check-crs';
import type { CrsReport } from './crs/types';
import { gcj02ToWgs84, isInChinaBox } from './gcj02';
import { checkValidity, featureLabel } from './finalize-validity';
import { checkGeometry, countPositions, mapPositions, positionsOf } from './geometry';
import { checkLimit, LIMITS } from './limits';
import { fail, type ImportOptions, type ImportWarning, type RawDataset } from './types';

/** Running totals of one import (all its datasets), held to LIMITS.features and LIMITS.vertices. */
export interface ImportBudget {
  features: number;
  vertices: number;
}
export const newBudget = (): ImportBudget => ({ features: 0, vertices: 0 });

/** Xishuangbanna with a wide margin; features beyond it are imported with a warning. */
export const REGION = { west: 97, east: 104, south: 19, north: 25 };

const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
const inRegion = ([x, y]: [number, number]) =>
  x >= REGION.west && x <= REGION.east && y >= REGION.south && y <= REGION.north;

/**
 * The shared checks for one parsed dataset: geometry (drop null/unsupported/invalid, fail if nothing is left),
 * CRS, optional GCJ-02 → WGS84, rounding to 1e-6°, `properties.__id`. Returns features and warnings.
 */
export function finalize(
  ds: RawDataset,
  opts: ImportOptions,
  budget: ImportBudget = newBudget(),
): { features: GeoJSON.Feature[]; warnings: ImportWarning[]; crs?: CrsReport } {
  const { label } = ds;
  if (ds.features.length === 0) {
    const why = ds.warnings.map((w) => ` ${w.detail}`).join('');
    fail('no-features', label, `${label} contains no features.${why}`);
  }
  budget.features += ds.features.length;
  checkLimit('features', budget.features, label);
  const warnings: ImportWarning[] = [...ds.warnings];
  const kept: { index: number; geometry: GeoJSON.Geometry; properties: Record<string, unknown> }[] = [];
  const dropped = { null: [] as number[], unsupported: [] as number[], invalid: [] as number[] };
  const types = new Set<string>();
  let firstInvalid = '';
  for (const f of ds.features) {
    const c = checkGeometry(f.geometry);
    if (c.ok) {
      budget.vertices += countPositions(c.geometry);
      if (budget.vertices > LIMITS.vertices) checkLimit('vertices', budget.vertices, label);
      kept.push({ index: f.index, geometry: c.geometry, properties: f.properties });
      continue;
    }
    if (c.reason === 'limit') {
      const feature = featureLabel(f.properties, f.index);
      fail('limit-exceeded', label, `${label}, feature ${feature}: ${c.detail}.`, {
        limit: c.limit,
        max: LIMITS[c.limit],
        actual: c.actual,
        feature,
      });
    }
    dropped[c.reason].push(f.index);
    if (c.reason === 'unsupported') types.add(c.type);
    if (c.reason === 'invalid' && !firstInvalid) firstInvalid = `feature ${f.index}: ${c.detail}`;
  }
  const typeList = [...types].join(', ');
  if (kept.length === 0) {
    if (dropped.invalid.length > 0) {
      fail('invalid-geometry', label, `${label}, ${firstInvalid}.`, {
        feature: dropped.invalid[0] as number,
      });
    }
    const type = typeList || 'null';
    fail(
      'unsupported-geometry',
      label,
      `${label} has no usable geometry: only ${type}. Supported: Point, LineString, Polygon and their Multi- forms.`,
      { type, count: ds.features.length },
    );
  }
  const warn = (code: ImportWarning['code'], detail: string, params: ImportWarning['params']) =>
    warnings.push({ code, file: label, detail: `${label}: ${detail}`, params });
  if (dropped.null.length) {
    warn(
      'dropped-null-geometry',
      `${dropped.null.length} feature(s) without geometry were dropped (first: feature ${dropped.null[0]}).`,
      {
        count: dropped.null.length,
        feature: dropped.null[0] as number,
      },
    );
  }
  if (dropped.unsupported.length) {
    warn(
      'dropped-unsupported-geometry',
      `${dropped.unsupported.length} feature(s) of unsupported type ${typeList} were dropped.`,
      {
        count: dropped.unsupported.length,
        type: typeList,
        feature: dropped.unsupported[0] as number,
      },
    );
  }
  if (dropped.invalid.length) {
    warn(
      'dropped-invalid-geometry',
      `${dropped.invalid.length} feature(s) with invalid geometry were dropped (${firstInvalid}).`,
      {
        count: dropped.invalid.length,
        feature: dropped.invalid[0] as number,
      },
    );
  }

  // The coordinate system (declared, guessed or chosen), and every position reprojected to WGS84 lon/lat.
  const crs = reprojectToWgs84(ds, kept, opts);

  let outsideChina = 0;
  const convert = (p: [number, number]): [number, number] => {
    if (!isInChinaBox(p[0], p[1])) outsideChina++;
    return gcj02ToWgs84(p[0], p[1]);
  };
  const rounded: GeoJSON.Feature[] = kept.map((f) => {
    const converted = opts.gcj02 ? mapPositions(f.geometry, convert) : f.geometry;
    const geometry = mapPositions(converted, ([x, y]) => [round6(x), round6(y)]);
    return { type: 'Feature', geometry, properties: { ...f.properties, __id: `${label}#${f.index}` } };
  });
  // Validity after rounding, which can make points coincide: repairs become warnings, problems refusals.
  const features = checkValidity(label, rounded, kept, warnings);
  if (outsideChina > 0) {
    warn(
      'gcj02-outside-china',
      `${outsideChina} coordinate(s) lie outside China, where GCJ-02 equals WGS84; they were not changed.`,
      {
        count: outsideChina,
      },
    );
  }
  const far = features.filter((f) => !positionsOf(f.geometry).every(inRegion));
  if (far.length) {
    const firstFar = far[0]?.properties?.__id as string;
    warn(
      'outside-xishuangbanna',
      `${far.length} of ${features.length} feature(s) lie far outside Xishuangbanna (lon ${REGION.west}–${REGION.east}, lat ${REGION.south}–${REGION.north}), first: ${firstFar}.`,
      { count: far.length, total: features.length, id: firstFar },
    );
  }
  return crs ? { features, warnings, crs } : { features, warnings };
}
