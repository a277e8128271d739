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

export function matchesNode(n: FilterableNode, f: NodeFilter): boolean {
  const q = normaliseQuery(f.q);
  return (
    (f.industries.length === 0 || f.industries.includes(n.industry)) &&
    (f.stage === null || n.stage === f.stage) &&
    (f.link === null || n.link === f.link) &&
    (q === '' || n.name_zh.toLowerCase().includes(q) || n.name_en.toLowerCase().includes(q)) &&
    (!f.publicOnly || isPublicProvenance(n.provenance))
  );
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
  for (const n of nodes) if (n.in_park && matchesNode(n, f)) out[n.park] = (out[n.park] ?? 0) + 1;
  return out;
}

/** Parks with at least one matching node (all parks when nothing is filtered). */
export function activeParks(nodes: FilterableNode[], f: NodeFilter, allParks: string[]): string[] {
  if (!isFiltering(f)) return allParks;
  return [...new Set(nodes.filter((n) => matchesNode(n, f)).map((n) => n.park))].sort();
}

export function countByIndustry(nodes: FilterableNode[], f: NodeFilter): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of nodes)
    if (matchesNode(n, { ...f, industries: [] })) out[n.industry] = (out[n.industry] ?? 0) + 1;
  return out;
}
