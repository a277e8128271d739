/**
 * The tables after an import, before anything is applied: the current ledger and statistics (the
 * bureau's applied record, or the shipped data) with the validated import put in.
 *   merge:   an imported row replaces the row with the same key (node id; stats park~year), a new key is
 *            added, every other row is kept (in the current order, new rows after).
 *   replace: the imported kind replaces its whole table; a kind not imported is kept as it is.
 *
 * "Entered by the bureau" (本局录入, `entered`): the keys whose row the bureau added or changed.
 *   entered = (previous entered ∪ keys imported now) ∩ keys still in the table
 *             − keys whose row is now exactly the shipped row (field for field)
 * so a row changed back to the shipped row is shipped data again, and a shipped row re-imported
 * unchanged never counts as the bureau's. Without `shipped`, the last step is skipped.
 */
import { type LedgerRow, type StatRow, statKey } from '@/lib/data/bureau-types';

export type ImportMode = 'merge' | 'replace';

export interface Tables {
  ledger: LedgerRow[];
  stats: StatRow[];
}

export interface Entered {
  nodes: string[];
  stats: string[];
}

export interface MergeOptions {
  /** What the bureau had entered before this import (BureauRecord.entered); none when absent. */
  entered?: Entered;
  /** The shipped tables, to tell a row the bureau changed back from a row it entered. */
  shipped?: Tables;
}

export interface Merged extends Tables {
  entered: Entered;
}

const sameRow = (a: Record<string, string>, b: Record<string, string> | undefined): boolean =>
  b !== undefined &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((k) => a[k] === b[k]);

function mergeTable<R extends Record<string, string>>(
  current: R[],
  imported: R[] | null,
  mode: ImportMode,
  key: (r: R) => string,
): R[] {
  if (imported === null) return current;
  if (mode === 'replace') return [...imported];
  const incoming = new Map(imported.map((r) => [key(r), r]));
  const kept = current.map((r) => incoming.get(key(r)) ?? r);
  const had = new Set(current.map(key));
  return [...kept, ...imported.filter((r) => !had.has(key(r)))];
}

function enteredKeys<R extends Record<string, string>>(
  table: R[],
  previous: string[],
  imported: R[] | null,
  shipped: R[] | undefined,
  key: (r: R) => string,
): string[] {
  const touched = new Set([...previous, ...(imported ?? []).map(key)]);
  const shippedBy = shipped ? new Map(shipped.map((r) => [key(r), r])) : null;
  return table
    .filter((r) => touched.has(key(r)) && !(shippedBy && sameRow(r, shippedBy.get(key(r)))))
    .map(key);
}

const nodeKey = (r: LedgerRow) => r.id;

export function mergeImport(
  current: Tables,
  imported: { ledger: LedgerRow[] | null; stats: StatRow[] | null },
  mode: ImportMode,
  { entered = { nodes: [], stats: [] }, shipped }: MergeOptions = {},
): Merged {
  const ledger = mergeTable(current.ledger, imported.ledger, mode, nodeKey);
  const stats = mergeTable(current.stats, imported.stats, mode, statKey);
  return {
    ledger,
    stats,
    entered: {
      nodes: enteredKeys(ledger, entered.nodes, imported.ledger, shipped?.ledger, nodeKey),
      stats: enteredKeys(stats, entered.stats, imported.stats, shipped?.stats, statKey),
    },
  };
}
