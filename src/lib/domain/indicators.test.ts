import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluateAll, evaluateTargets } from '@/lib/domain/indicators';
import type { IndicatorInput, IndicatorResult, IndicatorScope } from '@/lib/domain/indicator-types';
import { PARK_STAT_FIGURES, type ParkStatFigure } from '@/lib/schemas/columns';
import type { BuiltStat, BuiltTarget } from '@/lib/schemas/monitor';
import { targetSchema } from '@/lib/schemas/monitor-records';
import type { Provenance } from '@/lib/schemas/vocab';

// Top-level parks a (national) and b (provincial); a-sub is a sub-zone of a and b-town a town of b:
// they count for any-over but are never added into the prefecture's sums.
const PARKS: IndicatorInput['parks'] = [
  { id: 'a', kind: 'park', level: 'national' },
  { id: 'b', kind: 'park', level: 'provincial' },
  { id: 'a-sub', kind: 'subzone', level: 'provincial', parent: 'a' },
  { id: 'b-town', kind: 'town', level: 'prefectural', parent: 'b' },
];
const PREF: IndicatorScope = { kind: 'prefecture' };
const A: IndicatorScope = { kind: 'park', park: 'a' };

type Rule = BuiltTarget['rule'];
function target(
  rule: Rule,
  inputs: ParkStatFigure[],
  value: number,
  over: Partial<BuiltTarget> = {},
): BuiltTarget {
  return {
    id: `t-${rule}`,
    group: 'scale',
    name_zh: '指标',
    name_en: 'Indicator',
    quote_zh: '原文',
    section: '一(三)',
    scope: 'both',
    rule,
    value,
    inputs,
    unit_zh: '',
    unit_en: '',
    formula_zh: '公式',
    formula_en: 'Formula',
    reading_zh: '',
    reading_en: '',
    target_year: 2025,
    provenance: 'official',
    source: 'Plan',
    source_zh: '方案',
    as_of: '2023-04-06',
    ...over,
  };
}

type Figures = Partial<Record<ParkStatFigure, number>>;
function stat(
  park: string,
  year: number,
  figures: Figures,
  provenance: Provenance = 'official',
  as_of = '2024',
): BuiltStat {
  const empty = Object.fromEntries(PARK_STAT_FIGURES.map((c) => [c, null])) as Record<ParkStatFigure, null>;
  return {
    park,
    year,
    ...empty,
    ...figures,
    provenance,
    source: 'Report',
    source_zh: '报告',
    as_of,
    note: '',
    note_zh: '',
  };
}

const one = (
  t: BuiltTarget,
  stats: BuiltStat[],
  scope: IndicatorScope = PREF,
  over: Partial<IndicatorInput> = {},
) => {
  const [r] = evaluateTargets({ targets: [t], stats, parks: PARKS, includeSample: true, ...over }, scope);
  if (!r) throw new Error('target not evaluated for this scope');
  return r;
};
const points = (r: IndicatorResult) => r.series.map((p) => [p.year, p.value, p.target]);

describe('which targets, in which order', () => {
  const targets = [
    target('count-min', ['eng_centres'], 5, { id: 'p', scope: 'prefecture' }),
    target('pct-min', ['sewage_treated_pct'], 100, { id: 'k', scope: 'park' }),
    target('pct-min', ['solid_waste_disposed_pct'], 100, { id: 'both' }),
  ];
  const input: IndicatorInput = { targets, stats: [], parks: PARKS, includeSample: true };
  it('prefecture: scope prefecture or both; a park: park or both; targets order kept', () => {
    expect(evaluateTargets(input, PREF).map((r) => r.target.id)).toEqual(['p', 'both']);
    expect(evaluateTargets(input, A).map((r) => r.target.id)).toEqual(['k', 'both']);
  });
  it('evaluateAll: the prefecture and every park in input.parks', () => {
    const all = evaluateAll(input);
    expect(all.prefecture.map((r) => r.target.id)).toEqual(['p', 'both']);
    expect([...all.parks.keys()]).toEqual(['a', 'b', 'a-sub', 'b-town']);
    expect(all.parks.get('b-town')?.map((r) => [r.target.id, r.scope])).toEqual([
      ['k', { kind: 'park', park: 'b-town' }],
      ['both', { kind: 'park', park: 'b-town' }],
    ]);
  });
});

