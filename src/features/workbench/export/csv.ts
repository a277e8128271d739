/**
 * CSV for spreadsheets (UTF-8 with a BOM, formula-safe cells: src/lib/csv): headers in the UI's language,
 * a point's lon/lat (or a line's or an area's centre of mass), and, when the layer has lines or areas, every
 * row's geometry as WKT (a reader that takes the WKT column gets the shapes; one that takes lon/lat, points).
 */
import centerOfMass from '@turf/center-of-mass';
import { geoJSONToWkt } from 'betterknown';
import { toCsv } from '@/lib/csv';
import { attrKeys } from './split-kinds';
import type { ExportLayer } from './types';

export interface CsvHeads {
  /** The header of an attribute key (its label in the UI's language, or the key itself). */
  head: (key: string) => string;
  lon: string;
  lat: string;
  wkt: string;
}

const round = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1e7) / 1e7);

export function writeCsv(layer: ExportLayer, heads: CsvHeads): string {
  const keys = attrKeys(layer.features);
  const withWkt = layer.features.some((f) => f.geometry.type !== 'Point');
  const head = [...keys.map(heads.head), heads.lon, heads.lat, ...(withWkt ? [heads.wkt] : [])];
  const rows = layer.features.map((f) => {
    const at = f.geometry.type === 'Point' ? f.geometry.coordinates : centerOfMass(f).geometry.coordinates;
    const attrs = keys.map((k) => {
      const v = f.properties?.[k];
      return typeof v === 'boolean' ? String(v) : v;
    });
    return [...attrs, round(at[0]), round(at[1]), ...(withWkt ? [geoJSONToWkt(f.geometry)] : [])];
  });
  return toCsv(head, rows);
}
