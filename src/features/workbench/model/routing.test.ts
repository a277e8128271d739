import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '@/lib/data/catalog-index';
import { DEFAULT_WEIGHTS, rankHosts } from '@/lib/domain/host-score';
import type { Project } from '@/lib/domain/project';
import { catalogSchema, nodeCollectionSchema, placeCollectionSchema } from '@/lib/schemas/catalog';
import {
  bigRuleFlag,
  checkRules,
  investmentIntensity,
  type RoutePark,
  rankProject,
  revenuePerMu,
  routeProject,
  whatWouldPass,
} from './routing';

const rules = {
  revenue_per_mu_floor_wan: { national: 600, provincial: 400, prefectural: 300 },
  rail_max_km: 30,
  port_max_km: 60,
  cold_chain_links: [],
};
const park = (id: string, over: Partial<RoutePark> = {}): RoutePark => ({
  id,
  level: 'national',
  leading: ['rubber'],
  land_available_mu: 1000,
  access: { station_km: 5, port_km: 10 },
  ...over,
});
/** A 2亿元 latex-glove project: 60 亩, 20,000 万元 invested, 40,000 万元 a year → 666.7 万元 per 亩. */
const gloves: Project = {
  industry: 'rubber',
  link: 'rubber-medical',
  landMu: 60,
  investWan: 20000,
  revenueWan: 40000,
  needsRail: true,
  needsPort: true,
  needsCold: false,
  pollution: 'light',
  overCapacity: false,
};

describe('project routing (hand-worked)', () => {
  it('revenue per 亩 = 40,000 / 60 = 666.7 万元', () => {
    expect(revenuePerMu(gloves)).toBeCloseTo(666.67, 2);
  });
  it('passes every rule in a national rubber park with land, rail and port', () => {
    const r = checkRules(gloves, park('mohan'), rules, new Set());
    expect(r.map((x) => [x.id, x.pass])).toEqual([
      ['leading', true],
      ['intensity', true],
      ['pollution', true],
      ['capacity', true],
      ['land', true],
      ['rail', true],
      ['port', true],
    ]);
    expect(r[1]?.values).toEqual({ perMu: 666.7, floor: 600, level: 'national' });
  });
  it('fails where the plan says no: wrong industry, too little land, no port, too low intensity', () => {
    const menghai = park('menghai', {
      level: 'provincial',
      leading: ['tea'],
      access: { station_km: 31, port_km: 151 },
    });
    const r = checkRules(gloves, menghai, rules, new Set());
    expect(r.filter((x) => !x.pass).map((x) => x.id)).toEqual(['leading', 'rail', 'port']);
    const lowIntensity = { ...gloves, revenueWan: 30000 }; // 500 万元/亩: under 600 (national) but over 400 (provincial)
    expect(
      checkRules(lowIntensity, park('a'), rules, new Set()).find((x) => x.id === 'intensity')?.pass,
    ).toBe(false);
    expect(
      checkRules(lowIntensity, park('b', { level: 'provincial' }), rules, new Set()).find(
        (x) => x.id === 'intensity',
      )?.pass,
    ).toBe(true);
    expect(
      checkRules(gloves, park('c', { land_available_mu: 0 }), rules, new Set()).find((x) => x.id === 'land')
        ?.values,
    ).toEqual({ need: 60, available: 0 });
  });
  it('三不引: a heavily polluting or over-capacity project fails everywhere', () => {
    const dirty = { ...gloves, pollution: 'heavy' as const, overCapacity: true };
    const r = checkRules(dirty, park('a'), rules, new Set());
    expect(r.filter((x) => !x.pass).map((x) => x.id)).toEqual(['pollution', 'capacity']);
  });
  it('cold chain counts only where the park has a cold-chain node', () => {
    const cold = { ...gloves, needsCold: true };
    expect(checkRules(cold, park('a'), rules, new Set(['a'])).at(-1)).toMatchObject({
      id: 'cold',
      pass: true,
      values: {},
    });
    expect(checkRules(cold, park('b'), rules, new Set(['a'])).at(-1)?.pass).toBe(false);
  });
  it('each rule says what it rests on; the cold-chain rule lists its records', () => {
    const cold = { ...gloves, needsCold: true };
    const ev = {
      includeSample: true,
      floorProvenance: 'official' as const,
      accessProvenance: 'estimate' as const,
      coldRecords: (id: string) => (id === 'a' ? [{ id: 'c1', provenance: 'sample' as const }] : []),
    };
    const got = checkRules(cold, park('a', { land_provenance: 'sample' }), rules, new Set(['a']), ev);
    const by = Object.fromEntries(got.map((r) => [r.id, r.evidence]));
    expect(by.leading).toEqual({ kind: 'figure', provenance: 'official', known: true });
    expect(by.land).toEqual({ kind: 'figure', provenance: 'sample', known: true });
    expect(by.cold).toEqual({ kind: 'records', ids: ['c1'], total: 1, sample: 1 });
  });
  it('with sample data excluded a sample land figure is unknown: the rule is neither passed nor failed', () => {
    const ev = {
      includeSample: false,
      floorProvenance: 'official' as const,
      accessProvenance: 'estimate' as const,
      coldRecords: () => [],
    };
    const p = park('a', { land_available_mu: 0, land_provenance: 'sample' });
    const land = checkRules(gloves, p, rules, new Set(), ev).find((r) => r.id === 'land');
    expect(land).toMatchObject({ pass: false, unknown: true, evidence: { known: false } });
    const [rank] = routeProject(gloves, [p], rules, new Set(), () => 0, ev);
    expect(rank).toMatchObject({ failed: [], unknown: ['land'], pass: false });
    // With sample data included the same 0 亩 fails the rule, as a sample figure.
    const withSample = checkRules(gloves, p, rules, new Set(), { ...ev, includeSample: true });
    expect(withSample.find((r) => r.id === 'land')).toMatchObject({
      pass: false,
      evidence: { provenance: 'sample' },
    });
  });
  it('ranks passing parks first, then by fewest failures, then by score', () => {
    const parks = [
      park('fails2', { leading: [], land_available_mu: 0 }),
      park('ok-low'),
      park('ok-high'),
      park('fails1', { leading: [] }),
    ];
    const score = (id: string) => ({ 'ok-low': 10, 'ok-high': 50, fails1: 90, fails2: 99 })[id] ?? 0;
    expect(
      routeProject(gloves, parks, rules, new Set(), score).map((r) => [r.park, r.pass, r.failed.length]),
    ).toEqual([
      ['ok-high', true, 0],
      ['ok-low', true, 0],
      ['fails1', false, 1],
      ['fails2', false, 2],
    ]);
  });
});

