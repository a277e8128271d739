import { describe, expect, it } from 'vitest';
import {
  assessChain,
  bigProjectRule,
  type ChainNodeLike,
  gapPriority,
  type LinkLike,
  nodeWeight,
  rankGaps,
  statusOf,
} from '@/lib/domain/chain-status';

const node = (over: Partial<ChainNodeLike>): ChainNodeLike => ({
  id: 'n',
  kind: 'firm',
  status: 'operating',
  provenance: 'sample',
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
  it('says "no public record", not "missing", when only public records are counted', () => {
    expect(statusOf(0, true, true)).toBe('unrecorded');
    expect(statusOf(1, false, true)).toBe('weak');
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
  it('carries its evidence: records counted and how many are sample', () => {
    expect(got.map((g) => [g.link.id, g.evidence.total, g.evidence.sample])).toEqual([
      ['a', 2, 2],
      ['b', 2, 2],
      ['c', 1, 1],
      ['d', 0, 0],
    ]);
    expect(got[0]?.evidence.ids).toEqual(['a1', 'a2']);
  });
});

describe('assessChain over public records only', () => {
  // The same chain with one public firm on b: only b has a record; a, c and d have none.
  const nodes = [
    node({ id: 'a1', link: 'a' }),
    node({ id: 'b9', link: 'b', provenance: 'public', leading: true }),
    node({ id: 'c1', link: 'c', kind: 'project', investment_wan: 50000 }),
  ];
  const real = nodes.filter((n) => n.provenance !== 'sample');
  const got = assessChain(links, real, 'rubber', { publicOnly: true });
  it('recomputes from the public records: a, c, d have no public record; b is weak (2 < 3)', () => {
    expect(got.map((g) => [g.link.id, g.strength, g.status])).toEqual([
      ['a', 0, 'unrecorded'],
      ['b', 2, 'weak'],
      ['c', 0, 'unrecorded'],
      ['d', 0, 'unrecorded'],
    ]);
    expect(got[1]?.evidence).toEqual({ kind: 'records', ids: ['b9'], total: 1, sample: 0 });
    expect(got.some((g) => g.status === 'missing')).toBe(false);
  });
  it('counts unrecorded links as gaps too', () => {
    // a, d: 1.5 (plan links with nothing); c: 1 (not a plan link); b: (1 − 2/3) × 1.5 = 0.5.
    expect(rankGaps(got).map((g) => g.link.id)).toEqual(['a', 'd', 'c', 'b']);
  });
});

describe('the 5亿 rule as the plan words it (超5亿元, 落地)', () => {
  const nodes = [
    node({ id: 'exact', kind: 'project', status: 'signed', investment_wan: 50000 }),
    node({ id: 'talks', kind: 'project', status: 'talks', investment_wan: 80000 }),
    node({ id: 'plan', kind: 'project', status: 'planned', investment_wan: 1000 }),
    node({ id: 'built', kind: 'project', status: 'construction', investment_wan: 50001 }),
    node({
      id: 'firm',
      kind: 'firm',
      status: 'operating',
      investment_wan: 60000,
      industry: 'tea',
      link: 't',
    }),
  ];
  it('counts only landed (signed, building, operating) nodes of more than 50,000 万元', () => {
    const r = bigProjectRule(nodes, 'rubber');
    expect(r.landed.map((n) => n.id)).toEqual(['built']);
    expect(r.met).toBe(true);
    expect(r.pipeline.map((n) => n.id)).toEqual(['talks', 'plan']);
    expect(r.evidence).toMatchObject({ total: 4, sample: 4 });
  });
  it('exactly 5亿 is not over 5亿, and a project in talks has not landed', () => {
    const r = bigProjectRule(
      nodes.filter((n) => n.id !== 'built'),
      'rubber',
    );
    expect(r.met).toBe(false);
    expect(r.landed).toEqual([]);
  });
  it('an operating firm over 5亿 counts for its own industry only', () => {
    expect(bigProjectRule(nodes, 'tea').landed.map((n) => n.id)).toEqual(['firm']);
  });
  it('with no records at all the rule is not met and rests on nothing', () => {
    expect(bigProjectRule([], 'rubber')).toMatchObject({ met: false, evidence: { total: 0 } });
  });
});
