import Papa from 'papaparse';
import { checkLimit, countTextRows, limitCounter } from './limits';
import { decodeText } from './read-text';
import { fail, type RawDataset, type RawFeature } from './types';

/** Header names (lower-case, units in brackets removed) in order of preference; x/y only as a last resort. */
const LON_NAMES = ['lon', 'lng', 'long', 'longitude', '经度', 'x'];
const LAT_NAMES = ['lat', 'latitude', '纬度', 'y'];
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

const normaliseHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[（(［[].*?[)）\]］]/g, '')
    .trim()
    .toLowerCase();

/** The first header whose normalised name is in `names`, trying the names in order. */
export function findColumn(fields: string[], names: string[]): string | undefined {
  for (const name of names) {
    const hit = fields.find((f) => normaliseHeader(f) === name);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Columns holding WKT (ogr2ogr -lco GEOMETRY=AS_WKT writes `WKT`), by normalised name. */
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'shape', 'wkt_geom', '几何', '坐标串'];
/** Projected columns a header names as easting or northing (東/北 in any position, as in `北坐标 X`). */
const EAST = /东坐标|東坐標|横坐标|easting|^e$|^east$|^y\s*[(（]\s*东|东\s*[(（]?\s*y/i;
const NORTH = /北坐标|北坐標|纵坐标|northing|^n$|^north$|^x\s*[(（]\s*北|北\s*[(（]?\s*x/i;

type Row = Record<string, string | undefined>;

interface Geometry {
  /** The columns used for the geometry (left out of the properties). */
  used: string[];
  /** The geometry of a row; undefined for an empty cell, a string for an unreadable one (the reason). */
  read: (row: Row, line: number) => GeoJSON.Geometry | undefined | string;
  hint?: RawDataset['crsHint'];
}

function wktGeometry(
  col: string,
  wktToGeoJSON: typeof import('betterknown').wktToGeoJSON,
  srid: { epsg?: number },
): Geometry {
  return {
    used: [col],
    read: (row) => {
      let text = (row[col] ?? '').trim();
      if (text === '') return undefined;
      const ewkt = /^SRID=(\d+);/i.exec(text);
      if (ewkt) {
        srid.epsg ??= Number(ewkt[1]);
        text = text.slice(ewkt[0].length);
      }
      try {
        return wktToGeoJSON(text) ?? undefined;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
  };
}

function pointGeometry(label: string, xCol: string, yCol: string, hint?: RawDataset['crsHint']): Geometry {
  return {
    used: [xCol, yCol],
    ...(hint ? { hint } : {}),
    read: (row, line) => {
      const xText = (row[xCol] ?? '').trim();
      const yText = (row[yCol] ?? '').trim();
      if (xText === '' || yText === '') return undefined;
      for (const [column, value] of [
        [xCol, xText],
        [yCol, yText],
      ] as const) {
        if (!NUMBER.test(value)) {
          fail(
            'invalid-csv',
            label,
            `${label}, line ${line}, column "${column}": "${value}" is not a number.`,
            {
              line,
              column,
              value,
            },
          );
        }
      }
      return { type: 'Point', coordinates: [Number(xText), Number(yText)] };
    },
  };
}

/**
 * CSV with a WKT column (POINT … MULTIPOLYGON), or longitude/latitude columns, or projected columns (named
 * easting/northing, 东坐标/北坐标, 横坐标/纵坐标, E/N: delivered as [easting, northing]; plain X/Y as they
 * stand, finalize decides the order from the ranges). Rows are read one at a time (papaparse's step).
 */
export async function parseCsv(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const text = decodeText(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  checkLimit('rows', countTextRows(text), label); // before parsing: a 1,000,000-row file is refused at once
  const countRow = limitCounter('rows', label);
  const features: RawFeature[] = [];
  const skipped: number[] = [];
  const badWkt: { line: number; reason: string }[] = [];
  const srid: { epsg?: number } = {};
  let geometry: Geometry | undefined;
  let fields: string[] = [];
  let failure: unknown;
  let i = 0;
  const betterknown = /\b(POINT|LINESTRING|POLYGON|MULTI|GEOMETRYCOLLECTION)\b/i.test(text.slice(0, 65536))
    ? await import('betterknown')
    : undefined;
  const setup = (all: string[]) => {
    fields = all.filter((f) => f !== '');
    const wktCol = findColumn(fields, WKT_NAMES);
    if (wktCol !== undefined && betterknown) return wktGeometry(wktCol, betterknown.wktToGeoJSON, srid);
    const lonCol = findColumn(fields, LON_NAMES.slice(0, -1));
    const latCol = findColumn(fields, LAT_NAMES.slice(0, -1));
    if (lonCol !== undefined && latCol !== undefined) return pointGeometry(label, lonCol, latCol);
    const east = fields.find((f) => EAST.test(normaliseHeader(f)) || EAST.test(f.trim()));
    const north = fields.find((f) => f !== east && (NORTH.test(normaliseHeader(f)) || NORTH.test(f.trim())));
    if (east !== undefined && north !== undefined) {
      return pointGeometry(label, east, north, { from: 'csv', axisOrder: 'xy', name: `${east}, ${north}` });
    }
    const xCol = findColumn(fields, ['x']);
    const yCol = findColumn(fields, ['y']);
    if (xCol !== undefined && yCol !== undefined) return pointGeometry(label, xCol, yCol);
    const columns = fields.join(', ');
    return fail(
      'no-lonlat-columns',
      label,
      `${label} has no coordinate columns (expected lon/lng/longitude/经度 and lat/latitude/纬度, X/Y, easting/northing, or a WKT column); found: ${columns || 'none'}.`,
      { columns },
    );
  };
  Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step: (results, parser) => {
      try {
        const quote = results.errors.find((e) => e.type === 'Quotes');
        if (quote) {
          const line = quote.index !== undefined ? lineAt(text, quote.index) : i + 2;
          fail('invalid-csv', label, `${label}: ${quote.message} (line ${line}).`, {
            line,
            reason: quote.code,
          });
        }
        geometry ??= setup(results.meta.fields ?? []);
        countRow();
        const line = i + 2; // the header is line 1
        const index = i++;
        const row = results.data;
        const g = geometry.read(row, line);
        if (g === undefined) {
          skipped.push(line);
          return;
        }
        if (typeof g === 'string') {
          badWkt.push({ line, reason: g });
          return;
        }
        const properties: Record<string, unknown> = {};
        for (const f of fields) if (!geometry.used.includes(f)) properties[f] = row[f] ?? '';
        features.push({ geometry: g, properties, index });
      } catch (e) {
        failure = e;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  if (!geometry) {
    // Only a header (or nothing parseable): say which columns are missing, as for a full file.
    const header = Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? [];
    geometry = setup(header.map((h) => h.trim()));
  }
  const warnings: RawDataset['warnings'] = [];
  if (skipped.length > 0) {
    warnings.push({
      code: 'dropped-csv-rows',
      file: label,
      detail: `${label}: ${skipped.length} row(s) without coordinates were skipped (first: line ${skipped[0]}).`,
      params: { count: skipped.length, line: skipped[0] as number },
    });
  }
  const [firstBad] = badWkt;
  if (firstBad) {
    warnings.push({
      code: 'dropped-wkt-rows',
      file: label,
      detail: `${label}: ${badWkt.length} row(s) with unreadable WKT were skipped (first: line ${firstBad.line}: ${firstBad.reason}).`,
      params: { count: badWkt.length, line: firstBad.line },
    });
  }
  const hint = srid.epsg ? { from: 'csv' as const, epsg: srid.epsg } : geometry.hint;
  return { label, format: 'csv', features, warnings, ...(hint ? { crsHint: hint } : {}) };
}
