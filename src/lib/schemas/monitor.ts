/**
 * The app's schema of geo/monitor.json (zod/mini): the plan's 2025 targets, the parks' statistics by year
 * and the context figures, as the data build writes them (every default filled in). The bureau's own
 * statistics, once applied in the browser, replace `stats` (lib/data/bureau-overlay.ts).
 */
import { z } from 'zod/mini';
import { PARK_STAT_FIGURES, type ParkStatFigure } from './columns';
import { TARGET_GROUPS, TARGET_RULES, TARGET_SCOPES } from './monitor-vocab';
import { PROVENANCES } from './vocab';

const provenance = z.enum(PROVENANCES);
const str = z.string();
const num = z.number();

export const builtTargetSchema = z.object({
  id: str,
  group: z.enum(TARGET_GROUPS),
  name_zh: str,
  name_en: str,
  quote_zh: str,
  section: str,
  scope: z.enum(TARGET_SCOPES),
  rule: z.enum(TARGET_RULES),
  value: z.optional(num),
  value_by_level: z.optional(z.object({ national: num, provincial: num, prefectural: num })),
  inputs: z.array(z.enum(PARK_STAT_FIGURES)),
  unit_zh: str,
  unit_en: str,
  formula_zh: str,
  formula_en: str,
  reading_zh: str,
  reading_en: str,
  target_year: num,
  provenance,
  source: str,
  source_zh: str,
  as_of: str,
});
export type BuiltTarget = z.infer<typeof builtTargetSchema>;

const figureShape = Object.fromEntries(PARK_STAT_FIGURES.map((c) => [c, z.nullable(num)])) as {
  [K in ParkStatFigure]: z.ZodMiniNullable<z.ZodMiniNumber>;
};

/** One park-stats row: a park (or `prefecture`) and year, its figures (null = not given) and provenance. */
export const builtStatSchema = z.object({
  park: str,
  year: num,
  ...figureShape,
  provenance,
  source: str,
  source_zh: str,
  as_of: str,
  note: str,
  note_zh: str,
});
export type BuiltStat = z.infer<typeof builtStatSchema>;

export const builtContextSchema = z.object({
  id: str,
  target: str,
  name_zh: str,
  name_en: str,
  value: num,
  unit_zh: str,
  unit_en: str,
  year: str,
  not_indicator_zh: str,
  not_indicator_en: str,
  provenance,
  source: str,
  source_zh: str,
  url: z.optional(str),
  as_of: str,
});
export type BuiltContext = z.infer<typeof builtContextSchema>;

export const monitorSchema = z.object({
  targets: z.array(builtTargetSchema),
  stats: z.array(builtStatSchema),
  context: z.array(builtContextSchema),
});
export type MonitorData = z.infer<typeof monitorSchema>;
