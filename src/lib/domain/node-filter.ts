/**
 * The node filter the store holds, as a predicate and as what the map needs: the same rule is sent
 * to MapLibre as global state (see map/layers/node-layers.ts), and the browser test checks the two agree.
 */
import { isPublicProvenance } from '@/lib/domain/evidence';
import type { Stage } from '@/lib/domain/stages';
import type { Provenance } from '@/lib/schemas/vocab';
import { type CountCell, cellPredicate, countCells } from './node-counts';

export interface NodeFilter {
  /** Selected industries; empty means all. */
  industries: string[];
  stage: Stage | null;
  link: string | null;
  /** Free text, matched case-insensitively against the Chinese and English names. */
  q: string;
  /** Official and public records only (含示例数据 off). */
  publicOnly?: boolean;
}

export interface FilterableNode {
  id: string;
  industry: string;
  stage: Stage;
  link: string;
  park: string;
  name_zh: string;
  name_en: string;
  in_park: boolean;
  provenance: Provenance;
}

export const normaliseQuery = (q: string): string => q.trim().toLowerCase();

/**
 * The filter as a predicate, prepared once (the query lower-cased, the industries a set): the panels and
 * the badge counts run it over every node on each change, 100,000 of them at the province's scale.
 */
export function nodePredicate(f: NodeFilter): (n: FilterableNode) => boolean {
  const q = normaliseQuery(f.q);
  const industries = f.industries.length === 0 ? null : new Set(f.industries);
  const { stage, link, publicOnly } = f;
  return (n) =>
    (industries === null || industries.has(n.industry)) &&
    (stage === null || n.stage === stage) &&
    (link === null || n.link === link) &&
    (q === '' || n.name_zh.toLowerCase().includes(q) || n.name_en.toLowerCase().includes(q)) &&
    (!publicOnly || isPublicProvenance(n.provenance));
}

export function matchesNode(n: FilterableNode, f: NodeFilter): boolean {
  return nodePredicate(f)(n);
}

export const isFiltering = (f: NodeFilter): boolean =>
  f.industries.length > 0 ||
  f.stage !== null ||
  f.link !== null ||
  normaliseQuery(f.q) !== '' ||
  f.publicOnly === true;

/**
 * The counts below add up the nodes' count cells when the filter has no text query, and run the
 * predicate over the records when it has one. `cells`: the data build's (geo/node-cells.json) where the
 * caller has them; else counted here once per nodes array (node-counts.ts).
 */
const byCells = (f: NodeFilter) => normaliseQuery(f.q) === '';

/** Per park: matching nodes inside the park's outline (drawn as one badge at the prefecture view). */
export function parkBadgeCounts(
  nodes: readonly FilterableNode[],
  f: NodeFilter,
  cells: readonly CountCell[] = countCells(nodes),
): Record<string, number> {
  const out: Record<string, number> = {};
  if (byCells(f)) {
    const matches = cellPredicate(f);
    for (const c of cells) if (c.in_park && matches(c)) out[c.park] = (out[c.park] ?? 0) + c.n;
    return out;
  }
  const matches = nodePredicate(f);
  for (const n of nodes) if (n.in_park && matches(n)) out[n.park] = (out[n.park] ?? 0) + 1;
  return out;
}

/** Parks with at least one matching node (all parks when nothing is filtered). */
export function activeParks(
  nodes: readonly FilterableNode[],
  f: NodeFilter,
  allParks: string[],
  cells: readonly CountCell[] = countCells(nodes),
): string[] {
  if (!isFiltering(f)) return allParks;
  const parks = new Set<string>();
  if (byCells(f)) {
    const matches = cellPredicate(f);
    for (const c of cells) if (matches(c)) parks.add(c.park);
  } else {
    const matches = nodePredicate(f);
    for (const n of nodes) if (matches(n)) parks.add(n.park);
  }
  return [...parks].sort();
}

export function countByIndustry(
  nodes: readonly FilterableNode[],
  f: NodeFilter,
  cells: readonly CountCell[] = countCells(nodes),
): Record<string, number> {
  const out: Record<string, number> = {};
  const g = { ...f, industries: [] };
  if (byCells(g)) {
    const matches = cellPredicate(g);
    for (const c of cells) if (matches(c)) out[c.industry] = (out[c.industry] ?? 0) + c.n;
    return out;
  }
  const matches = nodePredicate(g);
  for (const n of nodes) if (matches(n)) out[n.industry] = (out[n.industry] ?? 0) + 1;
  return out;
}

/** How many nodes match the filter. */
export function matchCount(
  nodes: readonly FilterableNode[],
  f: NodeFilter,
  cells: readonly CountCell[] = countCells(nodes),
): number {
  let shown = 0;
  if (byCells(f)) {
    const matches = cellPredicate(f);
    for (const c of cells) if (matches(c)) shown += c.n;
    return shown;
  }
  const matches = nodePredicate(f);
  for (const n of nodes) if (matches(n)) shown++;
  return shown;
}
