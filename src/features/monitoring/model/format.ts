/**
 * The monitoring view's words and numbers: a target's value with its unit, its goal for a scope, the
 * status's reason as an i18n message with the numbers formatted, the figures an indicator rests on. Pure.
 */
import type { Lang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import type {
  FigureUsed,
  IndicatorResult,
  IndicatorStatus,
  StatusReason,
} from '@/lib/domain/indicator-types';
import { formatNumber } from '@/lib/format';
import type { BuiltTarget } from '@/lib/schemas/monitor';

/** How many decimals a target's values are shown with (by its rule's unit). */
export function digitsFor(target: BuiltTarget): number {
  switch (target.rule) {
    case 'any-over':
    case 'count-min':
      return 0;
    case 'doubling':
      return 2;
    case 'falling':
      return 3;
    default:
      return 1;
  }
}

/** The target's unit in the language. */
export const unitOf = (target: BuiltTarget, lang: Lang): string =>
  lang === 'en' ? target.unit_en : target.unit_zh;

/** A number with the target's unit: "1,234.5 万元/亩", "25%/年", "1.5×". */
export function formatValue(v: number, target: BuiltTarget, lang: Lang): string {
  const unit = unitOf(target, lang);
  const n = formatNumber(v, lang, digitsFor(target));
  if (unit === '') return n;
  return /^[%×]/.test(unit) ? `${n}${unit}` : `${n} ${unit}`;
}

/** The goal of a target for a scope, in words ("不低于 400 万元/亩(省级园区)", "逐年下降"). */
export function goalMessage(
  target: BuiltTarget,
  goal: number | null,
  lang: Lang,
  level?: 'national' | 'provincial' | 'prefectural',
): Message {
  if (target.rule === 'falling') return { key: 'monitor.goal.falling' };
  if (goal === null) {
    const by = target.value_by_level;
    if (by)
      return {
        key: `monitor.goal.${target.rule}`,
        params: {
          goal: {
            key: 'monitor.goalByLevel',
            params: {
              national: formatNumber(by.national, lang),
              provincial: formatNumber(by.provincial, lang),
              prefectural: `${formatNumber(by.prefectural, lang)} ${unitOf(target, lang)}`,
            },
          },
        },
      };
    const v = target.value;
    return v === undefined
      ? { key: 'monitor.noValue' }
      : { key: `monitor.goal.${target.rule}`, params: { goal: formatValue(v, target, lang) } };
  }
  const m: Message = {
    key: `monitor.goal.${target.rule}`,
    params: { goal: formatValue(goal, target, lang) },
  };
  return level && target.rule === 'per-mu-by-level'
    ? { key: 'monitor.goalLevel', params: { goal: m, level: { key: `monitor.levels.${level}` } } }
    : m;
}

/** The status's reason in words, with its numbers in the target's unit. */
export function reasonMessage(
  result: Pick<IndicatorResult, 'reason' | 'target'>,
  lang: Lang,
  parkName: (id: string) => string,
): Message {
  const { target } = result;
  const r: StatusReason = result.reason;
  const v = (n: number) => formatValue(n, target, lang);
  switch (r.code) {
    case 'missing': {
      const columns = r.columns.length > 0 ? r.columns : target.inputs;
      const names = columns.map((c) => ({ key: `monitor.columns.${c}` }) as Message);
      const joined = joinMessages(names);
      return r.years && r.years.length > 0
        ? {
            key: 'monitor.reason.missingYears',
            params: {
              columns: joined,
              years: r.years.map((y) => String(y)).join(lang === 'en' ? ', ' : '、'),
            },
          }
        : { key: 'monitor.reason.missing', params: { columns: joined } };
    }
    case 'one-year':
      return { key: 'monitor.reason.one-year' };
    case 'reached':
    case 'below':
      return { key: `monitor.reason.${r.code}`, params: { value: v(r.value), goal: v(r.goal) } };
    case 'ahead-of-pace':
    case 'behind-pace': {
      const ahead = r.code === 'ahead-of-pace';
      const params = { value: v(r.value), pace: v(r.pace), goal: v(r.goal), year: r.year };
      if (r.projected)
        return { key: ahead ? 'monitor.reason.aheadProjected' : 'monitor.reason.behindProjected', params };
      // A steady goal (growth per year): the pace is the goal itself.
      if (r.pace === r.goal)
        return {
          key: ahead ? 'monitor.reason.aheadSteady' : 'monitor.reason.behindSteady',
          params: { ...params, end: target.target_year },
        };
      return { key: `monitor.reason.${r.code}`, params };
    }
    case 'rose':
      return { key: 'monitor.reason.rose', params: { year: r.year, from: v(r.from), to: v(r.to) } };
    case 'fell-every-year':
      return { key: 'monitor.reason.fell-every-year', params: { years: r.years } };
    case 'no-level':
      return { key: 'monitor.reason.no-level', params: { park: parkName(r.park) } };
    case 'zero':
      return {
        key: 'monitor.reason.zero',
        params: { year: r.year, column: { key: `monitor.columns.${r.column}` } },
      };
  }
}

/**
 * Messages joined with the language's list separator: a chain of `monitor.join` messages
 * ("{{a}}{{sep}}{{b}}"), so each part is still translated when shown.
 */
export function joinMessages(parts: Message[]): Message {
  const [first, ...rest] = parts;
  if (!first) return { key: 'monitor.table.empty' };
  return rest.reduce<Message>(
    (acc, m) => ({ key: 'monitor.join', params: { a: acc, sep: { key: 'monitor.listSep' }, b: m } }),
    first,
  );
}

/** The status's text key and its shape (the icon beside the text: never colour alone). */
export const STATUS_ICON: Record<IndicatorStatus, string> = {
  met: '✓',
  'on-track': '↗',
  'not-met': '✗',
  'no-data': '—',
};

export const statusKey = (s: IndicatorStatus) => `monitor.status.${s}` as const;

/** A figure's value with its column's unit (the column's name carries the unit). */
export function figureMessage(f: FigureUsed, lang: Lang, parkName: (id: string) => string): Message {
  return {
    key: 'monitor.figureRow',
    params: {
      park: parkName(f.park),
      year: f.year,
      column: { key: `monitor.columns.${f.column}` },
      value: formatNumber(f.value, lang, 2),
    },
  };
}

/** The figures an indicator rests on, each once (a figure may back several years of a series). */
export function uniqueFigures(figures: readonly FigureUsed[]): FigureUsed[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = `${f.park}~${f.year}~${f.column}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
