/**
 * Reading the bureau's spreadsheets: size first (no byte of a file over the limit is parsed), format by
 * the bytes, then each sheet (sheet-grid.ts). SheetJS is loaded only here, on demand (never in a
 * first-load chunk); CSV text goes through papaparse.
 */
import type { SheetIssue } from '@/lib/data/bureau-types';
import type { GridCell } from './cell-text';
import { type IssueInput, IssueList } from './issue-list';
import { englishIssueText } from './issue-text';
import { countLines, csvGrid } from './read-csv';
import { type Grid, isEmptyGrid, isNotesSheet, parseGrid } from './sheet-grid';
import { decodeSheetText, sniffFormat } from './sniff';
import { type ParsedSheet, SHEET_LIMITS, type SheetsRead } from './types';

/** A picked file (File, Blob with a name) or bytes already read. */
export type SheetInput =
  | { name: string; bytes: Uint8Array }
  | { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/** Bytes already read (a File has a bytes() method in current browsers: that is not this). */
const isRead = (f: SheetInput): f is { name: string; bytes: Uint8Array } =>
  'bytes' in f && f.bytes instanceof Uint8Array;
const sizeOf = (f: SheetInput) => (isRead(f) ? f.bytes.byteLength : f.size);
const bytesOf = async (f: SheetInput) => (isRead(f) ? f.bytes : new Uint8Array(await f.arrayBuffer()));

/** One file's sheets and problems. */
export function readSpreadsheet(file: SheetInput): Promise<SheetsRead> {
  return readSpreadsheets([file]);
}

/** All files of one pick: sheets in file order, problems in the order found. */
export async function readSpreadsheets(files: readonly SheetInput[]): Promise<SheetsRead> {
  const issues = new IssueList();
  const warnings: SheetIssue[] = [];
  const sheets: ParsedSheet[] = [];
  const total = files.reduce((s, f) => s + sizeOf(f), 0);
  if (files.length > 1 && total > SHEET_LIMITS.bytesTotal) {
    issues.add({
      sheet: '',
      code: 'too-big-total',
      params: { size: total, limit: SHEET_LIMITS.bytesTotal, files: files.length },
    });
    return { sheets, issues: issues.done(), warnings };
  }
  for (const file of files) {
    const size = sizeOf(file);
    if (size > SHEET_LIMITS.bytesPerFile) {
      issues.add({ sheet: file.name, code: 'too-big', params: { size, limit: SHEET_LIMITS.bytesPerFile } });
      continue;
    }
    const grids = await readGrids(file.name, await bytesOf(file), issues, (w) =>
      warnings.push({ ...w, message: englishIssueText(w) }),
    );
    if (!grids) continue;
    let any = false;
    for (const grid of grids) {
      if (isNotesSheet(grid.name) || isEmptyGrid(grid)) continue;
      any = true;
      if (grid.truncated) {
        issues.add({
          sheet: grid.name,
          code: 'too-many-rows',
          params: { rows: grid.truncated, limit: SHEET_LIMITS.rows },
        });
        continue;
      }
      const parsed = parseGrid(grid, issues);
      if (parsed) sheets.push(parsed);
    }
    if (!any) issues.add({ sheet: file.name, code: 'empty-sheet', params: { workbook: 1 } });
  }
  return skipEmptyBeside({ sheets, issues: issues.done(), warnings });
}

/**
 * A sheet with a header and no rows beside one with data (the template's statistics sheet left blank
 * while the ledger is filled) is not an error: it is skipped and said, and its kind is not imported (so
 * "replace" never empties a table from a blank sheet). With no data anywhere it stays an error.
 */
function skipEmptyBeside(read: SheetsRead): SheetsRead {
  if (!read.sheets.some((s) => s.rows.length > 0)) return read;
  const blank = (i: SheetIssue) => i.code === 'empty-sheet' && !i.params?.workbook;
  const skipped = read.issues.filter(blank).map((i) => {
    const w = { ...i, code: 'empty-sheet-skipped' };
    return { ...w, message: englishIssueText(w) };
  });
  return {
    sheets: read.sheets.filter((s) => s.rows.length > 0),
    issues: read.issues.filter((i) => !blank(i)),
    warnings: [...read.warnings, ...skipped],
  };
}

/** The file's sheets as grids, or undefined when it is not a spreadsheet or cannot be read (an issue added). */
async function readGrids(
  name: string,
  bytes: Uint8Array,
  issues: IssueList,
  warn: (w: IssueInput) => void,
): Promise<Grid[] | undefined> {
  const format = sniffFormat(bytes);
  if (format === 'unknown') {
    issues.add({ sheet: name, code: 'not-a-spreadsheet', params: {} });
    return undefined;
  }
  if (format === 'text') {
    const { text, guessed } = decodeSheetText(bytes);
    if (guessed) warn({ sheet: name, code: 'encoding-guessed', params: { encoding: 'GBK' } });
    const lines = countLines(text);
    if (lines - 1 > SHEET_LIMITS.rows) {
      issues.add({
        sheet: name,
        code: 'too-many-rows',
        params: { rows: lines - 1, limit: SHEET_LIMITS.rows },
      });
      return undefined;
    }
    return [csvGrid(name, text)];
  }
  return workbookGrids(name, bytes, format, issues);
}

class TooBigExpanded extends Error {
  constructor(readonly size: number) {
    super('expands past the limit');
  }
}

/**
 * A zip (xlsx, ods) re-packed uncompressed by fflate: fflate refuses damaged or truncated archives, where
 * SheetJS's own inflate can loop forever on them; the declared sizes are bounded before anything inflates.
 */
async function storedZip(bytes: Uint8Array): Promise<Uint8Array> {
  const { unzipSync, zipSync } = await import('fflate');
  let declared = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      declared += f.originalSize;
      if (declared > SHEET_LIMITS.expandedBytes) throw new TooBigExpanded(declared);
      return true;
    },
  });
  return zipSync(files, { level: 0 });
}

