/**
 * Sheets as the spreadsheet reader hands them to validateSheets (one column per data/ key, in the
 * template's order, letters A, B, …; data from row 2, under the header row), and rows to put in them.
 */
import type { ImportSheet } from '@/features/bureau/model/validate-rows';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';

const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);

export function sheetOf(
  name: string,
  kind: 'ledger' | 'stats',
  rows: Record<string, string>[],
  firstRow = 2,
): ImportSheet {
  const keys = kind === 'ledger' ? NODE_COLUMNS : PARK_STAT_COLUMNS;
  return {
    name,
    kind,
    columns: keys.map((key, i) => ({ letter: letter(i), header: key, key })),
    rows: rows.map((cells, i) => ({ row: firstRow + i, cells })),
  };
}

/** The letter of a column key in sheetOf's sheets. */
export const columnLetter = (kind: 'ledger' | 'stats', key: string): string =>
  letter((kind === 'ledger' ? (NODE_COLUMNS as readonly string[]) : PARK_STAT_COLUMNS).indexOf(key));

/** A public firm on the tea chain's health-products link (tea-health) in the Menghai park. */
export function teaHealthFirm(id: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    id,
    kind: 'firm',
    status: 'operating',
    leading: 'false',
    name_zh: `测试企业${id}`,
    name_en: `Test firm ${id}`,
    industry: 'tea',
    link: 'tea-health',
    park: 'menghai',
    lon: '',
    lat: '',
    investment_wan: '',
    investment_source: '',
    investment_source_zh: '',
    provenance: 'public',
    source: 'unit-test record',
    source_zh: '单元测试记录',
    as_of: '2026-11',
    location_provenance: '',
    location_source: '',
    location_source_zh: '',
    note: '',
    note_zh: '',
    ...over,
  };
}

/** A public park-stats row with only the given figures (or other cells). */
export function statRow(park: string, year: string, figures: Record<string, string>): Record<string, string> {
  const row: Record<string, string> = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, '']));
  return {
    ...row,
    park,
    year,
    provenance: 'public',
    source: 'unit-test figures',
    source_zh: '单元测试数据',
    as_of: `${year}-12`,
    ...figures,
  };
}