describe('no data', () => {
  it('no rows: no-data, the input columns missing, no figures, the goal still shown', () => {
    const r = one(target('ratio-min', ['leading_revenue_wan', 'revenue_wan'], 60), [], A);
    expect(r).toMatchObject({ status: 'no-data', value: null, year: null, goal: 60, series: [], asOf: null });
    expect(r.reason).toEqual({ code: 'missing', columns: ['leading_revenue_wan', 'revenue_wan'] });
    expect(r.evidence).toEqual({ figures: 0, sample: 0, bureau: 0 });
  });
  it('a row giving only a: b is missing, in that year; other parks’ rows do not count for park a', () => {
    const stats = [
      stat('a', 2024, { leading_revenue_wan: 700 }),
      stat('b', 2024, { leading_revenue_wan: 1, revenue_wan: 2 }),
    ];
    const r = one(target('ratio-min', ['leading_revenue_wan', 'revenue_wan'], 60), stats, A);
    expect(r.reason).toEqual({ code: 'missing', columns: ['revenue_wan'], years: [2024] });
  });
  it('sample rows are dropped when includeSample is false', () => {
    const t = target('count-min', ['eng_centres'], 5);
    const stats = [stat('prefecture', 2024, { eng_centres: 6 }, 'sample')];
    const withSample = one(t, stats);
    expect(withSample).toMatchObject({
      status: 'met',
      value: 6,
      evidence: { figures: 1, sample: 1, bureau: 0 },
    });
    const without = one(t, stats, PREF, { includeSample: false });
    expect(without.status).toBe('no-data');
    expect(without.reason).toEqual({ code: 'missing', columns: ['eng_centres'] });
  });
  it('estimate and public rows stay when sample is excluded', () => {
    const stats = [
      stat('a', 2024, { eng_centres: 2 }, 'estimate'),
      stat('b', 2024, { eng_centres: 3 }, 'public'),
    ];
    // 2 + 3 = 5 ≥ 5
    expect(one(target('count-min', ['eng_centres'], 5), stats, PREF, { includeSample: false }).status).toBe(
      'met',
    );
  });
});

