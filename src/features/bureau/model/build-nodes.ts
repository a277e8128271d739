/**
 * The ledger as the app reads it, and the tables as they stand.
 * - ledgerToNodes: data/nodes.csv rows → geo/nodes.geojson, with the data build's own nodeSchema and
 *   nodeFeature (a row without coordinates is placed inside its park's outline, `placed: true`), each
 *   node the bureau entered marked `bureau: true` (由本局录入).
 * - currentTables: the ledger and statistics now in force: the bureau's applied record, else the shipped
 *   nodes and statistics turned back into rows (what export would write).
 */
import type { BureauRecord, LedgerRow } from '@/lib/data/bureau-types';
import { nodeFeature, nodeFeatureToRow } from '@/lib/data/node-feature';
import { builtStatToRow } from '@/lib/data/stat-rows';
import type { Catalog, NodeProps } from '@/lib/schemas/catalog';
import type { BuiltStat } from '@/lib/schemas/monitor';
import { nodeSchema } from '@/lib/schemas/records';
import type { Tables } from './merge';
import { type AreaCollection, outlinesById } from './validate-rows';

/**
 * @param rows validated rows (validateSheets, or a record already applied): a row that fails here is a
 *   programming error, thrown.
 * @param entered ids shown as entered by the bureau.
 */
export function ledgerToNodes(
  rows: LedgerRow[],
  catalog: Catalog,
  parkOutlines: AreaCollection,
  entered: Iterable<string> = [],
): BureauRecord['nodes'] {
  const stage = new Map(catalog.links.map((l) => [l.id, l.stage]));
  const outlines = outlinesById(parkOutlines);
  const mine = new Set(entered);
  const features = rows.map((row) => {
    const rec = nodeSchema.parse(row);
    const linkStage = stage.get(rec.link);
    if (!linkStage) throw new Error(`node ${rec.id}: unknown chain link ${rec.link}`);
    const f = nodeFeature(rec, linkStage, outlines.get(rec.park));
    return mine.has(rec.id) ? { ...f, properties: { ...f.properties, bureau: true } } : f;
  });
  return { type: 'FeatureCollection', features };
}

/** The properties of the nodes (what the verdicts read). */
export const nodePropsOf = (nodes: { features: { properties: NodeProps }[] }): NodeProps[] =>
  nodes.features.map((f) => f.properties);

export function currentTables(
  data: {
    nodes: { features: { properties: NodeProps; geometry: { coordinates: [number, number] } }[] };
    bureau: BureauRecord | null;
  },
  stats: BuiltStat[],
): Tables {
  if (data.bureau) return { ledger: [...data.bureau.ledger], stats: [...data.bureau.stats] };
  return {
    ledger: data.nodes.features.map(nodeFeatureToRow),
    stats: stats.map(builtStatToRow),
  };
}
