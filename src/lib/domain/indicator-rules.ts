/**
 * The nine target rules (monitor-vocab.ts TARGET_RULES), each from its yearly series to a status. The
 * semantics are written out at the top of indicators.ts; this module implements them. Pure.
 */
import type { ParkStatFigure } from '@/lib/schemas/columns';
import type { BuiltTarget } from '@/lib/schemas/monitor';
import {
  amountSeries,
  comparableAmountSeries,
  forPark,
  type Point,
  type Series,
  type SeriesContext,
  ratioSeries,
  shareSeries,
} from './indicator-series';
import type { IndicatorInput, IndicatorResult, StatusReason } from './indicator-types';

export type Outcome = Omit<IndicatorResult, 'target' | 'scope' | 'evidence' | 'asOf'>;

/** The base year when the series has it; else its earliest year. */
export const BASE_YEAR = 2020;

/** a ≥ b, allowing for floating-point rounding (1e-9 relative). */
export const atLeast = (a: number, b: number): boolean => a >= b - 1e-9 * Math.max(1, Math.abs(b));

const figuresOf = (points: readonly Point[]) => points.flatMap((p) => p.figures);

function noData(reason: StatusReason, goal: number | null, points: readonly Point[] = []): Outcome {
  return {
    status: 'no-data',
    value: null,
    year: null,
    baseYear: null,
    goal,
    series: [],
    reason,
    figures: figuresOf(points),
  };
}

/** Why a series has no point: a zero divisor, else the columns not given (and in which years). */
function emptyReason(s: Series, inputs: readonly ParkStatFigure[]): StatusReason {
  if (s.zero) return { code: 'zero', ...s.zero };
  const columns = s.missing.length > 0 ? s.missing : [...inputs];
  return s.partialYears.length > 0
    ? { code: 'missing', columns, years: s.partialYears }
    : { code: 'missing', columns };
}

/** The points from the base year on: from 2020 when the series has it, else all of them. */
export function fromBase(points: readonly Point[]): Point[] {
  const i = points.findIndex((p) => p.year === BASE_YEAR);
  return i >= 0 ? points.slice(i) : [...points];
}

/** The straight-line pace towards `goal` for `year` (the full goal when the target year is not after the base). */
const linearPace = (goal: number, base: number, year: number, end: number) =>
  end > base ? (goal * (year - base)) / (end - base) : goal;
/** The compound pace towards a multiple `goal` for `year`. */
const compoundPace = (goal: number, base: number, year: number, end: number) =>
  end > base ? goal ** ((year - base) / (end - base)) : goal;

/** met if the goal is reached; on-track if at or above the pace before the target year; else not-met. */
function versusPace(value: number, pace: number, goal: number, year: number, end: number) {
  if (atLeast(value, goal)) return { status: 'met', reason: { code: 'reached', value, goal } } as const;
  if (year < end && atLeast(value, pace))
    return { status: 'on-track', reason: { code: 'ahead-of-pace', value, pace, goal, year } } as const;
  if (year >= end) return { status: 'not-met', reason: { code: 'below', value, goal } } as const;
  return { status: 'not-met', reason: { code: 'behind-pace', value, pace, goal, year } } as const;
}

/** The latest value against a floor (ratio-min, per-mu-by-level, count-min, pct-min). */
function floorRule(s: Series, inputs: readonly ParkStatFigure[], goal: number): Outcome {
  const latest = s.points.at(-1);
  if (!latest) return noData(emptyReason(s, inputs), goal);
  const met = atLeast(latest.value, goal);
  return {
    status: met ? 'met' : 'not-met',
    value: latest.value,
    year: latest.year,
    baseYear: null,
    goal,
    series: s.points.map((p) => ({ year: p.year, value: p.value, target: goal })),
    reason: { code: met ? 'reached' : 'below', value: latest.value, goal },
    figures: figuresOf(s.points),
  };
}

/** A two-year rule's points from the base year, or why there are none to compare. */
function baseAndLatest(s: Series, inputs: readonly ParkStatFigure[], goal: number) {
  const used = fromBase(s.points);
  const base = used[0];
  const latest = used.at(-1);
  if (!base || !latest) return { outcome: noData(emptyReason(s, inputs), goal) };
  if (used.length < 2) return { outcome: noData({ code: 'one-year' }, goal, used) };
  return { used, base, latest };
}

