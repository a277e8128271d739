/**
 * What reading a spreadsheet gives: its recognised sheets, each as rows of data/ CSV text by column key,
 * and the problems found (SheetIssue, lib/data/bureau-types.ts), each naming sheet, row and column.
 */
import type { SheetIssue } from '@/lib/data/bureau-types';
import type { SheetKind } from './column-specs';

export type { SheetIssue, SheetKind };

export interface ParsedColumn {
  /** The spreadsheet's column letter (A, B, …, AA). */
  letter: string;
  /** The header cell's text as written. */
  header: string;
  /** The data/ column key it names. */
  key: string;
}

export interface ParsedRow {
  /** The spreadsheet's 1-based row number. */
  row: number;
  /**
   * Every column key of the sheet's kind: the cell as data/ CSV text (trimmed), '' when empty, when the
   * column is absent, or when the cell has a problem of its own (formula, error, date in a number column).
   */
  cells: Record<string, string>;
}

export interface ParsedSheet {
  /** The sheet's name (a CSV's: its file name). */
  name: string;
  kind: SheetKind;
  /** The recognised columns, in the sheet's order (unknown and repeated ones are left out). */
  columns: ParsedColumn[];
  /** Data rows (wholly empty rows skipped). */
  rows: ParsedRow[];
}

export interface SheetsRead {
  sheets: ParsedSheet[];
  /** Problems: any one means the import must not be applied. */
  issues: SheetIssue[];
  /** Notes that do not stop an import (an encoding guessed). */
  warnings: SheetIssue[];
}

/** The stated limits of reading spreadsheets (the GIS import's bounds, features/workbench/import/limits.ts). */
export const SHEET_LIMITS = {
  /** Bytes of one file: refused before any byte is parsed. */
  bytesPerFile: 50 * 1024 * 1024,
  /** Bytes of all files of one pick together. */
  bytesTotal: 200 * 1024 * 1024,
  /** Bytes a workbook's zip (xlsx, ods) may hold unpacked, by its declared sizes. */
  expandedBytes: 300 * 1024 * 1024,
  /** Data rows of one sheet. */
  rows: 250_000,
  /** Problems listed; the rest are counted in one last "and N more". */
  issues: 1000,
} as const;
