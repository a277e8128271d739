/**
 * One sheet's cells (from SheetJS or a CSV) → a ParsedSheet: its kind from the header row, its columns
 * by header, and its data rows as data/ CSV text, with a problem for each bad header or cell.
 */
import { type GridCell, cellText, headerCellText } from './cell-text';
import {
  COLUMN_SPECS,
  type ColumnSpec,
  type SheetKind,
  columnKeys,
  matchHeader,
  normaliseHeader,
} from './column-specs';
import { PARK_STAT_FIGURES } from '@/lib/schemas/columns';
import type { IssueList } from './issue-list';
import { type ParsedColumn, type ParsedRow, type ParsedSheet, SHEET_LIMITS } from './types';

type GridRow = ReadonlyArray<GridCell | null | undefined> | null | undefined;

export interface Grid {
  name: string;
  /** rows[r][c] with absolute 0-based indices (SheetJS's dense `!data`). */
  rows: ReadonlyArray<GridRow>;
  /** The used range, 0-based and inclusive. */
  start: { r: number; c: number };
  end: { r: number; c: number };
  date1904?: boolean;
  /** Set when the reader stopped at the row limit: the data rows the sheet's full range holds. */
  truncated?: number;
}

/** Column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const hasContent = (cell: GridCell | null | undefined): boolean =>
  !!cell &&
  cell.t !== 'z' &&
  (Boolean(cell.f) || (cell.v !== undefined && cell.v !== null && String(cell.v).trim() !== ''));

/** The sheet the template explains itself in (说明 Notes): never read as data. */
export function isNotesSheet(name: string): boolean {
  const n = normaliseHeader(name);
  return n.includes('说明') || /^(notes?|readme)$/.test(n) || n.endsWith('notes');
}

/** True when no cell of the grid holds anything. */
export function isEmptyGrid(grid: Grid): boolean {
  for (let r = grid.start.r; r <= grid.end.r; r++) {
    const row = grid.rows[r];
    if (row?.some(hasContent)) return false;
  }
  return true;
}

/**
 * What a sheet is, from its header row: a statistics sheet names a year and a figure; a ledger names at
 * least three of its own columns (ID, kind, status, names, industry, chain link, park). So a ledger that
 * lacks one required column is still read as a ledger, and that column is reported missing.
 */
const LEDGER_MARKS = ['id', 'kind', 'status', 'name_zh', 'name_en', 'industry', 'link', 'park'];
function detectKind(headers: string[]): SheetKind | undefined {
  const stats = new Set(headers.map((h) => matchHeader('stats', h)));
  const figure = PARK_STAT_FIGURES.some((k) => stats.has(k));
  if (stats.has('year') && figure) return 'stats';
  const ledger = new Set(headers.map((h) => matchHeader('ledger', h)));
  if (LEDGER_MARKS.filter((k) => ledger.has(k)).length >= 3) return 'ledger';
  return undefined;
}

/** The sheet's rows, or undefined when it is not a ledger or stats sheet (an `unknown-sheet` is added). */
export function parseGrid(grid: Grid, issues: IssueList): ParsedSheet | undefined {
  const sheet = grid.name;
  const r0 = grid.start.r;
  const headerRow = grid.rows[r0];
  const headers: string[] = [];
  for (let c = grid.start.c; c <= grid.end.c; c++) headers[c] = headerCellText(headerRow?.[c]);
  const kind = detectKind(headers.filter((h) => h !== undefined));
  if (!kind) {
    const found = headers.filter((h) => h);
    issues.add({
      sheet,
      row: r0 + 1,
      code: 'unknown-sheet',
      params: { headers: found.slice(0, 30).join(', ') + (found.length > 30 ? ', …' : '') },
    });
    return undefined;
  }
  const specs = new Map<string, ColumnSpec>(COLUMN_SPECS[kind].map((s) => [s.key, s]));
  const columns: (ParsedColumn & { c: number })[] = [];
  const firstOf = new Map<string, string>();
  for (let c = grid.start.c; c <= grid.end.c; c++) {
    const header = headers[c] ?? '';
    const letter = columnLetter(c);
    const key = header ? matchHeader(kind, header) : undefined;
    if (!header) {
      if (columnHasData(grid, c))
        issues.add({ sheet, row: r0 + 1, column: letter, code: 'unknown-column', params: { header: '' } });
    } else if (!key) {
      issues.add({ sheet, row: r0 + 1, column: letter, code: 'unknown-column', params: { header } });
    } else if (firstOf.has(key)) {
      issues.add({
        sheet,
        row: r0 + 1,
        column: letter,
        field: key,
        code: 'duplicate-column',
        params: { header, first: firstOf.get(key) ?? '' },
      });
    } else {
      firstOf.set(key, letter);
      columns.push({ letter, header, key, c });
    }
  }
  for (const s of specs.values()) {
    if (s.required === true && !firstOf.has(s.key)) {
      issues.add({
        sheet,
        row: r0 + 1,
        field: s.key,
        code: 'missing-column',
        params: { key: s.key, zh: s.zh, en: s.en },
      });
    }
  }

  const keys = columnKeys(kind);
  const rows: ParsedRow[] = [];
  let placed = false;
  for (let r = r0 + 1; r <= grid.end.r; r++) {
    const raw = grid.rows[r];
    if (!raw || !columns.some((col) => hasContent(raw[col.c]))) continue;
    if (rows.length >= SHEET_LIMITS.rows) {
      issues.add({
        sheet,
        code: 'too-many-rows',
        params: { rows: countDataRows(grid), limit: SHEET_LIMITS.rows },
      });
      return undefined;
    }
    const cells: Record<string, string> = Object.fromEntries(keys.map((k) => [k, '']));
    for (const col of columns) {
      const s = specs.get(col.key);
      if (!s) continue;
      const out = cellText(raw[col.c], { kind: s.kind, percent: s.unit === 'pct', date1904: grid.date1904 });
      cells[col.key] = out.value;
      if (out.issue) {
        issues.add({
          sheet,
          row: r + 1,
          column: col.letter,
          field: col.key,
          code: out.issue.code,
          params: out.issue.params,
        });
      }
    }
    if (kind === 'ledger' && (cells.lon !== '' || cells.lat !== '')) placed = true;
    rows.push({ row: r + 1, cells });
  }
  if (placed && !firstOf.has('location_provenance')) {
    const s = specs.get('location_provenance');
    if (s)
      issues.add({
        sheet,
        row: r0 + 1,
        field: s.key,
        code: 'missing-column',
        params: { key: s.key, zh: s.zh, en: s.en, when: 'placed' },
      });
  }
  if (rows.length === 0) issues.add({ sheet, code: 'empty-sheet', params: {} });
  return { name: sheet, kind, columns: columns.map(({ c: _c, ...col }) => col), rows };
}

function columnHasData(grid: Grid, c: number): boolean {
  for (let r = grid.start.r + 1; r <= grid.end.r; r++) if (hasContent(grid.rows[r]?.[c])) return true;
  return false;
}

function countDataRows(grid: Grid): number {
  let n = 0;
  for (let r = grid.start.r + 1; r <= grid.end.r; r++) if (grid.rows[r]?.some(hasContent)) n++;
  return n;
}
