/**
 * The nodes counted once by everything a filter can pick except the text query: park, inside its
 * outline or not, industry, stage, link, public or sample. Badge counts, park dimming, legend and chip
 * counts then add up cells (a few hundred at the province's scale) on each filter change instead of
 * running the predicate over every node (100,000 of them); a text query still scans the records.
 * Built once per nodes array (a data version) and kept with it. The data build writes the shipped
 * nodes' cells (geo/node-cells.json), so the browser counts only the bureau's ledger.
 */
import { isPublicProvenance } from '@/lib/domain/evidence';
import type { FilterableNode, NodeFilter } from '@/lib/domain/node-filter';

export interface CountCell {
  park: string;
  in_park: boolean;
  industry: string;
  stage: FilterableNode['stage'];
  link: string;
  public: boolean;
  n: number;
}

const cache = new WeakMap<readonly FilterableNode[], readonly CountCell[]>();

export function countCells(nodes: readonly FilterableNode[]): readonly CountCell[] {
  const hit = cache.get(nodes);
  if (hit) return hit;
  const byKey = new Map<string, CountCell>();
  for (const x of nodes) {
    const pub = isPublicProvenance(x.provenance);
    const key = `${x.park}\u0000${x.in_park ? 1 : 0}\u0000${x.industry}\u0000${x.stage}\u0000${x.link}\u0000${pub ? 1 : 0}`;
    const c = byKey.get(key);
    if (c) c.n++;
    else
      byKey.set(key, {
        park: x.park,
        in_park: x.in_park,
        industry: x.industry,
        stage: x.stage,
        link: x.link,
        public: pub,
        n: 1,
      });
  }
  const cells = [...byKey.values()];
  cache.set(nodes, cells);
  return cells;
}

/** The filter (without its text query) as a predicate over cells. */
export function cellPredicate(f: NodeFilter): (c: CountCell) => boolean {
  const industries = f.industries.length === 0 ? null : new Set(f.industries);
  const { stage, link, publicOnly } = f;
  return (c) =>
    (industries === null || industries.has(c.industry)) &&
    (stage === null || c.stage === stage) &&
    (link === null || c.link === link) &&
    (!publicOnly || c.public);
}
