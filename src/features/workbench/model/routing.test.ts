import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '@/lib/data/catalog-index';
import { DEFAULT_WEIGHTS, rankHosts } from '@/lib/domain/host-score';
import type { Project } from '@/lib/domain/project';
import { catalogSchema, nodeCollectionSchema, placeCollectionSchema } from '@/lib/schemas/catalog';
import { checkRules, type RoutePark, rankProject, revenuePerMu, routeProject } from './routing';

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