describe('what would pass (each failed rule, computed)', () => {
  const parks = [
    park('mohan'),
    park('menghai', {
      level: 'provincial',
      leading: ['tea'],
      land_available_mu: 20,
      access: { station_km: 31, port_km: 151 },
    }),
    park('gasa', {
      level: 'prefectural',
      leading: ['biomed'],
      land_available_mu: 3100,
      land_provenance: 'sample',
    }),
  ];
  const byPark = (p: Project, id: string) =>
    routeProject(p, parks, rules, new Set(['gasa']), () => 0).find((r) => r.park === id)?.rules ?? [];
  const fix = (p: Project, id: string, rule: string) => byPark(p, id).find((r) => r.id === rule)?.wouldPass;

  it('revenue: 30,000 万元 on 60 亩 is 500 万元/亩; a national park needs 600 × 60 = 36,000 万元, or at most 50 亩', () => {
    const low = { ...gloves, revenueWan: 30000 };
    expect(fix(low, 'mohan', 'intensity')).toEqual({
      id: 'intensity',
      floor: 600,
      landMu: 60,
      revenueWan: 36000,
      maxLandMu: 50,
    });
    // The provincial floor (400) is met: nothing to say there.
    expect(fix(low, 'menghai', 'intensity')).toBeUndefined();
  });
  it('leading industry: the parks that have it as leading', () => {
    expect(fix(gloves, 'menghai', 'leading')).toEqual({ id: 'leading', parks: ['mohan'] });
    expect(fix({ ...gloves, industry: 'biomed' }, 'mohan', 'leading')).toEqual({
      id: 'leading',
      parks: ['gasa'],
    });
  });
  it('land: needed vs available, the shortfall, and the parks with enough', () => {
    expect(fix(gloves, 'menghai', 'land')).toEqual({
      id: 'land',
      need: 60,
      available: 20,
      short: 40,
      parks: ['mohan', 'gasa'],
    });
  });
  it('with sample data excluded a park whose only land figure is sample is not offered as having enough', () => {
    const ev = {
      includeSample: false,
      floorProvenance: 'official' as const,
      accessProvenance: 'estimate' as const,
      coldRecords: () => [],
    };
    const r = routeProject(gloves, parks, rules, new Set(), () => 0, ev).find((x) => x.park === 'menghai');
    expect(r?.rules.find((x) => x.id === 'land')?.wouldPass).toMatchObject({ parks: ['mohan'] });
  });
  it("access: the distance allowed, this park's, and the parks within it; cold chain: the parks with it", () => {
    expect(fix(gloves, 'menghai', 'rail')).toEqual({ id: 'rail', km: 31, max: 30, parks: ['mohan', 'gasa'] });
    expect(fix(gloves, 'menghai', 'port')).toEqual({
      id: 'port',
      km: 151,
      max: 60,
      parks: ['mohan', 'gasa'],
    });
    expect(fix({ ...gloves, needsCold: true }, 'mohan', 'cold')).toEqual({ id: 'cold', parks: ['gasa'] });
  });
  it('三不引 failures say what is needed, with no figures; a passed or unknown rule has no fix', () => {
    expect(fix({ ...gloves, pollution: 'heavy' }, 'mohan', 'pollution')).toEqual({ id: 'pollution' });
    expect(fix({ ...gloves, overCapacity: true }, 'mohan', 'capacity')).toEqual({ id: 'capacity' });
    expect(byPark(gloves, 'mohan').every((r) => r.wouldPass === undefined)).toBe(true);
    const unknownLand = checkRules(gloves, park('x', { land_available_mu: undefined }), rules, new Set());
    const land = unknownLand.find((r) => r.id === 'land');
    if (!land) throw new Error('no land rule');
    expect(land.unknown).toBe(true);
    expect(whatWouldPass(land, gloves, park('x'), parks, rules, new Set())).toBeUndefined();
  });
});