function shareGain(s: Series, t: BuiltTarget, goal: number): Outcome {
  const r = baseAndLatest(s, t.inputs, goal);
  if (r.outcome) return r.outcome;
  const { used, base, latest } = r;
  const gain = latest.value - base.value;
  const pace = linearPace(goal, base.year, latest.year, t.target_year);
  return {
    ...versusPace(gain, pace, goal, latest.year, t.target_year),
    value: gain,
    year: latest.year,
    baseYear: base.year,
    goal,
    series: used.map((p) => ({
      year: p.year,
      value: p.value - base.value,
      target: linearPace(goal, base.year, p.year, t.target_year),
    })),
    figures: figuresOf(used),
  };
}

/** Average growth per year in %, from `from` to `to`. */
const growth = (from: Point, to: Point) => ((to.value / from.value) ** (1 / (to.year - from.year)) - 1) * 100;

function cagr(s: Series, t: BuiltTarget, goal: number): Outcome {
  const r = baseAndLatest(s, t.inputs, goal);
  if (r.outcome) return r.outcome;
  const { used, base, latest } = r;
  const a = t.inputs[0] as ParkStatFigure;
  if (base.value <= 0) return noData({ code: 'zero', column: a, year: base.year }, goal, used);
  const g = growth(base, latest);
  const over = latest.year >= t.target_year;
  const reason: StatusReason = atLeast(g, goal)
    ? over
      ? { code: 'reached', value: g, goal }
      : { code: 'ahead-of-pace', value: g, pace: goal, goal, year: latest.year }
    : over
      ? { code: 'below', value: g, goal }
      : { code: 'behind-pace', value: g, pace: goal, goal, year: latest.year };
  const status = reason.code === 'reached' ? 'met' : reason.code === 'ahead-of-pace' ? 'on-track' : 'not-met';
  return {
    status,
    reason,
    value: g,
    year: latest.year,
    baseYear: base.year,
    goal,
    series: used.slice(1).map((p, i) => {
      const prev = used[i] as Point;
      return { year: p.year, value: prev.value > 0 ? growth(prev, p) : null, target: goal };
    }),
    figures: figuresOf(used),
  };
}

function doubling(s: Series, t: BuiltTarget, goal: number): Outcome {
  const r = baseAndLatest(s, t.inputs, goal);
  if (r.outcome) return r.outcome;
  const { used, base, latest } = r;
  const a = t.inputs[0] as ParkStatFigure;
  if (base.value <= 0) return noData({ code: 'zero', column: a, year: base.year }, goal, used);
  const m = latest.value / base.value;
  const pace = compoundPace(goal, base.year, latest.year, t.target_year);
  return {
    ...versusPace(m, pace, goal, latest.year, t.target_year),
    value: m,
    year: latest.year,
    baseYear: base.year,
    goal,
    series: used.map((p) => ({
      year: p.year,
      value: p.value / base.value,
      target: compoundPace(goal, base.year, p.year, t.target_year),
    })),
    figures: figuresOf(used),
  };
}

function falling(s: Series, t: BuiltTarget): Outcome {
  if (s.points.length === 0) return noData(emptyReason(s, t.inputs), null);
  if (s.points.length < 2) return noData({ code: 'one-year' }, null, s.points);
  const latest = s.points.at(-1) as Point;
  const i = s.points.findIndex((p, k) => k > 0 && atLeast(p.value, (s.points[k - 1] as Point).value));
  const prev = s.points[i - 1];
  const rose = s.points[i];
  const reason: StatusReason =
    prev && rose
      ? { code: 'rose', year: rose.year, from: prev.value, to: rose.value }
      : { code: 'fell-every-year', years: s.points.length - 1 };
  return {
    status: reason.code === 'rose' ? 'not-met' : latest.year >= t.target_year ? 'met' : 'on-track',
    reason,
    value: latest.value,
    year: latest.year,
    baseYear: null,
    goal: null,
    series: s.points.map((p) => ({ year: p.year, value: p.value, target: null })),
    figures: figuresOf(s.points),
  };
}