describe('the prefecture from its parks', () => {
  const eng = target('count-min', ['eng_centres'], 5);
  it('the prefecture row wins when it gives the column', () => {
    const stats = [
      stat('prefecture', 2024, { eng_centres: 4 }),
      stat('a', 2024, { eng_centres: 3 }),
      stat('b', 2024, { eng_centres: 3 }),
    ];
    // 4 (its own row), not 3 + 3: not-met, below
    const r = one(eng, stats);
    expect(r).toMatchObject({ status: 'not-met', value: 4, year: 2024, goal: 5 });
    expect(r.reason).toEqual({ code: 'below', value: 4, goal: 5 });
    expect(r.figures.map((f) => f.park)).toEqual(['prefecture']);
  });
  it('else the top-level parks added up; sub-zones and towns are not added', () => {
    const stats = [
      stat('prefecture', 2024, { industrial_output_wan: 1 }), // a row, but not giving eng_centres
      stat('a', 2024, { eng_centres: 2 }),
      stat('b', 2024, { eng_centres: 3 }),
      stat('a-sub', 2024, { eng_centres: 10 }),
      stat('b-town', 2024, { eng_centres: 10 }),
    ];
    // 2 + 3 = 5 ≥ 5 (a-sub and b-town are parts of a and b)
    const r = one(eng, stats);
    expect(r).toMatchObject({ status: 'met', value: 5, reason: { code: 'reached', value: 5, goal: 5 } });
    expect(r.figures.map((f) => f.park)).toEqual(['a', 'b']);
    expect(points(r)).toEqual([[2024, 5, 5]]);
  });
  it('a percentage is not added up: the lowest top-level park’s', () => {
    const stats = [stat('a', 2024, { sewage_treated_pct: 100 }), stat('b', 2024, { sewage_treated_pct: 90 })];
    // min(100, 90) = 90 < 100
    expect(one(target('pct-min', ['sewage_treated_pct'], 100), stats)).toMatchObject({
      status: 'not-met',
      value: 90,
    });
  });
  it('a ratio: Σa ÷ Σb over the top-level parks giving both that year', () => {
    const t = target('ratio-min', ['above_scale_rd_wan', 'above_scale_revenue_wan'], 2);
    const stats = [
      stat('prefecture', 2024, { above_scale_rd_wan: 999 }), // a without b: not used
      stat('a', 2024, { above_scale_rd_wan: 30, above_scale_revenue_wan: 1000 }),
      stat('b', 2024, { above_scale_rd_wan: 10, above_scale_revenue_wan: 1000 }),
      stat('b-town', 2024, { above_scale_rd_wan: 100, above_scale_revenue_wan: 100 }),
    ];
    // (30 + 10) ÷ (1000 + 1000) × 100 = 2 ≥ 2
    const r = one(t, stats);
    expect(r).toMatchObject({ status: 'met', value: 2 });
    expect(r.figures).toHaveLength(4);
    // With the prefecture's own a and b: 30 ÷ 3000 × 100 = 1 < 2
    stats[0] = stat('prefecture', 2024, { above_scale_rd_wan: 30, above_scale_revenue_wan: 3000 });
    expect(one(t, stats)).toMatchObject({ status: 'not-met', value: 1 });
  });
});

describe('growth from sums: like with like', () => {
  it('a park that starts reporting later is not growth; only parks giving both years are added', () => {
    const t = target('cagr', ['revenue_wan'], 15, { scope: 'both' });
    const stats = [
      stat('a', 2023, { revenue_wan: 100_000 }),
      stat('a', 2024, { revenue_wan: 110_000 }),
      stat('b', 2024, { revenue_wan: 90_000 }), // b reports from 2024 only
    ];
    // Without the rule: (110,000 + 90,000) ÷ 100,000 − 1 = 100 %. With it: a only, 110,000 ÷ 100,000 − 1 = 10 %
    const r = one(t, stats);
    expect(r.value).toBeCloseTo(10, 9);
    expect(r.status).toBe('not-met');
    expect(r.figures.map((f) => `${f.park}${f.year}`)).toEqual(['a2023', 'a2024']);
  });
  it('doubling adds up the same parks in every year', () => {
    const t = target('doubling', ['industrial_firms'], 2, { scope: 'both' });
    const stats = [
      stat('a', 2020, { industrial_firms: 10 }),
      stat('b', 2020, { industrial_firms: 10 }),
      stat('a', 2024, { industrial_firms: 30 }),
      stat('b', 2024, { industrial_firms: 10 }),
      stat('a-sub', 2024, { industrial_firms: 50 }), // a part of a: never added
    ];
    // (30 + 10) ÷ (10 + 10) = 2 ≥ 2: met
    expect(one(t, stats)).toMatchObject({ status: 'met', value: 2, baseYear: 2020, year: 2024 });
    // b missing in 2024: a only, 30 ÷ 10 = 3
    expect(
      one(
        t,
        stats.filter((r) => !(r.park === 'b' && r.year === 2024)),
      ),
    ).toMatchObject({ value: 3 });
  });
});

