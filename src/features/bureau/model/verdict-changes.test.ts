import { describe, expect, it } from 'vitest';
import { RULE } from '@/lib/domain/chain-status';
import { CELL_PRESENT_FROM } from '@/lib/domain/chain-matrix';
import { DEFAULT_WEIGHTS, rankHosts } from '@/lib/domain/host-score';
import { statRowToBuilt } from '@/lib/data/stat-rows';
import { sheetOf, statRow, teaHealthFirm } from '../../../../test/support/bureau-sheets';
import {
  shippedCatalog,
  shippedIndex,
  shippedNodes,
  shippedPlaces,
} from '../../../../test/support/shipped-data';
import {
  shippedCounties,
  shippedNodeCollection,
  shippedParkOutlines,
  shippedTargets,
} from '../../../../test/support/shipped-monitor';
import { currentTables, ledgerToNodes, nodePropsOf } from './build-nodes';
import { mergeImport } from './merge';
import { validateSheets } from './validate-rows';
import { changeCount, type VerdictSide, verdictChanges } from './verdict-changes';

const ctx = { catalog: shippedCatalog, counties: shippedCounties, parkOutlines: shippedParkOutlines };
const shipped = currentTables({ nodes: shippedNodeCollection, bureau: null }, []);
const before: VerdictSide = {
  catalog: shippedCatalog,
  nodes: shippedNodes,
  places: shippedPlaces,
  stats: [],
  targets: shippedTargets,
};

/** The whole pipeline the panel runs: validate → merge → the side after. */
function afterImport(sheets: Parameters<typeof validateSheets>[0]): VerdictSide {
  const v = validateSheets(sheets, ctx);
  expect(v.issues).toEqual([]);
  const m = mergeImport(shipped, v, 'merge', { shipped });
  return {
    ...before,
    nodes: nodePropsOf(ledgerToNodes(m.ledger, shippedCatalog, shippedParkOutlines, m.entered.nodes)),
    stats: m.stats.map(statRowToBuilt),
    bureau: new Set(m.entered.stats),
  };
}

