import { crsLabel, detectCrs } from './detect-crs';
import { positionsOf } from './geometry';
import { fail, type RawDataset } from './types';

type Pos = [number, number];
const isDegrees = ([x, y]: Pos) => Math.abs(x) <= 180 && Math.abs(y) <= 90;
const fmt = ([x, y]: Pos) => `${x}, ${y}`;

/**
 * Fail with `swapped-coordinates` or `projected-coordinates` unless the positions are longitude/latitude.
 * `checked` are the dataset's features that survived the geometry checks.
 */
export function checkCrs(ds: RawDataset, checked: { index: number; geometry: GeoJSON.Geometry }[]): void {
  const perFeature = checked.map((f) => ({ index: f.index, positions: positionsOf(f.geometry) }));
  const all = perFeature.flatMap((f) => f.positions);
  const crs = detectCrs(all);
  if (crs === 'wgs84') return;
  const offender = perFeature.find((f) => f.positions.some((p) => !isDegrees(p)));
  const raw = offender?.positions.find((p) => !isDegrees(p)) ?? (all[0] as Pos);
  const example = raw.map((v) => Math.round(v * 1e6) / 1e6) as Pos;
  const featureIndex = offender?.index ?? 0;
  const where = `${ds.label}, feature ${featureIndex}`;
  if (crs === 'swapped') {
    fail(
      'swapped-coordinates',
      ds.label,
      `${where}: coordinates look like latitude, longitude (e.g. ${fmt(example)}); longitude must come first.`,
      { feature: featureIndex, x: example[0], y: example[1] },
    );
  }
  const name = ds.declaredCrs ?? crsLabel(crs, all);
  const looks = ds.declaredCrs ? `the file declares ${name}` : `they look like ${name}`;
  fail(
    'projected-coordinates',
    ds.label,
    `${where}: coordinates are projected, not longitude/latitude degrees (e.g. ${fmt(example)}); ` +
      `${looks}. Reproject to WGS84 (EPSG:4326) and import again.`,
    { crs, crsName: name, feature: featureIndex, x: example[0], y: example[1] },
  );
}
