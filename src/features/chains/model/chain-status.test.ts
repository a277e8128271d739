import { describe, expect, it } from 'vitest';
import {
  assessChain,
  bigProjects,
  type ChainNodeLike,
  gapPriority,
  type LinkLike,
  nodeWeight,
  rankGaps,
  statusOf,
} from './chain-status';

const node = (over: Partial<ChainNodeLike>): ChainNodeLike => ({
  id: 'n',
  kind: 'firm',
  leading: false,
  investment_wan: null,
  industry: 'rubber',
  link: 'a',
  park: 'p1',
  ...over,
});

describe('nodeWeight', () => {
  it('is 1 for a plain firm, +1 from 1亿元, +1 for a leading firm, halved for a project', () => {
    expect(nodeWeight(node({}))).toBe(1);
    expect(nodeWeight(node({ investment_wan: 9999 }))).toBe(1);
    expect(nodeWeight(node({ investment_wan: 10000 }))).toBe(2);
    expect(nodeWeight(node({ investment_wan: 15000, leading: true }))).toBe(3);
    expect(nodeWeight(node({ kind: 'project', investment_wan: 50000 }))).toBe(1);
    expect(nodeWeight(node({ kind: 'project' }))).toBe(0.5);
  });
});

describe('statusOf', () => {
  it('uses threshold 3 for links the plan names and 2 otherwise', () => {
    expect(statusOf(0, true)).toBe('missing');
    expect(statusOf(0.5, false)).toBe('missing');
    expect(statusOf(1, false)).toBe('weak');
    expect(statusOf(2, false)).toBe('strong');
    expect(statusOf(2, true)).toBe('weak');
    expect(statusOf(3, true)).toBe('strong');
  });
});

const links: LinkLike[] = [
  { id: 'a', industry: 'rubber', stage: 'upstream', plan: true, after: [] },
  { id: 'b', industry: 'rubber', stage: 'midstream', plan: true, after: ['a'] },
  { id: 'c', industry: 'rubber', stage: 'downstream', plan: false, after: ['b'] },
  { id: 'd', industry: 'rubber', stage: 'downstream', plan: true, after: ['b'] },
  { id: 't', industry: 'tea', stage: 'upstream', plan: true, after: [] },
];

describe('assessChain (hand-worked)', () => {
  // a: two plain firms = 2 < 3 → weak. b: 15,000万 leading firm (3) + 9,500万 firm (1) = 4 → strong.
  // c: one 5亿 project = (1+1)×0.5 = 1 < 2 → weak. d: nothing → missing.
  const nodes = [
    node({ id: 'a1', link: 'a', park: 'p2' }),
    node({ id: 'a2', link: 'a', park: 'p1' }),
    node({ id: 'b1', link: 'b', investment_wan: 15000, leading: true }),
    node({ id: 'b2', link: 'b', investment_wan: 9500 }),
    node({ id: 'c1', link: 'c', kind: 'project', investment_wan: 50000 }),
    node({ id: 't1', link: 't', industry: 'tea' }),
  ];
  const got = assessChain(links, nodes, 'rubber');
  it('computes strength and status per link', () => {
    expect(got.map((g) => [g.link.id, g.strength, g.status])).toEqual([
      ['a', 2, 'weak'],
      ['b', 4, 'strong'],
      ['c', 1, 'weak'],
      ['d', 0, 'missing'],
    ]);
    expect(got[0]?.parks).toEqual(['p1', 'p2']);
  });
  it('ranks gaps: missing plan link (1.5), then a (1/3 × 1.5 = 0.5), then c (1/2 = 0.5, downstream after upstream)', () => {
    const gaps = rankGaps(got);
    expect(gaps.map((g) => g.link.id)).toEqual(['d', 'a', 'c']);
    expect(gaps[0]?.priority).toBe(1.5);
    expect(gaps[1]?.priority).toBeCloseTo(0.5, 10);
    expect(gaps[2]?.priority).toBeCloseTo(0.5, 10);
  });
  it('gap priority is bounded and never negative', () => {
    expect(gapPriority({ strength: 9, threshold: 3, link: { plan: true } })).toBe(0);
  });
  it('finds projects of at least 5亿元 for the plan rule', () => {
    expect(bigProjects(nodes, 'rubber').map((n) => n.id)).toEqual(['c1']);
    expect(bigProjects(nodes, 'tea')).toEqual([]);
  });
});
