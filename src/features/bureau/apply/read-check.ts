/**
 * Reading and checking an import: the files' sheets (sheets/read-sheets: formula, date, header and size
 * problems) and, when they read cleanly, every row against the data build's rules (model/validate-rows).
 * Pure and async; run in the bureau's worker (read-check-worker.ts), or here when no worker can start.
 */
import type { LedgerRow, SheetIssue, StatRow } from '@/lib/data/bureau-types';
import { type ValidateContext, validateSheets } from '../model/validate-rows';
import type { SheetInput } from '../sheets/read-sheets';

export type ReadCheck =
  | { ok: false; issues: SheetIssue[] }
  | { ok: true; ledger: LedgerRow[] | null; stats: StatRow[] | null; warnings: SheetIssue[] };

export async function readAndCheck(files: readonly SheetInput[], ctx: ValidateContext): Promise<ReadCheck> {
  // The spreadsheet reader (and SheetJS, for workbooks) loads only now.
  const { readSpreadsheets } = await import('../sheets/read-sheets');
  const read = await readSpreadsheets(files);
  if (read.issues.length > 0) return { ok: false, issues: read.issues };
  const checked = validateSheets(read.sheets, ctx);
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  return { ok: true, ledger: checked.ledger, stats: checked.stats, warnings: read.warnings };
}
