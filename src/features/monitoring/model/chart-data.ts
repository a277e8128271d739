/**
 * An indicator's charts as data: its series by year with the target line, and the parks side by side
 * (latest value per park, with its goal); each also as a table (the same numbers) and as CSV text with a
 * source line naming the documents of the figures used. Pure: the chart component only draws these.
 */
import type { Lang } from '@/i18n/lang';
import { nameIn } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import { toCsv, csvCell } from '@/lib/csv';
import type { FigureUsed, IndicatorResult } from '@/lib/domain/indicator-types';
import type { BuiltTarget } from '@/lib/schemas/monitor';
import { digitsFor, statusKey, unitOf } from './format';
import { formatNumber } from '@/lib/format';
import type { ParkResult } from './view-model';

export interface ChartData {
  kind: 'series' | 'parks';
  /** Years or park names. */
  labels: string[];
  values: (number | null)[];
  /** The target line per label (null: none for that label). */
  targets: (number | null)[];
  unit: string;
  digits: number;
}

export interface TableCell {
  /** As shown (formatted for the language). */
  text: string;
  /** As written to CSV (numbers unformatted). */
  raw: string | number | null;
}

export interface ChartTable {
  caption: Message;
  head: Message[];
  rows: TableCell[][];
  /** The documents the figures come from (the plan's first), in the language. */
  sources: string[];
  /** The newest as-of date of the figures used (the plan's date when none). */
  asOf: string;
}

export interface Chart {
  id: string;
  data: ChartData;
  table: ChartTable;
}

const hasValue = (xs: readonly (number | null)[]) => xs.some((x) => x !== null);

function cell(v: number | null, digits: number, lang: Lang, empty: string): TableCell {
  return v === null
    ? { text: empty, raw: null }
    : { text: formatNumber(v, lang, digits), raw: round(v, digits + 2) };
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** The documents behind a chart: the plan (the target line), then each figure's source, each once. */
export function sourcesOf(target: BuiltTarget, figures: readonly FigureUsed[], lang: Lang): string[] {
  const name = (x: { source: string; source_zh: string }) =>
    lang === 'zh' && x.source_zh !== '' ? x.source_zh : x.source;
  return [...new Set([name(target), ...figures.map(name).filter((s) => s !== '')])];
}

const newest = (dates: readonly string[], fallback: string) =>
  dates
    .filter((d) => d !== '')
    .sort()
    .at(-1) ?? fallback;

/** The indicator by year with its target line; null when no year has a value. */
export function seriesChart(result: IndicatorResult, lang: Lang, empty: string): Chart | null {
  const { target } = result;
  const values = result.series.map((p) => p.value);
  if (!hasValue(values)) return null;
  const digits = digitsFor(target);
  const unit = unitOf(target, lang);
  const targets = result.series.map((p) => p.target);
  return {
    id: `${target.id}-series`,
    data: { kind: 'series', labels: result.series.map((p) => String(p.year)), values, targets, unit, digits },
    table: {
      caption: {
        key: hasValue(targets) ? 'monitor.chart.series' : 'monitor.chart.seriesOnly',
        params: { name: nameIn(lang, target) },
      },
      head: [
        { key: 'monitor.table.year' },
        { key: 'monitor.table.value', params: { unit } },
        ...(hasValue(targets) ? [{ key: 'monitor.table.target', params: { unit } } as Message] : []),
      ],
      rows: result.series.map((p) => [
        { text: String(p.year), raw: p.year },
        cell(p.value, digits, lang, empty),
        ...(hasValue(targets) ? [cell(p.target, digits, lang, empty)] : []),
      ]),
      sources: sourcesOf(target, result.figures, lang),
      asOf: newest(
        result.figures.map((f) => f.as_of),
        target.as_of,
      ),
    },
  };
}

/**
 * The parks side by side: each park's latest value and its goal (the prefecture view, targets measured
 * per park); null when no park has a value. Every compared park is in the table, with its status.
 */
export function parksChart(
  target: BuiltTarget,
  parks: readonly ParkResult[],
  lang: Lang,
  showStatus: (m: Message) => string,
  empty: string,
): Chart | null {
  const values = parks.map((p) => p.result.value);
  if (!hasValue(values)) return null;
  const digits = digitsFor(target);
  const unit = unitOf(target, lang);
  const targets = parks.map((p) => p.result.goal);
  const figures = parks.flatMap((p) => p.result.figures);
  return {
    id: `${target.id}-parks`,
    data: { kind: 'parks', labels: parks.map((p) => nameIn(lang, p.park)), values, targets, unit, digits },
    table: {
      caption: { key: 'monitor.chart.parks', params: { name: nameIn(lang, target) } },
      head: [
        { key: 'monitor.table.park' },
        { key: 'monitor.table.year' },
        { key: 'monitor.table.value', params: { unit } },
        { key: 'monitor.table.goal', params: { unit } },
        { key: 'monitor.table.status' },
      ],
      rows: parks.map((p) => {
        const status = showStatus({ key: statusKey(p.result.status) });
        return [
          { text: nameIn(lang, p.park), raw: nameIn(lang, p.park) },
          p.result.year === null
            ? { text: empty, raw: null }
            : { text: String(p.result.year), raw: p.result.year },
          cell(p.result.value, digits, lang, empty),
          cell(p.result.goal, digits, lang, empty),
          { text: status, raw: status },
        ];
      }),
      sources: sourcesOf(target, figures, lang),
      asOf: newest(
        figures.map((f) => f.as_of),
        target.as_of,
      ),
    },
  };
}

/** The source line under a chart's CSV and table: "来源:…;截至 …" / "Source: …; as of …". */
export function sourceLine(table: ChartTable, lang: Lang): Message {
  const docs = table.sources.join(lang === 'zh' ? ';' : '; ');
  return { key: 'monitor.csv.source', params: { docs, asOf: table.asOf } };
}

/** The table as CSV: its header (in the language), one line per row, and the source line last. */
export function chartCsv(table: ChartTable, lang: Lang, show: (m: Message) => string): string {
  const csv = toCsv(
    table.head.map(show),
    table.rows.map((r) => r.map((c) => c.raw)),
  );
  return `${csv}${csvCell(show(sourceLine(table, lang)))}\n`;
}
