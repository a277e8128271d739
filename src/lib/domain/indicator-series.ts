/**
 * The yearly series an indicator is computed from (see indicators.ts for the semantics): which
 * park-stats rows a scope reads, how the prefecture's value is aggregated from its parks, and every
 * figure each year's value rests on. Pure.
 */
import { statKey } from '@/lib/data/bureau-types';
import { type ParkStatFigure, PREFECTURE } from '@/lib/schemas/columns';
import type { BuiltStat } from '@/lib/schemas/monitor';
import type { FigureUsed, IndicatorInput, IndicatorScope } from './indicator-types';

/** One computable year of a series: the value and the figures it rests on. */
export interface Point {
  year: number;
  value: number;
  figures: FigureUsed[];
}

/** A series (ascending years, computable years only) and why the other years are not computable. */
export interface Series {
  points: Point[];
  /** Input columns missing in a year that had rows but no value, in the order met. */
  missing: ParkStatFigure[];
  /** Years that had rows giving some input but no value. */
  partialYears: number[];
  /** The first year whose divisor was 0. */
  zero: { column: ParkStatFigure; year: number } | null;
}

export interface SeriesContext {
  /** The rows after the sample switch. */
  rows: BuiltStat[];
  scope: IndicatorScope;
  /** Ids of the top-level parks (kind 'park'): the prefecture's sums add only these. */
  topLevel: ReadonlySet<string>;
  bureau: ReadonlySet<string>;
}

export function seriesContext(input: IndicatorInput, scope: IndicatorScope): SeriesContext {
  return {
    rows: input.includeSample ? input.stats : input.stats.filter((r) => r.provenance !== 'sample'),
    scope,
    topLevel: new Set(input.parks.filter((p) => p.kind === 'park').map((p) => p.id)),
    bureau: input.bureau ?? new Set(),
  };
}

/** The same rows, read for one park. */
export const forPark = (ctx: SeriesContext, park: string): SeriesContext => ({
  ...ctx,
  scope: { kind: 'park', park },
});

export function figureOf(row: BuiltStat | undefined, column: ParkStatFigure, ctx: SeriesContext) {
  const value = row?.[column];
  if (!row || value === null || value === undefined) return null;
  const used: FigureUsed = {
    park: row.park,
    year: row.year,
    column,
    value,
    provenance: row.provenance,
    source: row.source,
    source_zh: row.source_zh,
    as_of: row.as_of,
    bureau: ctx.bureau.has(statKey(row)),
  };
  return used;
}

/** A year's rows for the scope: the prefecture's own row (prefecture scope) and the parks' rows. */
interface YearRows {
  year: number;
  own: BuiltStat | undefined;
  parts: BuiltStat[];
}

function yearRows(ctx: SeriesContext): YearRows[] {
  const byYear = new Map<number, YearRows>();
  const at = (year: number) => {
    const y = byYear.get(year) ?? { year, own: undefined, parts: [] };
    byYear.set(year, y);
    return y;
  };
  const { scope } = ctx;
  for (const r of ctx.rows) {
    if (scope.kind === 'park') {
      if (r.park === scope.park) at(r.year).own ??= r;
    } else if (r.park === PREFECTURE) at(r.year).own ??= r;
    else if (ctx.topLevel.has(r.park)) at(r.year).parts.push(r);
  }
  return [...byYear.values()].sort((x, y) => x.year - y.year);
}

type YearValue = { value: number; figures: FigureUsed[] } | { zero: ParkStatFigure } | null;

function build(
  ctx: SeriesContext,
  inputs: readonly ParkStatFigure[],
  one: (y: YearRows) => YearValue,
): Series {
  const s: Series = { points: [], missing: [], partialYears: [], zero: null };
  for (const y of yearRows(ctx)) {
    const v = one(y);
    if (v && 'value' in v) {
      s.points.push({ year: y.year, value: v.value, figures: v.figures });
      continue;
    }
    if (v) {
      s.zero ??= { column: v.zero, year: y.year };
      continue;
    }
    const rows = y.own ? [y.own, ...y.parts] : y.parts;
    const giving = rows.filter((r) => inputs.some((c) => r[c] !== null));
    if (giving.length > 0) s.partialYears.push(y.year);
    for (const c of inputs) {
      const lacks = giving.length === 0 || giving.some((r) => r[c] === null);
      if (lacks && !s.missing.includes(c)) s.missing.push(c);
    }
  }
  s.missing.sort((x, y) => inputs.indexOf(x) - inputs.indexOf(y));
  return s;
}