describe('verdictChanges', () => {
  it('nothing changes when nothing is imported', () => {
    const same = verdictChanges(before, afterImport([]));
    expect(changeCount(same)).toBe(0);
  });

  it('two public firms on the missing tea-health link in Menghai: link, gap and matrix cell, by hand', () => {
    // tea-health is named by the plan (plan: true), so threshold = RULE.thresholdPlan = 3; no node today.
    //   before: strength 0 < weakFrom 1 → missing; priority = min(1, 1 − 0/3) × 1.5 = 1.5
    //   each new firm: weight = (1 + [investment ≥ 1亿: no] 0 + [leading: no] 0) × (firm: 1) = 1
    //   after:  strength 1 + 1 = 2; 1 ≤ 2 < 3 → weak; priority = (1 − 2/3) × 1.5 = 0.5
    //   matrix cell tea-health × menghai: strength 2 ≥ CELL_PRESENT_FROM 2 → present (was missing)
    // Host ranks: tea-health's neighbours are [tea-refined] only, which Menghai already has; the one tea
    // link whose neighbours include tea-health (tea-refined) is strong, not a gap: no host rank moves.
    expect([RULE.thresholdPlan, RULE.weakFrom, RULE.planPriorityFactor, CELL_PRESENT_FROM]).toEqual([
      3, 1, 1.5, 2,
    ]);
    const after = afterImport([
      sheetOf('台账', 'ledger', [
        teaHealthFirm('t-1', { lon: '100.4849', lat: '21.9518', location_provenance: 'public' }),
        teaHealthFirm('t-2'),
      ]),
    ]);
    expect(after.nodes.filter((n) => n.bureau).map((n) => n.id)).toEqual(['t-1', 't-2']);
    const c = verdictChanges(before, after);
    expect(c).toEqual({
      links: [
        { industry: 'tea', link: 'tea-health', from: 'missing', to: 'weak', strength: { from: 0, to: 2 } },
      ],
      gaps: [
        { industry: 'tea', link: 'tea-health', change: 'priority', from: 1.5, to: expect.closeTo(0.5, 12) },
      ],
      hosts: [],
      cells: [{ industry: 'tea', link: 'tea-health', park: 'menghai', from: 'missing', to: 'present' }],
      targets: [],
    });
    // 含示例数据 off: the same two public records; before there was no public record (unrecorded).
    const pub = verdictChanges(before, after, { includeSample: false });
    expect(pub.links).toEqual([
      { industry: 'tea', link: 'tea-health', from: 'unrecorded', to: 'weak', strength: { from: 0, to: 2 } },
    ]);
    expect(pub.cells).toEqual([
      { industry: 'tea', link: 'tea-health', park: 'menghai', from: 'unrecorded', to: 'present' },
    ]);
  });

  it('a third firm that is a leading firm makes the link strong: it leaves the gap list', () => {
    // t-3 leading: weight (1 + 0 + 1) × 1 = 2; strength 1 + 1 + 2 = 4 ≥ 3 → strong, not a gap.
    const after = afterImport([
      sheetOf('台账', 'ledger', [
        teaHealthFirm('t-1'),
        teaHealthFirm('t-2'),
        teaHealthFirm('t-3', { leading: 'true' }),
      ]),
    ]);
    const c = verdictChanges(before, after);
    expect(c.links).toEqual([
      { industry: 'tea', link: 'tea-health', from: 'missing', to: 'strong', strength: { from: 0, to: 4 } },
    ]);
    expect(c.gaps).toEqual([{ industry: 'tea', link: 'tea-health', change: 'left', from: 1.5, to: null }]);
  });

  it('a refined-tea firm in Gasa moves Gasa up the host ranks of the two gaps next to tea-refined', () => {
    // Host score: 100 × Σ weight × factor ÷ Σ positive weights (3 + 2 + 2 + 1 + 1 + 1 = 10); the cluster
    // factor (weight 2) is the share of the link's neighbours present in the park, so a change Δ in it
    // moves the score by 100 × 2 × Δ ÷ 10 = 20Δ points.
    //   tea-storage: neighbours [tea-refined (before it), tea-trade (after it)]; Gasa has tea-trade:
    //     cluster 1/2 → 2/2, Δ = 1/2: +10 points
    //   tea-health: neighbours [tea-refined]; cluster 0 → 1, Δ = 1: +20 points
    // The other tea gaps (tea-garden, tea-tourism) do not neighbour tea-refined.
    const ix = shippedIndex(true);
    const score = (link: string, park: string) =>
      rankHosts(
        ix.link(link) as NonNullable<ReturnType<typeof ix.link>>,
        ix.hostParks,
        ix.hostContext('tea'),
        DEFAULT_WEIGHTS,
      ).find((r) => r.park === park)?.score ?? Number.NaN;
    const top3 = ['menghai', 'mohan', 'gasa'];
    // Before, Gasa is third behind Mohan for both, and the added points put it ahead of Mohan:
    expect(score('tea-storage', 'gasa') + 10).toBeGreaterThan(score('tea-storage', 'mohan'));
    expect(score('tea-health', 'gasa') + 20).toBeGreaterThan(score('tea-health', 'mohan'));
    const after = afterImport([
      sheetOf('台账', 'ledger', [teaHealthFirm('t-1', { link: 'tea-refined', park: 'gasa' })]),
    ]);
    const c = verdictChanges(before, after);
    expect(c.hosts).toEqual([
      { industry: 'tea', link: 'tea-storage', from: top3, to: ['menghai', 'gasa', 'mohan'] },
      { industry: 'tea', link: 'tea-health', from: top3, to: ['menghai', 'gasa', 'mohan'] },
    ]);
    // tea-refined was strong (6) and stays strong (7): no link or gap changes; its Gasa cell: 1 < 2 → weak.
    expect([c.links, c.gaps, c.targets]).toEqual([[], [], []]);
    expect(c.cells).toEqual([
      { industry: 'tea', link: 'tea-refined', park: 'gasa', from: 'missing', to: 'weak' },
    ]);
  });

  it('a stats import changes the monitoring statuses: Menghai revenue and land for two years, by hand', () => {
    // Menghai is a provincial park: the per-mu floor is 400 万元/亩 (value_by_level.provincial).
    //   亩均营业收入 2024 = 920,000 ÷ 2,500 = 368 < 400 → not met
    //   revenue growth: base = the earliest year given (2023, no 2020 row); (920,000 ÷ 800,000)^(1/1) − 1
    //     = 15 % ≥ 15 %, latest 2024 < target year 2025 → on track
    // The prefecture: no prefecture row, so its revenue is the top-level parks' sum = Menghai's alone:
    //   the same 15 % → on track; the 100亿 park: the top park (Menghai) 920,000 < 1,000,000 万元, carried
    //   on at its own growth to 2025: 920,000 × 1.15^1 = 1,058,000 ≥ 1,000,000 → on track.
    const after = afterImport([
      sheetOf('园区统计', 'stats', [
        statRow('menghai', '2023', { revenue_wan: '800000', land_in_use_mu: '2500' }),
        statRow('menghai', '2024', { revenue_wan: '920000', land_in_use_mu: '2500' }),
      ]),
    ]);
    const c = verdictChanges(before, after);
    expect([c.links, c.gaps, c.hosts, c.cells]).toEqual([[], [], [], []]);
    const noData = { status: 'no-data', value: null };
    expect(c.targets).toEqual([
      {
        scope: { kind: 'prefecture' },
        target: 'revenue-growth',
        from: noData,
        to: { status: 'on-track', value: expect.closeTo(15, 9) },
      },
      {
        scope: { kind: 'prefecture' },
        target: 'revenue-100yi',
        from: noData,
        to: { status: 'on-track', value: 920000 },
      },
      {
        scope: { kind: 'park', park: 'menghai' },
        target: 'revenue-growth',
        from: noData,
        to: { status: 'on-track', value: expect.closeTo(15, 9) },
      },
      {
        scope: { kind: 'park', park: 'menghai' },
        target: 'revenue-per-mu',
        from: noData,
        to: { status: 'not-met', value: 368 },
      },
    ]);
  });
});
