/**
 * What an import would change, before anything is applied: the tables in force (the bureau's applied
 * record, or the shipped data) with the validated rows put in (merge or replace), the rows added,
 * changed and removed, the nodes as the data build would make them, and the verdicts that change.
 */
import type { BureauRecord, LedgerRow, StatRow } from '@/lib/data/bureau-types';
import { statRowToBuilt } from '@/lib/data/stat-rows';
import type { Catalog, NodeProps, PlaceProps } from '@/lib/schemas/catalog';
import type { BuiltStat, BuiltTarget } from '@/lib/schemas/monitor';
import { currentTables, ledgerToNodes, nodePropsOf } from '../model/build-nodes';
import { diffTables, type TablesDiff } from '../model/diff';
import { type ImportMode, type Merged, mergeImport, type Tables } from '../model/merge';
import type { AreaCollection } from '../model/validate-rows';
import { type VerdictChanges, verdictChanges } from '../model/verdict-changes';

type Nodes = { features: { properties: NodeProps; geometry: { coordinates: [number, number] } }[] };

/** What the preview reads: the data in use, the shipped nodes and statistics, the outlines, the targets. */
export interface PreviewContext {
  catalog: Catalog;
  places: PlaceProps[];
  /** The nodes in use (the bureau's while applied). */
  nodes: Nodes;
  bureau: BureauRecord | null;
  /** The shipped geo/nodes.geojson (to tell the bureau's rows from shipped ones). */
  shippedNodes: Nodes;
  /** The shipped geo/monitor.json statistics and targets. */
  shippedStats: BuiltStat[];
  targets: BuiltTarget[];
  parkOutlines: AreaCollection;
}

export interface Preview {
  current: Tables;
  merged: Merged;
  diff: TablesDiff;
  nodes: BureauRecord['nodes'];
  verdicts: VerdictChanges;
}

export function previewImport(
  ctx: PreviewContext,
  imported: { ledger: LedgerRow[] | null; stats: StatRow[] | null },
  mode: ImportMode,
  includeSample: boolean,
): Preview {
  const current = currentTables({ nodes: ctx.nodes, bureau: ctx.bureau }, ctx.shippedStats);
  const shipped = currentTables({ nodes: ctx.shippedNodes, bureau: null }, ctx.shippedStats);
  const merged = mergeImport(current, imported, mode, {
    ...(ctx.bureau ? { entered: ctx.bureau.entered } : {}),
    shipped,
  });
  const nodes = ledgerToNodes(merged.ledger, ctx.catalog, ctx.parkOutlines, merged.entered.nodes);
  const side = { catalog: ctx.catalog, places: ctx.places, targets: ctx.targets };
  const verdicts = verdictChanges(
    {
      ...side,
      nodes: nodePropsOf(ctx.nodes),
      stats: current.stats.map(statRowToBuilt),
      bureau: new Set(ctx.bureau?.entered.stats ?? []),
    },
    {
      ...side,
      nodes: nodePropsOf(nodes),
      stats: merged.stats.map(statRowToBuilt),
      bureau: new Set(merged.entered.stats),
    },
    { includeSample },
  );
  return { current, merged, diff: diffTables(current, merged), nodes, verdicts };
}
