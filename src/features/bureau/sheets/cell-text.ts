/**
 * One spreadsheet cell as the text a data/ CSV cell would hold, for a column of a given kind. Pure: the
 * cell is SheetJS's shape (t, v, f, z, w) but nothing here loads SheetJS. The data build's schemas then
 * judge the text, so text in a number column passes through unchanged (the schema's own message names it).
 */
import type { ColumnKind } from './column-specs';
import { isNumeric } from './column-specs';

export interface GridCell {
  /** s text, n number, b boolean, e error, d date, z empty stub. */
  t: string;
  v?: unknown;
  /** A formula (without the leading =). */
  f?: string;
  /** The number format. */
  z?: string | number;
  /** The formatted text. */
  w?: string;
}

export type CellCode = 'formula' | 'error-cell' | 'date-in-number';
export interface CellText {
  value: string;
  issue?: { code: CellCode; params: Record<string, string> };
}

/** A number as plain decimal text: no exponent, no separators; integers exact. */
export function plainDecimal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  const e = s.toLowerCase().indexOf('e');
  if (e < 0) return s;
  const exp = Number(s.slice(e + 1));
  const neg = s.startsWith('-');
  const mant = s.slice(neg ? 1 : 0, e);
  const [int = '', frac = ''] = mant.split('.');
  const digits = int + frac;
  const point = int.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (neg ? '-' : '') + out.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** The format's tokens outside quotes, escapes and [..] (colours, locales, conditions). */
function formatTokens(z: string | number | undefined): string {
  if (typeof z !== 'string') return '';
  return z
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
}

/** True when a number format shows a date or time (y, d, h, or m that is not minutes after h). */
export function isDateFormat(z: string | number | undefined): boolean {
  const t = formatTokens(z).toLowerCase();
  if (t === '' || t === 'general') return false;
  return /[ydh]/.test(t) || /m/.test(t.replace(/:m+|m+:/g, ''));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Excel serial day number (1900 system; 1904 when asked) as a UTC date. */
function serialToDate(serial: number, date1904: boolean): Date {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86400000));
}

/** A date cell as YYYY-MM-DD, or YYYY-MM / YYYY when its format shows no day / no month. */
export function dateText(d: Date, z?: string | number): string {
  const y = pad(d.getUTCFullYear(), 4);
  const tokens = formatTokens(z).toLowerCase();
  if (tokens !== '' && tokens !== 'general' && !/d/.test(tokens)) {
    if (!/m/.test(tokens)) return y;
    return `${y}-${pad(d.getUTCMonth() + 1)}`;
  }
  return `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function asDate(v: unknown): Date | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v;
  if (typeof v === 'string' || typeof v === 'number') {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

/** A percentage-formatted number in a % column: 0.95 shown as 95% is 95. */
function percentValue(n: number, z: string | number | undefined, pctColumn: boolean): number {
  if (!pctColumn || !formatTokens(z).includes('%')) return n;
  return Number((n * 100).toPrecision(12));
}

export interface CellOptions {
  kind: ColumnKind;
  /** The column is a percentage (0–100): a %-formatted cell is scaled. */
  percent?: boolean;
  date1904?: boolean;
}

/** The cell's text for a column. */
export function cellText(cell: GridCell | null | undefined, opts: CellOptions): CellText {
  if (!cell) return { value: '' };
  if (cell.f !== undefined && cell.f !== '') {
    return { value: '', issue: { code: 'formula', params: { formula: cell.f.slice(0, 120) } } };
  }
  const numeric = isNumeric(opts.kind);
  switch (cell.t) {
    case 'e':
      return { value: '', issue: { code: 'error-cell', params: { value: cell.w ?? '#ERROR' } } };
    case 'b':
      return { value: cell.v ? 'true' : 'false' };
    case 'd': {
      const d = asDate(cell.v);
      if (!d) return { value: String(cell.w ?? '').trim() };
      const text = dateText(d, cell.z);
      if (numeric) return { value: '', issue: { code: 'date-in-number', params: { date: text } } };
      return { value: text };
    }
    case 'n': {
      const n = typeof cell.v === 'number' ? cell.v : Number(cell.v);
      if (isDateFormat(cell.z)) {
        const text = dateText(serialToDate(n, opts.date1904 ?? false), cell.z);
        if (numeric) return { value: '', issue: { code: 'date-in-number', params: { date: text } } };
        return { value: text };
      }
      return { value: plainDecimal(percentValue(n, cell.z, opts.percent ?? false)) };
    }
    case 'z':
      return { value: '' };
    default: {
      const s = (typeof cell.v === 'string' ? cell.v : String(cell.v ?? cell.w ?? '')).trim();
      if (opts.kind === 'bool' && /^(true|false)$/i.test(s)) return { value: s.toLowerCase() };
      return { value: s };
    }
  }
}

/** A header cell's text. */
export function headerCellText(cell: GridCell | null | undefined): string {
  if (!cell) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') return plainDecimal(cell.v);
  if (cell.t === 's' || cell.t === 'str') return String(cell.v ?? '').trim();
  return String(cell.w ?? cell.v ?? '').trim();
}
