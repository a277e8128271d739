/**
 * What the monitoring view (监测评价) shows for one 2025 target in one scope: the value, its status
 * against the plan, the series by year with the target drawn in, and every figure it rests on. Computed by
 * indicators.ts from geo/monitor.json (or the bureau's applied statistics); pure data, no React.
 */
import type { BuiltStat, BuiltTarget } from '@/lib/schemas/monitor';
import type { ParkStatFigure } from '@/lib/schemas/columns';
import type { Provenance } from '@/lib/schemas/vocab';

/** met: the latest value reaches the target; on-track: not yet, but at or above the pace for its year;
 * not-met: below it (or the period is over); no-data: an input is not given (无公开数据 / no public data). */
export type IndicatorStatus = 'met' | 'on-track' | 'not-met' | 'no-data';

/** Whom an indicator is for: the prefecture (its parks together) or one park (by id). */
export type IndicatorScope = { kind: 'prefecture' } | { kind: 'park'; park: string };

/** One figure an indicator used: which row and column, its value and how it is known. */
export interface FigureUsed {
  park: string;
  year: number;
  column: ParkStatFigure;
  value: number;
  provenance: Provenance;
  source: string;
  source_zh: string;
  as_of: string;
  /** Entered by the bureau in this browser (not shipped data). */
  bureau: boolean;
}

export interface IndicatorPoint {
  year: number;
  /** The indicator's value that year, in the target's unit (null: not computable that year). */
  value: number | null;
  /** The target line for that year: the goal, or the pace towards it (null where the rule has none). */
  target: number | null;
}

/** Why the status is what it is, for the UI to word (both languages) with the numbers. */
export type StatusReason =
  | { code: 'missing'; columns: ParkStatFigure[]; years?: number[] }
  | { code: 'one-year' }
  | { code: 'reached'; value: number; goal: number }
  /** `projected` (any-over): value is the top park's own growth carried on to `year` (the target year). */
  | { code: 'ahead-of-pace'; value: number; pace: number; goal: number; year: number; projected?: boolean }
  | { code: 'behind-pace'; value: number; pace: number; goal: number; year: number; projected?: boolean }
  | { code: 'below'; value: number; goal: number }
  | { code: 'rose'; year: number; from: number; to: number }
  | { code: 'fell-every-year'; years: number }
  | { code: 'no-level'; park: string }
  /** A figure the rule divides by is 0 (a growth's base-year value, a ratio's denominator). */
  | { code: 'zero'; column: ParkStatFigure; year: number };

export interface IndicatorResult {
  target: BuiltTarget;
  scope: IndicatorScope;
  status: IndicatorStatus;
  /** The latest value in the target's unit (null: no data). */
  value: number | null;
  /** The year of `value`. */
  year: number | null;
  /** The base year used (doubling, growth, share gain); null where the rule has none. */
  baseYear: number | null;
  /** The goal for this scope in the target's unit (per-mu: by the park's level). */
  goal: number | null;
  series: IndicatorPoint[];
  reason: StatusReason;
  /** Every figure used, for the evidence list. */
  figures: FigureUsed[];
  /** How much of it is sample or the bureau's own entry. */
  evidence: { figures: number; sample: number; bureau: number };
  /** The newest as_of among the figures used (null: none). */
  asOf: string | null;
}

/** What the evaluation reads. `bureau`: keys `park~year` of rows the bureau entered. */
export interface IndicatorInput {
  targets: BuiltTarget[];
  stats: BuiltStat[];
  parks: {
    id: string;
    kind: 'park' | 'subzone' | 'town';
    level: 'national' | 'provincial' | 'prefectural';
    parent?: string;
  }[];
  includeSample: boolean;
  bureau?: ReadonlySet<string>;
}