describe('evidence', () => {
  const stats = [
    stat('a', 2023, { eng_centres: 1 }, 'official', '2024-06'),
    stat('b', 2023, { eng_centres: 1 }, 'sample', '2024-12-31'),
    stat('a', 2024, { eng_centres: 2 }, 'official', '2025'),
    stat('b', 2024, { eng_centres: 4 }, 'sample', '2025-01'),
  ];
  it('counts figures, sample and the bureau’s own; asOf is the newest as_of', () => {
    const r = one(target('count-min', ['eng_centres'], 5), stats, PREF, {
      bureau: new Set(['a~2024', 'b~2023']),
    });
    // series 2023: 1 + 1 = 2; 2024: 2 + 4 = 6 ≥ 5; four figures, two sample, two entered by the bureau
    expect(points(r)).toEqual([
      [2023, 2, 5],
      [2024, 6, 5],
    ]);
    expect(r.evidence).toEqual({ figures: 4, sample: 2, bureau: 2 });
    expect(r.figures.filter((f) => f.bureau).map((f) => `${f.park}~${f.year}`)).toEqual(['b~2023', 'a~2024']);
    // '2025-01' > '2025' > '2024-12-31' > '2024-06' as text
    expect(r.asOf).toBe('2025-01');
  });
});

describe('share-gain (percentage points since the base year)', () => {
  const t = target('share-gain', ['industrial_output_wan'], 10, { scope: 'prefecture' });
  const year = (y: number, prefecture: number, a: number, b: number) => [
    stat('prefecture', y, { industrial_output_wan: prefecture }),
    stat('a', y, { industrial_output_wan: a }),
    stat('b', y, { industrial_output_wan: b }),
    stat('a-sub', y, { industrial_output_wan: 500 }),
  ];
  // 2020: (2000 + 1000) ÷ 10000 = 30 % (a-sub's 500 not added)
  const base = year(2020, 10000, 2000, 1000);
  it('met: 2024 (3600 + 1200) ÷ 12000 = 40 %, gain 10 ≥ 10; pace 10 × 4 ÷ 5 = 8', () => {
    const r = one(t, [...base, ...year(2024, 12000, 3600, 1200)]);
    expect(r).toMatchObject({ status: 'met', year: 2024, baseYear: 2020, goal: 10 });
    expect(r.value).toBeCloseTo(10, 9);
    expect(r.series.map((p) => [p.year, +(p.value ?? NaN).toFixed(6), p.target])).toEqual([
      [2020, 0, 0],
      [2024, 10, 8],
    ]);
    expect(r.figures).toHaveLength(6); // two years × (a, b, prefecture)
  });
  it('on-track: 2023 3700 ÷ 10000 = 37 %, gain 7 ≥ pace 10 × 3 ÷ 5 = 6', () => {
    const r = one(t, [...base, ...year(2023, 10000, 2700, 1000)]);
    expect(r.status).toBe('on-track');
    expect(r.reason).toMatchObject({ code: 'ahead-of-pace', pace: 6, goal: 10, year: 2023 });
    expect(r.reason.code === 'ahead-of-pace' && r.reason.value).toBeCloseTo(7, 9);
  });
  it('behind-pace: 2023 35 %, gain 5 < 6', () => {
    const r = one(t, [...base, ...year(2023, 10000, 2500, 1000)]);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'behind-pace', pace: 6 } });
  });
  it('below once the target year is reached: 2025 38 %, gain 8 < 10', () => {
    const r = one(t, [...base, ...year(2025, 10000, 2800, 1000)]);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'below', goal: 10 } });
  });
  it('no 2020: the earliest year is the base (2021 → 2023: pace 10 × 2 ÷ 4 = 5)', () => {
    // 2021 30 %, 2023 36 %: gain 6 ≥ 5
    const r = one(t, [...year(2021, 10000, 2000, 1000), ...year(2023, 10000, 2600, 1000)]);
    expect(r).toMatchObject({ status: 'on-track', baseYear: 2021, reason: { pace: 5 } });
  });
  it('2020 is the base even with an earlier year; years before it are left out', () => {
    const r = one(t, [...year(2019, 10000, 1000, 1000), ...base, ...year(2024, 12000, 3600, 1200)]);
    expect(r.baseYear).toBe(2020);
    expect(r.series.map((p) => p.year)).toEqual([2020, 2024]);
  });
  it('one year only: no-data one-year, the figures it had kept', () => {
    const r = one(t, base);
    expect(r).toMatchObject({ status: 'no-data', reason: { code: 'one-year' }, value: null });
    expect(r.evidence.figures).toBe(3);
  });
  it('the numerator never uses the prefecture row: parks without a prefecture row give no share', () => {
    const stats = [
      stat('a', 2020, { industrial_output_wan: 1 }),
      stat('a', 2024, { industrial_output_wan: 2 }),
    ];
    expect(one(t, stats).reason).toEqual({
      code: 'missing',
      columns: ['industrial_output_wan'],
      years: [2020, 2024],
    });
  });
  it('a prefecture total of 0: no-data zero', () => {
    expect(one(t, year(2020, 0, 1, 1)).reason).toEqual({
      code: 'zero',
      column: 'industrial_output_wan',
      year: 2020,
    });
  });
});

