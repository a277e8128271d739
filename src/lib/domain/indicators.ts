/**
 * The monitoring view's evaluation (监测评价) of the plan's 2025 targets (data/targets.yaml) from the parks'
 * statistics by year (geo/monitor.json `stats`, or the bureau's applied rows). Pure: no React, no fetching.
 * The UI's "how is this computed" text follows this comment; keep them together.
 *
 * Rows. A figure is given when not null (an empty cell is "not given", never zero). With sample data
 * excluded, rows whose provenance is `sample` are dropped before anything is computed.
 *
 * Which targets. The prefecture: targets with scope `prefecture` or `both`; a park: `park` or `both`; in
 * targets order, one result each.
 *
 * Whose figures. A park: its own rows. The prefecture, column a in year y: the `prefecture` row's a when
 * given, else the sum of a over the top-level parks (kind `park`) giving it that year; sub-zones and towns
 * are parts of a park and are not added (no double counting). A percentage column (…_pct) is not added
 * up: the prefecture's is the lowest top-level park's (every park must reach it). A ratio a ÷ b: the
 * prefecture row's a and b when both are given, else Σa ÷ Σb over the top-level parks giving both that
 * year. A year whose divisor is 0 is not computable.
 * Growth and doubling from sums compare like with like: every year adds up only the parks giving a in both
 * the base and the latest year (a park that starts reporting later is not growth).
 *
 * Years. Base year: 2020 when the series has a value for 2020, else its earliest year with a value; the
 * rules with a base year use the years from it on. Latest: the latest year with a value. A rule that needs
 * two years and has one: no data (one-year). No value at all: no data (missing: the input columns not given
 * and, where rows gave part of what a year needs, those years). A base-year value of 0 (growth, doubling)
 * or a divisor of 0 in every year: no data (zero: the column and year), since growth from 0 is undefined.
 * Values are compared with a tolerance of 1e-9 (relative) for floating-point rounding.
 *
 * Rules (a, b: the target's inputs; goal: its value; T: its target year; pace: the line from the base year
 * to the goal in T, drawn in the series as the target):
 * - share-gain: share_y = Σ top-level parks' a_y ÷ the prefecture row's a_y × 100 (for a park: its own a_y;
 *   the numerator never uses the prefecture row). gain = share_latest − share_base (percentage points).
 *   gain ≥ goal: met. Else pace = goal × (latest − base) ÷ (T − base); gain ≥ pace before T: on track;
 *   else not met (behind pace, or below once latest ≥ T). Series: gain over the base each year, target the
 *   pace for that year.
 * - cagr: g = ((a_latest ÷ a_base)^(1 ÷ (latest − base)) − 1) × 100 (% per year). g ≥ goal: met once
 *   latest ≥ T, before that on track; g < goal: not met. Series: growth per year since the previous year
 *   given ((a_y ÷ a_prev)^(1 ÷ (y − prev)) − 1) × 100, i.e. year-on-year when the years are consecutive,
 *   for each year after the base; target = goal.
 * - any-over: each park (any kind) at its own latest year; top = the highest. top ≥ goal: met. Else, when
 *   the top park has two years from its base year and its latest is before T, its own average growth is
 *   carried on to T (projection = a_latest × (a_latest ÷ a_base)^((T − latest) ÷ (latest − base))):
 *   projection ≥ goal: on track, else not met (reasons marked `projected`, year T). Else not met (below).
 *   Series: the highest park's a each year; target = goal.
 * - doubling: m = a_latest ÷ a_base. m ≥ goal: met. Else pace = goal^((latest − base) ÷ (T − base));
 *   m ≥ pace before T: on track; else not met. Series: a_y ÷ a_base, target the pace for y.
 * - ratio-min: r = a ÷ b × 100 (%); latest r ≥ goal: met (the plan's level is a floor: reaching it early
 *   counts), else not met. Series r_y, target = goal.
 * - per-mu-by-level: r = a ÷ b (万元 per 亩) against value_by_level[the park's level]; ≥: met, else not met.
 *   A park not in the list (or the prefecture): no data (no-level).
 * - count-min: a (the prefecture: as above); latest ≥ goal: met, else not met. Series a_y, target = goal.
 * - falling: i = a ÷ b each year given; needs two years. A year whose i is not lower than the previous
 *   year's given (≥): not met (rose: the first such year, from, to). Else met once latest ≥ T, before that
 *   on track (fell-every-year: the number of year-on-year falls). Goal and series target: none.
 * - pct-min: latest a ≥ goal: met, else not met. Series a_y, target = goal.
 *
 * Evidence. `figures`: every figure the value and series rest on (no data: those that were given);
 * evidence.sample: those with provenance sample; evidence.bureau: those of rows the bureau entered
 * (`park~year` in input.bureau). asOf: the newest as_of among them (YYYY[-MM[-DD]] compared as text).
 * value/year: the latest computed value and its year; goal: the target's value (per mu: by level).
 */
import { type Outcome, evaluateRule } from './indicator-rules';
import { seriesContext } from './indicator-series';
import type { BuiltTarget } from '@/lib/schemas/monitor';
import type { IndicatorInput, IndicatorResult, IndicatorScope } from './indicator-types';

function result(outcome: Outcome, target: BuiltTarget, scope: IndicatorScope): IndicatorResult {
  const { figures } = outcome;
  return {
    ...outcome,
    target,
    scope,
    evidence: {
      figures: figures.length,
      sample: figures.filter((f) => f.provenance === 'sample').length,
      bureau: figures.filter((f) => f.bureau).length,
    },
    asOf: figures.reduce<string | null>(
      (max, f) => (f.as_of !== '' && (max === null || f.as_of > max) ? f.as_of : max),
      null,
    ),
  };
}

/** One result per target applicable to the scope, in targets order. */
export function evaluateTargets(input: IndicatorInput, scope: IndicatorScope): IndicatorResult[] {
  const ctx = seriesContext(input, scope);
  const wanted = scope.kind === 'prefecture' ? 'prefecture' : 'park';
  return input.targets.flatMap((t) =>
    t.scope === wanted || t.scope === 'both' ? [result(evaluateRule(ctx, input, t), t, scope)] : [],
  );
}

/** The prefecture's results and every park's (input.parks), e.g. to compare statuses before and after an import. */
export function evaluateAll(input: IndicatorInput): {
  prefecture: IndicatorResult[];
  parks: Map<string, IndicatorResult[]>;
} {
  return {
    prefecture: evaluateTargets(input, { kind: 'prefecture' }),
    parks: new Map(input.parks.map((p) => [p.id, evaluateTargets(input, { kind: 'park', park: p.id })])),
  };
}
