import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  factorValues,
  type HostContext,
  type HostLink,
  type HostPark,
  neighboursOf,
  rankHosts,
  scorePark,
  topReasons,
  type Weights,
} from '@/lib/domain/host-score';

const links: HostLink[] = [
  { id: 'up', industry: 'rubber', after: [] },
  { id: 'gap', industry: 'rubber', after: ['up'] },
  { id: 'down', industry: 'rubber', after: ['gap'] },
];
const gap = links[1] as HostLink;
const park = (id: string, over: Partial<HostPark> = {}): HostPark => ({
  id,
  leading: [],
  land_available_mu: 1000,
  access: { station_km: 30, port_km: 125, expressway_km: 20 },
  protected_share: 0,
  ...over,
});
const ctx: HostContext = {
  planParks: ['zone'],
  links,
  linksByPark: new Map([
    ['a', new Set(['up', 'down'])],
    ['b', new Set(['up'])],
  ]),
};

describe('factor values (hand-worked)', () => {
  it('a sub-zone of the plan core with both neighbours, full land, half-way distances', () => {
    const v = factorValues(gap, park('a', { parent: 'zone' }), ctx, 1000);
    // fit 1 (parent is core); cluster 2/2; land 1000/1000; rail 1−30/60; port 1−125/250; road 1−20/40
    expect(v).toEqual({ fit: 1, cluster: 1, land: 1, rail: 0.5, port: 0.5, road: 0.5, protected: 0 });
  });
  it('a park with the industry only among its leading industries and one neighbour', () => {
    const v = factorValues(gap, park('b', { leading: ['rubber'], land_available_mu: 250 }), ctx, 1000);
    expect(v.fit).toBe(0.6);
    expect(v.cluster).toBe(0.5);
    expect(v.land).toBe(0.25);
  });
  it('distances beyond the scale count 0, never negative', () => {
    const v = factorValues(
      gap,
      park('c', { access: { station_km: 90, port_km: 400, expressway_km: 0 } }),
      ctx,
      1000,
    );
    expect([v.rail, v.port, v.road]).toEqual([0, 0, 1]);
  });
  it('neighbours are the links feeding it and the links it feeds', () => {
    expect(neighboursOf(gap, links).sort()).toEqual(['down', 'up']);
  });
});

describe('scorePark', () => {
  it('with default weights (positive sum 10): park a scores 100 × (3+2+2+0.5+0.5+0.5)/10 = 85', () => {
    const { score, contributions } = scorePark(
      { fit: 1, cluster: 1, land: 1, rail: 0.5, port: 0.5, road: 0.5, protected: 0 },
      DEFAULT_WEIGHTS,
    );
    expect(score).toBeCloseTo(85, 10);
    expect(contributions.fit).toBeCloseTo(30, 10);
    expect(contributions.rail).toBeCloseTo(5, 10);
  });
  it('subtracts the protected-area penalty: 40 % inside a reserve × weight 2 / 10 = −8 points', () => {
    const { score, contributions } = scorePark(
      { fit: 1, cluster: 0, land: 0, rail: 0, port: 0, road: 0, protected: 0.4 },
      DEFAULT_WEIGHTS,
    );
    expect(contributions.protected).toBeCloseTo(-8, 10);
    expect(score).toBeCloseTo(30 - 8, 10);
  });
  it('is 0 when every positive weight is 0', () => {
    const zero: Weights = { fit: 0, cluster: 0, land: 0, rail: 0, port: 0, road: 0, protected: 5 };
    expect(
      scorePark({ fit: 1, cluster: 1, land: 1, rail: 1, port: 1, road: 1, protected: 1 }, zero).score,
    ).toBe(0);
  });
});