describe('cagr (average growth per year)', () => {
  const t = target('cagr', ['revenue_wan'], 15);
  const rev = (park: string, byYear: Record<number, number>) =>
    Object.entries(byYear).map(([y, v]) => stat(park, Number(y), { revenue_wan: v }));
  it('met: 10000 → 20113.571875 in 2025 = 1.15^5, g = 15 %', () => {
    const r = one(t, rev('a', { 2020: 10000, 2025: 20113.571875 }), A);
    expect(r).toMatchObject({ status: 'met', baseYear: 2020, year: 2025, reason: { code: 'reached' } });
    expect(r.value).toBeCloseTo(15, 9);
  });
  it('on-track: 10000 → 13225 by 2022, (1.3225)^(1/2) = 1.15; the series annualises the gap', () => {
    const r = one(t, rev('a', { 2020: 10000, 2022: 13225 }), A);
    expect(r).toMatchObject({
      status: 'on-track',
      reason: { code: 'ahead-of-pace', pace: 15, goal: 15, year: 2022 },
    });
    expect(r.series).toHaveLength(1);
    expect(r.series[0]?.value).toBeCloseTo(15, 9);
    expect(r.series[0]?.target).toBe(15);
  });
  it('behind-pace: 10000, 11000, 12100 (2020, 2021, 2023): g = 1.21^(1/3) − 1 = 6.56 %', () => {
    const r = one(t, rev('a', { 2020: 10000, 2021: 11000, 2023: 12100 }), A);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'behind-pace' } });
    expect(r.value).toBeCloseTo(6.5602, 3);
    // year on year: 11000 ÷ 10000 = +10 %; 2021 → 2023: (12100 ÷ 11000)^(1/2) − 1 = 4.881 %
    expect(r.series.map((p) => [p.year, +(p.value ?? NaN).toFixed(3)])).toEqual([
      [2021, 10],
      [2023, 4.881],
    ]);
  });
  it('below in the target year: 10000 → 15000 by 2025, 1.5^(1/5) − 1 = 8.45 %', () => {
    const r = one(t, rev('a', { 2020: 10000, 2025: 15000 }), A);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'below', goal: 15 } });
    expect(r.value).toBeCloseTo(8.4472, 3);
  });
  it('a base-year value of 0: no-data zero (growth from 0 is undefined)', () => {
    const r = one(t, rev('a', { 2020: 0, 2022: 500 }), A);
    expect(r).toMatchObject({
      status: 'no-data',
      reason: { code: 'zero', column: 'revenue_wan', year: 2020 },
    });
    expect(r.evidence.figures).toBe(2);
  });
  it('one year: no-data one-year', () => {
    expect(one(t, rev('a', { 2024: 10 }), A).reason).toEqual({ code: 'one-year' });
  });
  it('the prefecture: (4000 + 6000) → (5000 + 6500) = 11500, g = 15 % in 2021: on-track', () => {
    const r = one(t, [...rev('a', { 2020: 4000, 2021: 5000 }), ...rev('b', { 2020: 6000, 2021: 6500 })]);
    expect(r.status).toBe('on-track');
    expect(r.value).toBeCloseTo(15, 9);
  });
});