function anyOver(ctx: SeriesContext, input: IndicatorInput, t: BuiltTarget, goal: number): Outcome {
  const a = t.inputs[0] as ParkStatFigure;
  const ids = ctx.scope.kind === 'park' ? [ctx.scope.park] : input.parks.map((p) => p.id);
  const each = ids.map((id) => amountSeries(forPark(ctx, id), a)).filter((s) => s.points.length > 0);
  const top = each.reduce<Series | undefined>(
    (best, s) => (!best || (s.points.at(-1) as Point).value > (best.points.at(-1) as Point).value ? s : best),
    undefined,
  );
  if (!top) return noData({ code: 'missing', columns: [a] }, goal);
  const latest = top.points.at(-1) as Point;
  const byYear = new Map<number, number>();
  for (const p of each.flatMap((s) => s.points))
    byYear.set(p.year, Math.max(byYear.get(p.year) ?? p.value, p.value));
  const series = [...byYear]
    .sort(([x], [y]) => x - y)
    .map(([year, value]) => ({ year, value, target: goal }));
  const figures = each.flatMap((s) => (s.points.at(-1) as Point).figures);
  const done = { value: latest.value, year: latest.year, goal, series };
  if (atLeast(latest.value, goal))
    return {
      ...done,
      status: 'met',
      reason: { code: 'reached', value: latest.value, goal },
      baseYear: null,
      figures,
    };
  const used = fromBase(top.points);
  const base = used[0] as Point;
  if (used.length < 2 || base.value <= 0 || latest.year >= t.target_year)
    return {
      ...done,
      status: 'not-met',
      reason: { code: 'below', value: latest.value, goal },
      baseYear: null,
      figures,
    };
  // Its own average growth from the base year, carried on to the target year.
  const projected =
    latest.value * (latest.value / base.value) ** ((t.target_year - latest.year) / (latest.year - base.year));
  const ahead = atLeast(projected, goal);
  const reason = { value: projected, pace: goal, goal, year: t.target_year, projected: true };
  return {
    ...done,
    status: ahead ? 'on-track' : 'not-met',
    reason: { code: ahead ? 'ahead-of-pace' : 'behind-pace', ...reason },
    baseYear: base.year,
    figures: [...figures, ...base.figures],
  };
}

/** One target in the context's scope. */
export function evaluateRule(ctx: SeriesContext, input: IndicatorInput, t: BuiltTarget): Outcome {
  const [a, b] = t.inputs as [ParkStatFigure, ParkStatFigure | undefined];
  if (t.rule === 'per-mu-by-level') {
    const park = ctx.scope.kind === 'park' ? ctx.scope.park : 'prefecture';
    const level = input.parks.find((p) => p.id === park)?.level;
    const goal = level && t.value_by_level?.[level];
    if (goal === undefined || !b) return noData({ code: 'no-level', park }, null);
    return floorRule(ratioSeries(ctx, a, b, 1), t.inputs, goal);
  }
  if (t.rule === 'falling')
    return b ? falling(ratioSeries(ctx, a, b, 1), t) : noData(emptyReason(emptySeries, t.inputs), null);
  // The schema requires `value` for every other rule; without it there is nothing to compare with.
  const goal = t.value;
  if (goal === undefined) return noData({ code: 'missing', columns: [] }, null);
  switch (t.rule) {
    case 'share-gain':
      return shareGain(shareSeries(ctx, a), t, goal);
    case 'cagr':
      return cagr(comparableAmountSeries(ctx, a, BASE_YEAR), t, goal);
    case 'any-over':
      return anyOver(ctx, input, t, goal);
    case 'doubling':
      return doubling(comparableAmountSeries(ctx, a, BASE_YEAR), t, goal);
    case 'ratio-min':
      return b
        ? floorRule(ratioSeries(ctx, a, b, 100), t.inputs, goal)
        : noData(emptyReason(emptySeries, t.inputs), goal);
    case 'count-min':
    case 'pct-min':
      return floorRule(amountSeries(ctx, a), t.inputs, goal);
  }
}

const emptySeries: Series = { points: [], missing: [], partialYears: [], zero: null };