describe('rankHosts', () => {
  const parks = [
    park('a', { parent: 'zone' }),
    park('b', { leading: ['rubber'], land_available_mu: 250 }),
    park('nol', { parent: 'zone', land_available_mu: 0 }),
  ];
  it('ranks by score and flags a park with no land', () => {
    // a: 85 (above). b: (0.6×3 + 0.5×2 + 0.25×2 + 1.5)/10 = 48. nol: (1×3 + 0 + 0 + 1.5)/10 = 45.
    const r = rankHosts(gap, parks, ctx, DEFAULT_WEIGHTS);
    expect(r.map((x) => [x.park, Math.round(x.score * 1000) / 1000])).toEqual([
      ['a', 85],
      ['b', 48],
      ['nol', 45],
    ]);
    expect(r.find((x) => x.park === 'nol')?.noLand).toBe(true);
    expect(r.find((x) => x.park === 'nol')?.values.land).toBe(0);
    expect(topReasons(r[0] as (typeof r)[number])).toEqual(['fit', 'cluster']);
  });
  it('re-weighting changes the order: only land counts → a (1.0), b (0.25), nol (0)', () => {
    const onlyLand: Weights = { fit: 0, cluster: 0, land: 1, rail: 0, port: 0, road: 0, protected: 0 };
    expect(rankHosts(gap, parks, ctx, onlyLand).map((x) => [x.park, x.score])).toEqual([
      ['a', 100],
      ['b', 25],
      ['nol', 0],
    ]);
  });
  it('breaks ties by fit, then by park id', () => {
    const onlyRail: Weights = { fit: 0, cluster: 0, land: 0, rail: 1, port: 0, road: 0, protected: 0 };
    const tied = [park('z', { leading: ['rubber'] }), park('y'), park('x', { parent: 'zone' })];
    expect(rankHosts(gap, tied, ctx, onlyRail).map((x) => x.park)).toEqual(['x', 'z', 'y']);
  });
});

describe('what each factor rests on', () => {
  const withRecords: HostContext = {
    ...ctx,
    records: (p, l) =>
      p === 'a' && l === 'up'
        ? [{ id: 'u1', provenance: 'sample' }]
        : p === 'a' && l === 'down'
          ? [{ id: 'd1', provenance: 'public' }]
          : [],
  };
  it('cluster: the neighbour links’ records in the park; land: its figure with provenance; the rest computed', () => {
    const [a] = rankHosts(gap, [park('a', { land_provenance: 'sample' })], withRecords, DEFAULT_WEIGHTS);
    expect(a?.evidence.cluster).toEqual({ kind: 'records', ids: ['u1', 'd1'], total: 2, sample: 1 });
    expect(a?.evidence.land).toEqual({ kind: 'figure', provenance: 'sample', known: true });
    expect(a?.evidence.fit).toMatchObject({ provenance: 'official' });
    expect(a?.evidence.rail).toMatchObject({ provenance: 'estimate' });
  });
  it('a sample 0 亩 is "no land" only while sample data is included, and says it is sample', () => {
    const parks = [park('a', { land_available_mu: 0, land_provenance: 'sample' }), park('b')];
    const on = rankHosts(gap, parks, withRecords, DEFAULT_WEIGHTS).find((r) => r.park === 'a');
    expect(on).toMatchObject({
      noLand: true,
      landUnknown: false,
      evidence: { land: { provenance: 'sample' } },
    });
    const off = rankHosts(gap, parks, { ...withRecords, includeSample: false }, DEFAULT_WEIGHTS).find(
      (r) => r.park === 'a',
    );
    expect(off).toMatchObject({ noLand: false, landUnknown: true, evidence: { land: { known: false } } });
  });
  it('with sample data excluded, sample land figures do not score (the land factor is 0 for all)', () => {
    const parks = [park('a', { land_provenance: 'sample' }), park('b', { land_provenance: 'sample' })];
    const off = rankHosts(gap, parks, { ...ctx, includeSample: false }, DEFAULT_WEIGHTS);
    expect(off.map((r) => r.values.land)).toEqual([0, 0]);
    const on = rankHosts(gap, parks, ctx, DEFAULT_WEIGHTS);
    expect(on.map((r) => r.values.land)).toEqual([1, 1]);
  });
});