/**
 * Column a by year. Park scope: the park's own row. Prefecture: the prefecture row's a if given, else
 * the top-level parks' a added up (a percentage column: the lowest park's, since every park must reach it).
 */
export function amountSeries(ctx: SeriesContext, a: ParkStatFigure): Series {
  return build(ctx, [a], (y) => {
    const own = figureOf(y.own, a, ctx);
    if (own) return { value: own.value, figures: [own] };
    const parts = y.parts.flatMap((r) => figureOf(r, a, ctx) ?? []);
    if (parts.length === 0) return null;
    const values = parts.map((f) => f.value);
    const value = a.endsWith('_pct') ? Math.min(...values) : values.reduce((t, v) => t + v, 0);
    return { value, figures: parts };
  });
}

/**
 * a ÷ b × scale by year. Prefecture: its own row's a and b if both given, else Σa ÷ Σb over the top-level
 * parks giving both that year. b = 0: not computable that year.
 */
export function ratioSeries(ctx: SeriesContext, a: ParkStatFigure, b: ParkStatFigure, scale: number): Series {
  return build(ctx, [a, b], (y) => {
    const pair = (r: BuiltStat | undefined) => {
      const fa = figureOf(r, a, ctx);
      const fb = figureOf(r, b, ctx);
      return fa && fb ? [fa, fb] : [];
    };
    const own = pair(y.own);
    const figures = own.length > 0 ? own : y.parts.flatMap(pair);
    if (figures.length === 0) return null;
    const sum = (c: ParkStatFigure) => figures.filter((f) => f.column === c).reduce((t, f) => t + f.value, 0);
    const den = sum(b);
    return den === 0 ? { zero: b } : { value: (sum(a) / den) * scale, figures };
  });
}

/**
 * The parks' share of the prefecture's a, in %: Σ top-level parks' a (park scope: the park's own a) ÷ the
 * prefecture row's a × 100. The numerator never uses the prefecture row.
 */
export function shareSeries(ctx: SeriesContext, a: ParkStatFigure): Series {
  const whole = new Map(
    ctx.rows.filter((r) => r.park === PREFECTURE).map((r) => [r.year, figureOf(r, a, ctx)] as const),
  );
  return build(ctx, [a], (y) => {
    const den = whole.get(y.year);
    const num = (ctx.scope.kind === 'park' ? [y.own] : y.parts).flatMap((r) => figureOf(r, a, ctx) ?? []);
    if (!den || num.length === 0) return null;
    if (den.value === 0) return { zero: a };
    const total = num.reduce((t, f) => t + f.value, 0);
    return { value: (total / den.value) * 100, figures: [...num, den] };
  });
}

/**
 * Column a by year for growth and doubling: like amountSeries, but when the prefecture's values are sums
 * over its parks (no `prefecture` row), every year adds up the same parks: those giving a in both the base
 * year (2020, else the earliest) and the latest year. A park that starts reporting later would otherwise
 * read as growth. Years in which one of those parks gives no a are left out.
 */
export function comparableAmountSeries(ctx: SeriesContext, a: ParkStatFigure, baseYear: number): Series {
  const s = amountSeries(ctx, a);
  if (ctx.scope.kind !== 'prefecture' || s.points.length < 2) return s;
  const summed = (p: Point) => p.figures.every((f) => f.park !== PREFECTURE);
  const from = s.points.find((p) => p.year === baseYear) ?? s.points[0];
  const last = s.points.at(-1);
  if (!from || !last || !summed(from) || !summed(last)) return s;
  const parksOf = (p: Point) => new Set(p.figures.map((f) => f.park));
  const inLast = parksOf(last);
  const common = [...parksOf(from)].filter((park) => inLast.has(park));
  const points: Point[] = [];
  for (const p of s.points) {
    if (!summed(p)) {
      points.push(p);
      continue;
    }
    const figures = p.figures.filter((f) => common.includes(f.park));
    if (figures.length !== common.length || figures.length === 0) continue;
    points.push({ year: p.year, value: figures.reduce((t, f) => t + f.value, 0), figures });
  }
  return { ...s, points };
}
