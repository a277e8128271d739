/**
 * The closed vocabularies of the monitoring records (targets.yaml), shared by the data build's full zod
 * schemas (monitor-records.ts) and the app's zod/mini schema of geo/monitor.json (monitor.ts).
 */

/** The plan's five groups of 2025 targets (一(三)): 经济规模, 质量效益, 创新能力, 绿色发展, 开放水平. */
export const TARGET_GROUPS = ['scale', 'quality', 'innovation', 'green', 'opening'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * How a target is measured (src/lib/domain/indicators.ts computes each); a and b are the target's
 * `inputs` (park-stats.csv columns):
 * - share-gain: Σ parks' a ÷ the prefecture row's a, percentage points gained since the base year ≥ value
 * - cagr: average yearly growth of a from the base year to the latest year ≥ value (%)
 * - any-over: at least one park with a ≥ value (in a's unit)
 * - doubling: a(latest) ÷ a(base) ≥ value (2 = doubled)
 * - ratio-min: a ÷ b ≥ value (%)
 * - per-mu-by-level: a ÷ b ≥ value_by_level[the park's level] (万元 per 亩)
 * - count-min: Σ a ≥ value
 * - falling: a ÷ b lower than the year before, every year
 * - pct-min: a ≥ value (%)
 */
export const TARGET_RULES = [
  'share-gain',
  'cagr',
  'any-over',
  'doubling',
  'ratio-min',
  'per-mu-by-level',
  'count-min',
  'falling',
  'pct-min',
] as const;
export type TargetRule = (typeof TARGET_RULES)[number];

/** Whom a target is measured for: the prefecture's parks together, each park, or both. */
export const TARGET_SCOPES = ['prefecture', 'park', 'both'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];
