import { describe, expect, it } from 'vitest';
import {
  activeParks,
  countByIndustry,
  type FilterableNode,
  matchesNode,
  type NodeFilter,
  nodePredicate,
  parkBadgeCounts,
} from '@/lib/domain/node-filter';

const n = (
  id: string,
  industry: string,
  park: string,
  over: Partial<FilterableNode> = {},
): FilterableNode => ({
  id,
  industry,
  park,
  stage: 'upstream',
  link: `${industry}-x`,
  name_zh: `示例${id}`,
  name_en: `Sample ${id}`,
  in_park: true,
  provenance: 'sample',
  ...over,
});
const nodes = [
  n('a', 'rubber', 'mohan'),
  n('b', 'rubber', 'mengpeng', { stage: 'midstream', link: 'rubber-primary' }),
  n('c', 'tea', 'menghai', { name_en: 'Menghai Tea Co.', provenance: 'public' }),
  n('d', 'sugar', 'menghai', { in_park: false }),
];
const none: NodeFilter = { industries: [], stage: null, link: null, q: '' };

describe('node filter', () => {
  it('with sample data excluded keeps only official and public records, and counts as filtering', () => {
    const f = { ...none, publicOnly: true };
    expect(nodes.filter((x) => matchesNode(x, f)).map((x) => x.id)).toEqual(['c']);
    expect(activeParks(nodes, f, ['mohan', 'menghai', 'mengpeng'])).toEqual(['menghai']);
    expect(parkBadgeCounts(nodes, f)).toEqual({ menghai: 1 });
  });
  it('matches everything when nothing is set', () => {
    expect(nodes.filter((x) => matchesNode(x, none))).toHaveLength(4);
  });
  it('filters by industry, stage, link and text together', () => {
    expect(nodes.filter((x) => matchesNode(x, { ...none, industries: ['rubber'] })).map((x) => x.id)).toEqual(
      ['a', 'b'],
    );
    expect(
      nodes
        .filter((x) => matchesNode(x, { ...none, industries: ['rubber'], stage: 'midstream' }))
        .map((x) => x.id),
    ).toEqual(['b']);
    expect(nodes.filter((x) => matchesNode(x, { ...none, link: 'rubber-primary' })).map((x) => x.id)).toEqual(
      ['b'],
    );
    expect(nodes.filter((x) => matchesNode(x, { ...none, q: '  menghai TEA ' })).map((x) => x.id)).toEqual([
      'c',
    ]);
    expect(nodes.filter((x) => matchesNode(x, { ...none, q: '示例d' })).map((x) => x.id)).toEqual(['d']);
  });
  it('badges count matching nodes inside their park outline only', () => {
    expect(parkBadgeCounts(nodes, none)).toEqual({ mohan: 1, mengpeng: 1, menghai: 1 });
    expect(parkBadgeCounts(nodes, { ...none, industries: ['sugar'] })).toEqual({});
  });
  it('active parks: all without a filter, else those with a matching node', () => {
    expect(activeParks(nodes, none, ['x'])).toEqual(['x']);
    expect(activeParks(nodes, { ...none, industries: ['sugar'] }, ['x'])).toEqual(['menghai']);
  });
  it('counts per industry under the other filters (for the legend)', () => {
    expect(countByIndustry(nodes, { ...none, industries: ['tea'], stage: 'upstream' })).toEqual({
      rubber: 1,
      tea: 1,
      sugar: 1,
    });
  });
});

describe('the prepared predicate', () => {
  it('agrees with the rule read literally, over every combination of the filter’s parts', () => {
    const literal = (x: FilterableNode, f: NodeFilter) =>
      (f.industries.length === 0 || f.industries.includes(x.industry)) &&
      (f.stage === null || x.stage === f.stage) &&
      (f.link === null || x.link === f.link) &&
      (f.q.trim() === '' ||
        x.name_zh.toLowerCase().includes(f.q.trim().toLowerCase()) ||
        x.name_en.toLowerCase().includes(f.q.trim().toLowerCase())) &&
      (!f.publicOnly || x.provenance === 'official' || x.provenance === 'public');
    let checked = 0;
    for (const industries of [[], ['rubber'], ['rubber', 'tea'], ['coffee']])
      for (const stage of [null, 'upstream', 'midstream'] as const)
        for (const link of [null, 'rubber-primary'])
          for (const q of ['', '  MENGHAI ', '示例c', 'zzz'])
            for (const publicOnly of [false, true]) {
              const f: NodeFilter = { industries, stage, link, q, publicOnly };
              const p = nodePredicate(f);
              for (const x of nodes) {
                expect(p(x), JSON.stringify([x.id, f])).toBe(literal(x, f));
                checked++;
              }
            }
    expect(checked).toBe(4 * 3 * 2 * 4 * 2 * nodes.length);
  });
});
