/**
 * The record an apply saves (BureauRecord): the tables after the import, their nodes built as the data
 * build would (ledgerToNodes, done by the preview), what the bureau entered, over which shipped data,
 * when, from which files.
 */
import { BUREAU_RECORD_VERSION, type BureauRecord } from '@/lib/data/bureau-types';
import type { Merged } from '../model/merge';

export function buildRecord(
  merged: Merged,
  nodes: BureauRecord['nodes'],
  ctx: { baseVersion: string; files: string[]; now: Date },
): BureauRecord {
  return {
    version: BUREAU_RECORD_VERSION,
    appliedAt: ctx.now.toISOString(),
    baseVersion: ctx.baseVersion,
    files: [...ctx.files],
    ledger: merged.ledger,
    stats: merged.stats,
    entered: { nodes: [...merged.entered.nodes], stats: [...merged.entered.stats] },
    nodes,
  };
}
