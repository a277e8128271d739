/**
 * An imported layer's attributes as rows (pure): the columns (every property key the features have,
 * in the order first seen, internal `__*` keys left out), a cell as text, and the rows sorted by one
 * column (numbers as numbers, text in Chinese collation, blanks last either way).
 */

/** A feature's own properties, without the keys the app adds (`__layer`, `__id`, …). */
export function ownEntries(properties: GeoJSON.GeoJsonProperties): [string, unknown][] {
  return Object.entries(properties ?? {}).filter(([k]) => !k.startsWith('__'));
}

/** The union of the features' property keys, in the order first seen. */
export function attributeColumns(features: readonly GeoJSON.Feature[]): string[] {
  const seen = new Set<string>();
  for (const f of features) for (const [k] of ownEntries(f.properties)) seen.add(k);
  return [...seen];
}

/** A value as the table shows it: text as it is, numbers and booleans as written, objects as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: string;
  dir: SortDir;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const NUMERIC = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** Whether a column sorts as numbers: every value that is not blank is a number or reads as one. */
export function isNumericColumn(features: readonly GeoJSON.Feature[], key: string): boolean {
  let any = false;
  for (const f of features) {
    const v = f.properties?.[key];
    if (blank(v)) continue;
    if (typeof v === 'number' ? !Number.isFinite(v) : !(typeof v === 'string' && NUMERIC.test(v.trim())))
      return false;
    any = true;
  }
  return any;
}

const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/** The features' indices in the order of `sort` (the layer's own order when null; stable for ties). */
export function sortedIndices(features: readonly GeoJSON.Feature[], sort: Sort | null): number[] {
  const order = features.map((_, i) => i);
  if (!sort) return order;
  const numeric = isNumericColumn(features, sort.key);
  const value = (i: number) => features[i]?.properties?.[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return order.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    // Blanks last in both directions.
    if (blank(va) || blank(vb)) return blank(va) === blank(vb) ? a - b : blank(va) ? 1 : -1;
    const c = numeric ? Number(va) - Number(vb) : collator.compare(cellText(va), cellText(vb));
    return c === 0 ? a - b : sign * c;
  });
}

/** The next sort after a click on a column's header: ascending, then descending, then ascending again. */
export const nextSort = (sort: Sort | null, key: string): Sort =>
  sort?.key === key && sort.dir === 'asc' ? { key, dir: 'desc' } : { key, dir: 'asc' };
