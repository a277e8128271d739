/**
 * What the monitoring view shows for a scope: the scopes to pick from, the evaluation's input (shipped
 * statistics or the bureau's), and the targets grouped by the plan's five groups, each with its result,
 * the parks side by side (park-scope targets on the prefecture view) and its context figures. Pure.
 */
import type { Lang } from '@/i18n/lang';
import { nameIn } from '@/i18n/lang';
import type { BureauRecord } from '@/lib/data/bureau-types';
import { statRowToBuilt } from '@/lib/data/stat-rows';
import type { IndicatorInput, IndicatorResult, IndicatorStatus } from '@/lib/domain/indicator-types';
import { evaluateTargets } from '@/lib/domain/indicators';
import type { BuiltContext, BuiltTarget, MonitorData } from '@/lib/schemas/monitor';
import { TARGET_GROUPS, type TargetGroup } from '@/lib/schemas/monitor-vocab';

export interface ParkLike {
  id: string;
  kind: 'park' | 'subzone' | 'town';
  level: 'national' | 'provincial' | 'prefectural';
  parent?: string;
  name_zh: string;
  name_en: string;
}

export interface ScopeOption {
  /** '' for the prefecture, else the park's id. */
  value: string;
  label: string;
  /** Nesting under its park (sub-zones and towns). */
  depth: 0 | 1;
}

/** The prefecture, then every park with its parts after it, by name in the language. */
export function scopeOptions(parks: readonly ParkLike[], lang: Lang, prefectureLabel: string): ScopeOption[] {
  const out: ScopeOption[] = [{ value: '', label: prefectureLabel, depth: 0 }];
  const ids = new Set(parks.map((p) => p.id));
  for (const p of parks.filter((x) => !x.parent || !ids.has(x.parent))) {
    out.push({ value: p.id, label: nameIn(lang, p), depth: 0 });
    for (const c of parks.filter((x) => x.parent === p.id))
      out.push({ value: c.id, label: nameIn(lang, c), depth: 1 });
  }
  return out;
}

/** The evaluation's input: the bureau's statistics while applied (its entries marked), else the shipped ones. */
export function indicatorInput(
  monitor: MonitorData,
  parks: readonly ParkLike[],
  includeSample: boolean,
  bureau: BureauRecord | null,
): IndicatorInput {
  return {
    targets: monitor.targets,
    stats: bureau ? bureau.stats.map(statRowToBuilt) : monitor.stats,
    parks: parks.map(({ id, kind, level, parent }) => ({ id, kind, level, ...(parent ? { parent } : {}) })),
    includeSample,
    ...(bureau ? { bureau: new Set(bureau.entered.stats) } : {}),
  };
}

/**
 * The parks compared side by side on the prefecture view: the top-level parks, and any part of a park
 * or town with statistics of its own, in catalogue order.
 */
export function comparedParks(parks: readonly ParkLike[], input: IndicatorInput): ParkLike[] {
  const withRows = new Set(input.stats.map((s) => s.park));
  return parks.filter((p) => p.kind === 'park' || withRows.has(p.id));
}

export interface ParkResult {
  park: ParkLike;
  result: IndicatorResult;
}

export interface TargetCard {
  target: BuiltTarget;
  /** The result for the view's scope; null for a park-only target on the prefecture view. */
  result: IndicatorResult | null;
  /** Each compared park's result (prefecture view, targets measured per park); else []. */
  parks: ParkResult[];
  context: BuiltContext[];
}

export interface GroupSection {
  group: TargetGroup;
  cards: TargetCard[];
}

/** The view's cards for the prefecture (park === null) or one park, grouped in the plan's order. */
export function buildView(
  monitor: MonitorData,
  input: IndicatorInput,
  parks: readonly ParkLike[],
  park: ParkLike | null,
): GroupSection[] {
  const scope = park ? ({ kind: 'park', park: park.id } as const) : ({ kind: 'prefecture' } as const);
  const results = new Map(evaluateTargets(input, scope).map((r) => [r.target.id, r]));
  const perPark = park
    ? new Map<string, IndicatorResult[]>()
    : new Map(
        comparedParks(parks, input).map((p) => [p.id, evaluateTargets(input, { kind: 'park', park: p.id })]),
      );
  const compared = park ? [] : comparedParks(parks, input);
  const cards: TargetCard[] = monitor.targets.flatMap((target) => {
    const result = results.get(target.id) ?? null;
    // A park's view shows only what is measured for a park.
    if (park && !result) return [];
    const byPark =
      park || target.scope === 'prefecture'
        ? []
        : compared.flatMap((p) => {
            const r = perPark.get(p.id)?.find((x) => x.target.id === target.id);
            return r ? [{ park: p, result: r }] : [];
          });
    return [
      { target, result, parks: byPark, context: monitor.context.filter((c) => c.target === target.id) },
    ];
  });
  return TARGET_GROUPS.map((group) => ({
    group,
    cards: cards.filter((c) => c.target.group === group),
  })).filter((g) => g.cards.length > 0);
}

/** How many parks are in each status (a target measured park by park, on the prefecture view). */
export function statusCounts(parks: readonly ParkResult[]): Record<IndicatorStatus, number> {
  const out: Record<IndicatorStatus, number> = { met: 0, 'on-track': 0, 'not-met': 0, 'no-data': 0 };
  for (const p of parks) out[p.result.status] += 1;
  return out;
}