describe('any-over (one park over the goal)', () => {
  const t = target('any-over', ['revenue_wan'], 1_000_000, { scope: 'prefecture' });
  const rev = (park: string, year: number, v: number) => stat(park, year, { revenue_wan: v });
  it('met: the top park’s latest year reaches it (a sub-zone counts too)', () => {
    const r = one(t, [rev('a', 2024, 900_000), rev('a-sub', 2023, 1_000_000)]);
    expect(r).toMatchObject({ status: 'met', value: 1_000_000, year: 2023, reason: { code: 'reached' } });
  });
  it('on-track: a 640,000 → 800,000 (2020 → 2022), carried on: 800,000 × 1.25^(3/2) = 1,118,034', () => {
    const stats = [rev('a', 2020, 640_000), rev('a', 2022, 800_000), rev('b', 2020, 700_000)];
    const r = one(t, stats);
    expect(r).toMatchObject({ status: 'on-track', value: 800_000, year: 2022, baseYear: 2020 });
    expect(r.reason).toMatchObject({ code: 'ahead-of-pace', pace: 1_000_000, year: 2025, projected: true });
    expect(r.reason.code === 'ahead-of-pace' && r.reason.value).toBeCloseTo(1_118_033.99, 1);
    // series: the highest park each year (2020: b's 700,000 over a's 640,000)
    expect(points(r)).toEqual([
      [2020, 700_000, 1_000_000],
      [2022, 800_000, 1_000_000],
    ]);
    // a's 2022, b's 2020 (each park's latest) and a's 2020 (the projection's base)
    expect(r.figures.map((f) => `${f.park}~${f.year}`)).toEqual(['a~2022', 'b~2020', 'a~2020']);
  });
  it('behind-pace: 500,000 → 600,000 (2020 → 2024): 600,000 × 1.2^(1/4) = 600,000 × 1.046635 = 627,981', () => {
    const r = one(t, [rev('a', 2020, 500_000), rev('a', 2024, 600_000)]);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'behind-pace', projected: true } });
    expect(r.reason.code === 'behind-pace' && r.reason.value).toBeCloseTo(627_981.08, 1);
  });
  it('one year for the top park, or its latest year already the target year: below', () => {
    expect(one(t, [rev('a', 2024, 900_000)]).reason).toEqual({
      code: 'below',
      value: 900_000,
      goal: 1_000_000,
    });
    const r = one(t, [rev('a', 2020, 100_000), rev('a', 2025, 900_000)]);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'below' } });
  });
  it('no park gives it: no-data missing', () => {
    expect(one(t, [stat('prefecture', 2024, { revenue_wan: 5_000_000 })]).reason).toEqual({
      code: 'missing',
      columns: ['revenue_wan'],
    });
  });
});

describe('doubling (a multiple of the base year)', () => {
  const t = target('doubling', ['industrial_firms'], 2);
  const firms = (byYear: Record<number, number>) =>
    Object.entries(byYear).map(([y, v]) => stat('a', Number(y), { industrial_firms: v }));
  it('met: 40 → 80 = 2×', () => {
    expect(one(t, firms({ 2020: 40, 2024: 80 }), A)).toMatchObject({ status: 'met', value: 2 });
  });
  it('on-track: 40 → 62 by 2023 = 1.55 ≥ pace 2^(3/5) = 1.5157', () => {
    const r = one(t, firms({ 2020: 40, 2023: 62 }), A);
    expect(r).toMatchObject({ status: 'on-track', value: 1.55, reason: { code: 'ahead-of-pace' } });
    expect(r.series.map((p) => [p.year, p.value, +(p.target ?? NaN).toFixed(4)])).toEqual([
      [2020, 1, 1],
      [2023, 1.55, 1.5157],
    ]);
  });
  it('behind-pace: 40 → 60 by 2023 = 1.5 < 1.5157', () => {
    expect(one(t, firms({ 2020: 40, 2023: 60 }), A)).toMatchObject({
      status: 'not-met',
      reason: { code: 'behind-pace' },
    });
  });
  it('below in 2025: 40 → 70 = 1.75 < 2', () => {
    expect(one(t, firms({ 2020: 40, 2025: 70 }), A).reason).toEqual({ code: 'below', value: 1.75, goal: 2 });
  });
  it('a base of 0: no-data zero', () => {
    expect(one(t, firms({ 2020: 0, 2023: 3 }), A).reason).toEqual({
      code: 'zero',
      column: 'industrial_firms',
      year: 2020,
    });
  });
});

