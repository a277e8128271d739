/** The count cells give exactly what running the filter over every record gives. */
import { describe, expect, it } from 'vitest';
import { shippedNodes } from '../../../test/support/shipped-data';
import { countCells } from './node-counts';
import {
  activeParks,
  countByIndustry,
  type FilterableNode,
  matchCount,
  type NodeFilter,
  nodePredicate,
  parkBadgeCounts,
} from './node-filter';
import { STAGE_ORDER } from './stages';

/** The counts by brute force: the predicate over every record (what the cells replace). */
function byRecords(nodes: FilterableNode[], f: NodeFilter, parks: string[]) {
  const m = nodePredicate(f);
  const badge: Record<string, number> = {};
  const active = new Set<string>();
  let shown = 0;
  for (const x of nodes)
    if (m(x)) {
      shown++;
      active.add(x.park);
      if (x.in_park) badge[x.park] = (badge[x.park] ?? 0) + 1;
    }
  const ind: Record<string, number> = {};
  const mi = nodePredicate({ ...f, industries: [] });
  for (const x of nodes) if (mi(x)) ind[x.industry] = (ind[x.industry] ?? 0) + 1;
  const filtering = f.industries.length > 0 || f.stage !== null || f.link !== null || f.publicOnly === true;
  return { badge, active: filtering ? [...active].sort() : parks, ind, shown };
}

/** Deterministic pseudo-random nodes over a few parks, industries, links and provenances. */
function synthetic(count: number): FilterableNode[] {
  let s = 7;
  const r = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  const prov = ['official', 'public', 'estimate', 'sample'] as const;
  return Array.from({ length: count }, (_, i) => {
    const industry = ['tea', 'rubber', 'fruit', 'sugar'][r(4)] as string;
    return {
      id: `n${i}`,
      industry,
      stage: STAGE_ORDER[r(STAGE_ORDER.length)] as FilterableNode['stage'],
      link: `${industry}-${r(3)}`,
      park: ['a', 'b', 'c', 'd', 'e'][r(5)] as string,
      in_park: r(3) > 0,
      name_zh: `节点${i}`,
      name_en: `Node ${i}`,
      provenance: prov[r(4)] as FilterableNode['provenance'],
    };
  });
}

function filters(nodes: FilterableNode[]): NodeFilter[] {
  const industries = [...new Set(nodes.map((x) => x.industry))];
  const links = [...new Set(nodes.map((x) => x.link))];
  const out: NodeFilter[] = [];
  for (const ind of [[], industries.slice(0, 1), industries.slice(0, 2)])
    for (const stage of [null, ...STAGE_ORDER])
      for (const link of [null, links[0] ?? null, links.at(-1) ?? null])
        for (const publicOnly of [false, true]) out.push({ industries: ind, stage, link, q: '', publicOnly });
  return out;
}

describe('node count cells', () => {
  for (const [name, nodes] of [
    ['the shipped nodes', shippedNodes as FilterableNode[]],
    ['5,000 synthetic nodes', synthetic(5000)],
  ] as const)
    it(`${name}: badge counts, active parks, industry counts and the match count equal a scan of the records, for every filter`, () => {
      const parks = [...new Set(nodes.map((x) => x.park))].sort();
      const fs = filters(nodes);
      expect(fs.length).toBeGreaterThanOrEqual(90);
      for (const f of fs) {
        const want = byRecords(nodes, f, parks);
        expect(parkBadgeCounts(nodes, f), JSON.stringify(f)).toEqual(want.badge);
        expect(activeParks(nodes, f, parks), JSON.stringify(f)).toEqual(want.active);
        expect(countByIndustry(nodes, f), JSON.stringify(f)).toEqual(want.ind);
        expect(matchCount(nodes, f), JSON.stringify(f)).toBe(want.shown);
      }
    });

  it('are far fewer than the records, built once per nodes array, and a text query still reads the records', () => {
    const nodes = synthetic(20_000);
    const cells = countCells(nodes);
    expect(cells.reduce((a, c) => a + c.n, 0)).toBe(20_000);
    expect(cells.length).toBeLessThan(2_000);
    expect(countCells(nodes)).toBe(cells);
    const f: NodeFilter = { industries: [], stage: null, link: null, q: 'node 19999' };
    expect(matchCount(nodes, f)).toBe(1);
  });
});
