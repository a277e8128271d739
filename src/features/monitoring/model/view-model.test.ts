import { describe, expect, it } from 'vitest';
import { QUOTES_EN } from '@/i18n/strings/monitor';
import { built, parks, shippedMonitor, statRow } from '../../../../test/support/monitor-data';
import { buildView, comparedParks, indicatorInput, scopeOptions, statusCounts } from './view-model';

const menghai = parks.find((p) => p.id === 'menghai');
if (!menghai) throw new Error('menghai is in the shipped catalogue');

describe('scope options', () => {
  it('are the prefecture, then each park with its parts after it, by name in the language', () => {
    const zh = scopeOptions(parks, 'zh', '全州园区');
    expect(zh[0]).toEqual({ value: '', label: '全州园区', depth: 0 });
    expect(zh.map((o) => o.value)).toEqual([
      '',
      'mohan-zone',
      'mohan',
      'mengman',
      'menglun',
      'mengpeng',
      'gasa',
      'menghai',
    ]);
    expect(zh.filter((o) => o.depth === 1).map((o) => o.value)).toEqual([
      'mohan',
      'mengman',
      'menglun',
      'mengpeng',
    ]);
    expect(scopeOptions(parks, 'en', 'All').find((o) => o.value === 'menghai')?.label).toBe(
      'Menghai Industrial Park',
    );
  });
});

describe('the view on the shipped data (no park figure is published)', () => {
  const monitor = shippedMonitor();
  const input = indicatorInput(monitor, parks, true, null);

  it('shows all 16 targets for the prefecture in the plan’s five groups, none with a value', () => {
    const groups = buildView(monitor, input, parks, null);
    expect(groups.map((g) => g.group)).toEqual(['scale', 'quality', 'innovation', 'green', 'opening']);
    const cards = groups.flatMap((g) => g.cards);
    expect(cards.map((c) => c.target.id)).toEqual(monitor.targets.map((t) => t.id));
    for (const c of cards) {
      if (c.result) {
        expect(c.result.status).toBe('no-data');
        expect(c.result.value).toBeNull();
        expect(c.result.reason.code).toMatch(/missing|no-level/);
      }
    }
    // Measured park by park only: no prefecture result, the top-level parks compared.
    const perMu = cards.find((c) => c.target.id === 'revenue-per-mu');
    expect(perMu?.result).toBeNull();
    expect(perMu?.parks.map((p) => p.park.id)).toEqual(['mohan-zone', 'gasa', 'menghai']);
    expect(statusCounts(perMu?.parks ?? [])).toEqual({ met: 0, 'on-track': 0, 'not-met': 0, 'no-data': 3 });
    // Prefecture-only targets are not compared by park.
    expect(cards.find((c) => c.target.id === 'eng-centres')?.parks).toEqual([]);
  });

  it('has the plan’s words of every target in English (our translation)', () => {
    expect(Object.keys(QUOTES_EN).sort()).toEqual(monitor.targets.map((t) => t.id).sort());
  });

  it('puts each context figure under its own target', () => {
    const cards = buildView(monitor, input, parks, null).flatMap((g) => g.cards);
    const trade = cards.find((c) => c.target.id === 'trade-growth');
    expect(trade?.context.map((c) => c.id)).toEqual(['ports-trade-2024', 'ports-freight-2024']);
    expect(cards.reduce((n, c) => n + c.context.length, 0)).toBe(monitor.context.length);
  });

  it('shows a park only the targets measured for a park', () => {
    const cards = buildView(monitor, input, parks, menghai).flatMap((g) => g.cards);
    const ids = cards.map((c) => c.target.id);
    expect(ids).toContain('revenue-per-mu');
    expect(ids).toContain('leading-share');
    expect(ids).not.toContain('eng-centres');
    expect(ids).not.toContain('output-share');
    expect(ids).toHaveLength(monitor.targets.filter((t) => t.scope !== 'prefecture').length);
    expect(cards.every((c) => c.parks.length === 0 && c.result?.scope.kind === 'park')).toBe(true);
  });
});

describe('the view with figures', () => {
  // Menghai (a provincial park): revenue 120,000 万元 in 2023 and 150,000 in 2024 on 300 亩 in use.
  const rows = [
    statRow('menghai', 2023, { revenue_wan: 120000 }),
    statRow('menghai', 2024, { revenue_wan: 150000, land_in_use_mu: 300 }),
  ];
  const monitor = shippedMonitor(built(rows));

  it('evaluates the park: 150,000 ÷ 300 = 500 万元/亩 ≥ 400 (met); growth 25 % ≥ 15 % before 2025 (on track)', () => {
    const input = indicatorInput(monitor, parks, true, null);
    const cards = buildView(monitor, input, parks, menghai).flatMap((g) => g.cards);
    const perMu = cards.find((c) => c.target.id === 'revenue-per-mu')?.result;
    expect(perMu).toMatchObject({ status: 'met', value: 500, year: 2024, goal: 400 });
    const growth = cards.find((c) => c.target.id === 'revenue-growth')?.result;
    expect(growth?.status).toBe('on-track');
    expect(growth?.value).toBeCloseTo(25, 9);
  });

  it('compares the parks on the prefecture view and marks the bureau’s rows', () => {
    const bureau = {
      version: 1 as const,
      appliedAt: '2026-12-01T00:00:00Z',
      baseVersion: 'x',
      files: ['park-stats.xlsx'],
      ledger: [],
      stats: rows,
      entered: { nodes: [], stats: ['menghai~2024'] },
      nodes: { type: 'FeatureCollection' as const, features: [] },
    };
    const input = indicatorInput(shippedMonitor(), parks, true, bureau);
    expect(input.stats).toHaveLength(2);
    const cards = buildView(monitor, input, parks, null).flatMap((g) => g.cards);
    const perMu = cards.find((c) => c.target.id === 'revenue-per-mu');
    const mh = perMu?.parks.find((p) => p.park.id === 'menghai')?.result;
    expect(mh?.value).toBe(500);
    expect(mh?.evidence).toEqual({ figures: 2, sample: 0, bureau: 2 });
    expect(statusCounts(perMu?.parks ?? [])).toEqual({ met: 1, 'on-track': 0, 'not-met': 0, 'no-data': 2 });
    // The prefecture's revenue is the top-level parks' sum: only Menghai's.
    expect(cards.find((c) => c.target.id === 'revenue-growth')?.result?.status).toBe('on-track');
  });

  it('leaves sample rows out when sample data is excluded', () => {
    const sample = rows.map((r) => ({ ...r, provenance: 'sample' }));
    const m = shippedMonitor(built(sample));
    const input = indicatorInput(m, parks, false, null);
    const perMu = buildView(m, input, parks, menghai)
      .flatMap((g) => g.cards)
      .find((c) => c.target.id === 'revenue-per-mu');
    expect(perMu?.result?.status).toBe('no-data');
    expect(comparedParks(parks, input).map((p) => p.id)).toEqual(['mohan-zone', 'gasa', 'menghai']);
  });
});