describe('ratio-min, per-mu-by-level, count-min, pct-min (floors)', () => {
  const share = target('ratio-min', ['leading_revenue_wan', 'revenue_wan'], 60, { scope: 'park' });
  it('ratio-min: the latest year decides; 2023 700 ÷ 1000 = 70 %, 2024 500 ÷ 1000 = 50 % → not-met', () => {
    const stats = [
      stat('a', 2023, { leading_revenue_wan: 700, revenue_wan: 1000 }),
      stat('a', 2024, { leading_revenue_wan: 500, revenue_wan: 1000 }),
    ];
    const r = one(share, stats, A);
    expect(r).toMatchObject({
      status: 'not-met',
      value: 50,
      year: 2024,
      baseYear: null,
      reason: { code: 'below' },
    });
    expect(points(r)).toEqual([
      [2023, 70, 60],
      [2024, 50, 60],
    ]);
  });
  it('ratio-min: reached early counts as met (a floor); b = 0 leaves that year out', () => {
    const stats = [
      stat('a', 2022, { leading_revenue_wan: 700, revenue_wan: 1000 }),
      stat('a', 2024, { leading_revenue_wan: 5, revenue_wan: 0 }),
    ];
    expect(one(share, stats, A)).toMatchObject({
      status: 'met',
      value: 70,
      year: 2022,
      series: [{ year: 2022 }],
    });
  });
  it('ratio-min: b = 0 in every year: no-data zero', () => {
    expect(one(share, [stat('a', 2024, { leading_revenue_wan: 5, revenue_wan: 0 })], A).reason).toEqual({
      code: 'zero',
      column: 'revenue_wan',
      year: 2024,
    });
  });
  const perMu = target('per-mu-by-level', ['revenue_wan', 'land_in_use_mu'], 0, {
    scope: 'park',
    value: undefined,
    value_by_level: { national: 600, provincial: 400, prefectural: 300 },
  });
  it('per-mu-by-level: a (national) 60000 ÷ 100 = 600 ≥ 600; b (provincial) 39000 ÷ 100 = 390 < 400', () => {
    const stats = [
      stat('a', 2024, { revenue_wan: 60000, land_in_use_mu: 100 }),
      stat('b', 2024, { revenue_wan: 39000, land_in_use_mu: 100 }),
    ];
    expect(one(perMu, stats, A)).toMatchObject({ status: 'met', value: 600, goal: 600 });
    expect(one(perMu, stats, { kind: 'park', park: 'b' })).toMatchObject({
      status: 'not-met',
      value: 390,
      goal: 400,
    });
  });
  it('per-mu-by-level: a park not in the list: no-data no-level', () => {
    const r = one(perMu, [stat('zz', 2024, { revenue_wan: 1, land_in_use_mu: 1 })], {
      kind: 'park',
      park: 'zz',
    });
    expect(r).toMatchObject({ status: 'no-data', goal: null, reason: { code: 'no-level', park: 'zz' } });
  });
  it('pct-min: 100 ≥ 100 met; 99.5 not-met', () => {
    const t = target('pct-min', ['sewage_treated_pct'], 100);
    expect(one(t, [stat('a', 2024, { sewage_treated_pct: 100 })], A).status).toBe('met');
    expect(one(t, [stat('a', 2024, { sewage_treated_pct: 99.5 })], A)).toMatchObject({
      status: 'not-met',
      value: 99.5,
    });
  });
});