describe('投资强度 and the 5亿 rule', () => {
  it('投资强度 = 20,000 万元 / 60 亩 = 333.3 万元/亩; the shipped rules (like the plan) set no floor, so no rule', () => {
    expect(investmentIntensity(gloves, rules)).toEqual({ perMu: 333.3, floors: {} });
    expect(checkRules(gloves, park('a'), rules, new Set()).some((r) => r.id === 'investment')).toBe(false);
  });
  it('where the rules give a floor it is checked, and a failure says the investment the land needs', () => {
    const withFloor = { ...rules, invest_per_mu_floor_wan: { national: 400 } };
    const r = checkRules(gloves, park('a'), withFloor, new Set()).find((x) => x.id === 'investment');
    expect(r).toMatchObject({ pass: false, values: { perMu: 333.3, floor: 400, level: 'national' } });
    const [rank] = routeProject(gloves, [park('a')], withFloor, new Set(), () => 0);
    expect(rank?.rules.find((x) => x.id === 'investment')?.wouldPass).toEqual({
      id: 'investment',
      floor: 400,
      landMu: 60,
      investWan: 24000,
    });
    // No floor for a provincial park in these rules: not checked there.
    expect(
      checkRules(gloves, park('b', { level: 'provincial' }), withFloor, new Set()).some(
        (x) => x.id === 'investment',
      ),
    ).toBe(false);
  });
  it('counts toward the 5亿 rule only over 50,000 万元 (超5亿元: exactly 5亿 does not)', () => {
    expect(bigRuleFlag({ investWan: 20000 })).toEqual({ counts: false, thresholdWan: 50000 });
    expect(bigRuleFlag({ investWan: 50000 }).counts).toBe(false);
    expect(bigRuleFlag({ investWan: 50001 }).counts).toBe(true);
  });
});

describe('rankProject over the shipped catalogue', () => {
  const geo = (f: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/geo', f), 'utf8'));
  const catalog = catalogSchema.parse(geo('catalog.json'));
  const ix = buildCatalogIndex(
    catalog,
    nodeCollectionSchema.parse(geo('nodes.geojson')).features.map((f) => f.properties),
    placeCollectionSchema.parse(geo('places.geojson')).features.map((f) => f.properties),
  );
  it('checks every host park, ranks passes first, and breaks ties by the host score of the link', () => {
    const ranks = rankProject(gloves, ix, catalog.rules, DEFAULT_WEIGHTS);
    expect(ranks.map((r) => r.park).sort()).toEqual(ix.hostParks.map((p) => p.id).sort());
    for (let i = 1; i < ranks.length; i++) {
      const [a, b] = [ranks[i - 1], ranks[i]] as [(typeof ranks)[0], (typeof ranks)[0]];
      expect(a.failed.length <= b.failed.length).toBe(true);
      if (a.failed.length === b.failed.length) expect(a.score).toBeGreaterThanOrEqual(b.score);
    }
    const link = ix.link('rubber-medical');
    if (!link) throw new Error('the catalogue has no rubber-medical link');
    const hosts = rankHosts(link, ix.hostParks, ix.hostContext('rubber'), DEFAULT_WEIGHTS);
    for (const r of ranks) expect(r.score).toBeCloseTo(hosts.find((h) => h.park === r.park)?.score ?? 0);
  });
  it('without a link every score is 0 and the order is by failures, then id', () => {
    const ranks = rankProject({ ...gloves, link: null }, ix, catalog.rules, DEFAULT_WEIGHTS);
    expect(ranks.every((r) => r.score === 0)).toBe(true);
  });
});
