/**
 * What an import changes in the tables: records added, changed (and in which columns) and removed, for
 * the ledger (by node id) and the statistics (by `park~year`). Compared cell by cell on the canonical
 * rows (validate-rows.ts gives them as export writes them), so re-importing an exported file changes
 * nothing.
 */
import { type LedgerRow, type StatRow, statKey } from '@/lib/data/bureau-types';
import type { Tables } from './merge';

export interface KeyedDiff {
  added: string[];
  changed: { id: string; fields: string[] }[];
  removed: string[];
}

export interface TablesDiff {
  nodes: KeyedDiff;
  stats: KeyedDiff;
}

function diffKeyed<R extends Record<string, string>>(
  before: R[],
  after: R[],
  key: (r: R) => string,
): KeyedDiff {
  const old = new Map(before.map((r) => [key(r), r]));
  const now = new Set(after.map(key));
  const added: string[] = [];
  const changed: KeyedDiff['changed'] = [];
  for (const r of after) {
    const id = key(r);
    const was = old.get(id);
    if (!was) {
      added.push(id);
      continue;
    }
    const fields = [...new Set([...Object.keys(was), ...Object.keys(r)])].filter(
      (f) => (was[f] ?? '') !== (r[f] ?? ''),
    );
    if (fields.length > 0) changed.push({ id, fields });
  }
  return { added, changed, removed: before.map(key).filter((id) => !now.has(id)) };
}

export function diffTables(before: Tables, after: Tables): TablesDiff {
  return {
    nodes: diffKeyed<LedgerRow>(before.ledger, after.ledger, (r) => r.id),
    stats: diffKeyed<StatRow>(before.stats, after.stats, statKey),
  };
}

/** Whether an import changes anything at all. */
export const isEmptyDiff = (d: TablesDiff): boolean =>
  [d.nodes, d.stats].every((k) => k.added.length + k.changed.length + k.removed.length === 0);
