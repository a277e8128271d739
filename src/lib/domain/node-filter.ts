/**
 * The node filter the store holds, as a predicate and as what the map needs: the same rule is sent
 * to MapLibre as global state (see map/layers/node-layers.ts), and the browser test checks the two agree.
 */
import { isPublicProvenance } from '@/lib/domain/evidence';
import type { Stage } from '@/lib/domain/stages';
import type { Provenance } from '@/lib/schemas/vocab';

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

/** Per park: matching nodes inside the park's outline (drawn as one badge at the prefecture view). */
export function parkBadgeCounts(nodes: FilterableNode[], f: NodeFilter): Record<string, number> {
  const out: Record<string, number> = {};
  const matches = nodePredicate(f);
  for (const n of nodes) if (n.in_park && matches(n)) out[n.park] = (out[n.park] ?? 0) + 1;
  return out;
}

/** Parks with at least one matching node (all parks when nothing is filtered). */
export function activeParks(nodes: FilterableNode[], f: NodeFilter, allParks: string[]): string[] {
  if (!isFiltering(f)) return allParks;
  const matches = nodePredicate(f);
  const parks = new Set<string>();
  for (const n of nodes) if (matches(n)) parks.add(n.park);
  return [...parks].sort();
}

export function countByIndustry(nodes: FilterableNode[], f: NodeFilter): Record<string, number> {
  const out: Record<string, number> = {};
  const matches = nodePredicate({ ...f, industries: [] });
  for (const n of nodes) if (matches(n)) out[n.industry] = (out[n.industry] ?? 0) + 1;
  return out;
}
