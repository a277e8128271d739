import Papa from 'papaparse';
import { checkLimit, countTextRows } from './limits';
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

export function parseCsv(label: string, bytes: Uint8Array): RawDataset {
  const text = decodeText(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  checkLimit('rows', countTextRows(text), label); // before parsing: a 1,000,000-row file is refused at once
  const parsed = Papa.parse<Record<string, string | undefined>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    const line = quote.index !== undefined ? lineAt(text, quote.index) : (quote.row ?? 0) + 1;
    fail('invalid-csv', label, `${label}: ${quote.message} (line ${line}).`, { line, reason: quote.code });
  }
  const fields = (parsed.meta.fields ?? []).filter((f) => f !== '');
  const lonCol = findColumn(fields, LON_NAMES);
  const latCol = findColumn(fields, LAT_NAMES);
  if (lonCol === undefined || latCol === undefined) {
    const columns = fields.join(', ');
    fail(
      'no-lonlat-columns',
      label,
      `${label} has no longitude/latitude columns (expected lon/lng/longitude/经度 and lat/latitude/纬度); found: ${columns || 'none'}.`,
      { columns },
    );
  }
  const features: RawFeature[] = [];
  const skipped: number[] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const lonText = (row[lonCol] ?? '').trim();
    const latText = (row[latCol] ?? '').trim();
    if (lonText === '' || latText === '') {
      skipped.push(line);
      return;
    }
    for (const [column, value] of [
      [lonCol, lonText],
      [latCol, latText],
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
    const properties: Record<string, unknown> = {};
    for (const f of fields) if (f !== lonCol && f !== latCol) properties[f] = row[f] ?? '';
    features.push({
      geometry: { type: 'Point', coordinates: [Number(lonText), Number(latText)] },
      properties,
      index: i,
    });
  });
  const warnings: RawDataset['warnings'] = [];
  if (skipped.length > 0) {
    warnings.push({
      code: 'dropped-csv-rows',
      file: label,
      detail: `${label}: ${skipped.length} row(s) without coordinates were skipped (first: line ${skipped[0]}).`,
      params: { count: skipped.length, line: skipped[0] as number },
    });
  }
  return { label, format: 'csv', features, warnings };
}