const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);

async function workbookGrids(
  name: string,
  input: Uint8Array,
  format: 'zip' | 'cfb' | 'xml',
  issues: IssueList,
): Promise<Grid[] | undefined> {
  let bytes = input;
  if (format === 'zip') {
    try {
      bytes = await storedZip(input);
    } catch (e) {
      if (e instanceof TooBigExpanded) {
        const params = { size: e.size, limit: SHEET_LIMITS.expandedBytes, expanded: 1 };
        issues.add({ sheet: name, code: 'too-big', params });
      } else {
        issues.add({ sheet: name, code: 'unreadable', params: { reason: `damaged zip: ${reasonOf(e)}` } });
      }
      return undefined;
    }
  }
  const XLSX = await import('@e965/xlsx');
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      cellFormula: true,
      cellDates: true,
      cellNF: true,
      dense: true,
      sheetRows: SHEET_LIMITS.rows + 2,
    });
  } catch (e) {
    const reason = reasonOf(e);
    if (format === 'xml') issues.add({ sheet: name, code: 'not-a-spreadsheet', params: {} });
    else {
      const params: Record<string, string | number> = { reason };
      if (/encrypt|password/i.test(reason)) params.encrypted = 1;
      issues.add({ sheet: name, code: 'unreadable', params });
    }
    return undefined;
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const grids: Grid[] = [];
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName];
    const ref = ws?.['!ref'];
    if (!ws || !ref) {
      grids.push({ name: sheetName, rows: [], start: { r: 0, c: 0 }, end: { r: -1, c: -1 } });
      continue;
    }
    const range = XLSX.utils.decode_range(ref);
    const full = ws['!fullref'] ? XLSX.utils.decode_range(ws['!fullref']) : range;
    grids.push({
      name: sheetName,
      rows: (ws['!data'] ?? []) as unknown as GridCell[][],
      start: range.s,
      end: range.e,
      date1904,
      ...(full.e.r > range.e.r ? { truncated: full.e.r - full.s.r } : {}),
    });
  }
  return grids;
}
