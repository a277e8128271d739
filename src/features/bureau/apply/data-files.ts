/**
 * The bureau's tables written back as data/ files, exactly as the data build reads them
 * (data/scripts/lib/read.ts readCsv): the header is NODE_COLUMNS / PARK_STAT_COLUMNS, one row a line
 * ending in "\n", quotes only where a cell needs them, no BOM. A planner copies the two files into data/
 * and `npm run build:data` accepts them unchanged.
 */
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { LedgerRow, StatRow } from '@/lib/data/bureau-types';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';

/** One CSV file: the columns as the header, then each row's cells in that order. */
export function dataCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const text = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { newline: '\n', quotes: false, escapeFormulae: false },
  );
  // Papa ends a header without rows with the newline already.
  return text.endsWith('\n') ? text : `${text}\n`;
}

export const DATA_FILES = { nodes: 'data/nodes.csv', stats: 'data/park-stats.csv' } as const;

/** data/nodes.csv and data/park-stats.csv in one zip. */
export function dataFilesZip(
  tables: { ledger: LedgerRow[]; stats: StatRow[] },
  mtime = new Date(),
): Uint8Array {
  return zipSync(
    {
      [DATA_FILES.nodes]: [strToU8(dataCsv(NODE_COLUMNS, tables.ledger)), { mtime }],
      [DATA_FILES.stats]: [strToU8(dataCsv(PARK_STAT_COLUMNS, tables.stats)), { mtime }],
    },
    { level: 6 },
  );
}

/** The zip's file name: the date of the data (the apply, or today). */
export const dataZipName = (at: Date): string => `xsbn-data-${at.toISOString().slice(0, 10)}.zip`;