describe('falling (lower every year)', () => {
  const t = target('falling', ['energy_tce', 'industrial_va_wan'], 0);
  const intensity = (byYear: Record<number, number>) =>
    Object.entries(byYear).map(([y, v]) => stat('a', Number(y), { energy_tce: v, industrial_va_wan: 100 }));
  it('on-track: 100, 90, 80 tce ÷ 100 = 1.0, 0.9, 0.8 (two falls), before 2025', () => {
    const r = one(t, intensity({ 2020: 100, 2021: 90, 2022: 80 }), A);
    expect(r).toMatchObject({ status: 'on-track', value: 0.8, year: 2022, goal: null, baseYear: null });
    expect(r.reason).toEqual({ code: 'fell-every-year', years: 2 });
    expect(points(r)).toEqual([
      [2020, 1, null],
      [2021, 0.9, null],
      [2022, 0.8, null],
    ]);
  });
  it('met once the latest year is the target year (a gap year is compared across)', () => {
    const r = one(t, intensity({ 2020: 100, 2021: 90, 2022: 80, 2025: 70 }), A);
    expect(r).toMatchObject({ status: 'met', reason: { code: 'fell-every-year', years: 3 } });
  });
  it('not-met: the first rise (1.0 → 1.1 in 2021), even if it fell later', () => {
    const r = one(t, intensity({ 2020: 100, 2021: 110, 2022: 90, 2023: 100 }), A);
    expect(r).toMatchObject({ status: 'not-met', reason: { code: 'rose', year: 2021, from: 1, to: 1.1 } });
  });
  it('level is not falling: 1.0, 1.0 → rose', () => {
    expect(one(t, intensity({ 2023: 100, 2024: 100 }), A).reason).toEqual({
      code: 'rose',
      year: 2024,
      from: 1,
      to: 1,
    });
  });
  it('one year: no-data one-year', () => {
    expect(one(t, intensity({ 2024: 100 }), A)).toMatchObject({
      status: 'no-data',
      reason: { code: 'one-year' },
    });
  });
});

describe('the shipped data/targets.yaml', () => {
  const raw = parse(
    readFileSync(join(import.meta.dirname, '../../../data/targets.yaml'), 'utf8'),
  ) as unknown[];
  const targets: BuiltTarget[] = raw.map((r) => targetSchema.parse(r));
  it('with no statistics every target reads no-data, for the prefecture and for a park', () => {
    const input: IndicatorInput = { targets, stats: [], parks: PARKS, includeSample: true };
    const pref = evaluateTargets(input, PREF);
    const park = evaluateTargets(input, A);
    expect(pref.map((r) => r.target.id)).toEqual(targets.filter((t) => t.scope !== 'park').map((t) => t.id));
    expect(park.map((r) => r.target.id)).toEqual(
      targets.filter((t) => t.scope !== 'prefecture').map((t) => t.id),
    );
    for (const r of [...pref, ...park]) {
      expect(r.status, r.target.id).toBe('no-data');
      expect(r.reason.code, r.target.id).toBe('missing');
      expect(r.reason.code === 'missing' && r.reason.columns, r.target.id).toEqual(r.target.inputs);
    }
  });
  it('every target is computable: one year of made-up figures in every column gives a value or one-year', () => {
    const all = Object.fromEntries(PARK_STAT_FIGURES.map((c) => [c, 50]));
    const stats = [stat('prefecture', 2024, all), stat('a', 2024, all)];
    const input: IndicatorInput = { targets, stats, parks: PARKS, includeSample: true };
    for (const r of [...evaluateTargets(input, PREF), ...evaluateTargets(input, A)]) {
      expect(r.status === 'no-data' ? r.reason.code : 'value', r.target.id).toMatch(/^(value|one-year)$/);
    }
  });
});
