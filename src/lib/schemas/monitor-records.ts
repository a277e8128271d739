/**
 * The records behind the monitoring view (监测评价): the plan's 2025 targets (data/targets.yaml), the
 * parks' statistics by year (data/park-stats.csv) and public context figures that are not the target
 * metrics themselves (data/context-figures.yaml). Full zod: the data build and the bureau's in-browser
 * import validate with these same schemas, so both give the same messages.
 */
import { z } from 'zod';
import { PARK_STAT_FIGURES } from './columns';
import {
  asOfSchema,
  checkChinese,
  checkSource,
  nameEnSchema,
  nameZhSchema,
  nonEmpty,
  provenanceFields,
  provenanceSchema,
} from './provenance';
import { idSchema } from './records';

import { TARGET_GROUPS, TARGET_RULES, TARGET_SCOPES } from './monitor-vocab';

export { TARGET_GROUPS, TARGET_RULES, TARGET_SCOPES };

const figureColumn = z.enum(PARK_STAT_FIGURES, {
  error: (iss) => `unknown park-stats column ${JSON.stringify(iss.input)}`,
});

export const targetSchema = z
  .object({
    id: idSchema,
    group: z.enum(TARGET_GROUPS, {
      error: (iss) => `unknown group ${JSON.stringify(iss.input)} (expected ${TARGET_GROUPS.join(' / ')})`,
    }),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    /** The plan's own words, verbatim (a test checks each against the plan's text). */
    quote_zh: nameZhSchema,
    /** Where in the plan, e.g. 一(三). */
    section: nonEmpty('section'),
    scope: z.enum(TARGET_SCOPES, {
      error: (iss) => `unknown scope ${JSON.stringify(iss.input)} (expected ${TARGET_SCOPES.join(' / ')})`,
    }),
    rule: z.enum(TARGET_RULES, {
      error: (iss) => `unknown rule ${JSON.stringify(iss.input)} (expected ${TARGET_RULES.join(' / ')})`,
    }),
    /** The target value in the rule's unit (percentage points, %, a ratio, a count, 万元). */
    value: z.number({ error: 'must be a number' }).optional(),
    value_by_level: z
      .object({ national: z.number(), provincial: z.number(), prefectural: z.number() })
      .optional(),
    /** The park-stats columns the rule reads: [a] or [a, b] (a ÷ b). */
    inputs: z.array(figureColumn).min(1).max(2),
    unit_zh: z.string().default(''),
    unit_en: z.string().default(''),
    /** The formula written out, e.g. 亩均营业收入 = 营业收入 ÷ 已利用土地. */
    formula_zh: nameZhSchema,
    formula_en: nameEnSchema,
    /**
     * How we read the plan's words where it leaves room (estimate: "左右" read as ≥, the base year
     * taken as 2020, …); empty when the plan's words are the rule.
     */
    reading_zh: z.string().default(''),
    reading_en: z.string().default(''),
    /** The year the target is for. */
    target_year: z.number().int().min(2020).max(2100),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source']))
  .superRefine((t, ctx) => {
    const needsTwo = t.rule === 'ratio-min' || t.rule === 'per-mu-by-level' || t.rule === 'falling';
    if (needsTwo !== (t.inputs.length === 2)) {
      ctx.addIssue({
        code: 'custom',
        path: ['inputs'],
        message: `rule ${t.rule} reads ${needsTwo ? 'two columns (a ÷ b)' : 'one column'}`,
      });
    }
    if (t.rule === 'per-mu-by-level' ? !t.value_by_level : t.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [t.rule === 'per-mu-by-level' ? 'value_by_level' : 'value'],
        message: `is required for rule ${t.rule}`,
      });
    }
    if ((t.reading_en === '') !== (t.reading_zh === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['reading_zh'],
        message: 'reading_zh and reading_en go together',
      });
    }
  });
export type Target = z.infer<typeof targetSchema>;

/** A number cell: empty means "not given"; else a finite number ≥ 0 (counts: whole numbers; %: ≤ 100). */
const figure = (col: string) => {
  const isCount = /firms|centres/.test(col);
  const isPct = col.endsWith('_pct');
  return z
    .string()
    .trim()
    .refine((s) => s === '' || Number.isFinite(Number(s)), { message: `${col} must be a number` })
    .transform((s) => (s === '' ? null : Number(s)))
    .refine((n) => n === null || n >= 0, { message: `${col} must not be negative` })
    .refine((n) => n === null || !isCount || Number.isInteger(n), {
      message: `${col} must be a whole number`,
    })
    .refine((n) => n === null || !isPct || n <= 100, { message: `${col} is a percentage (0–100)` });
};

const figureFields = Object.fromEntries(PARK_STAT_FIGURES.map((c) => [c, figure(c)])) as {
  [K in (typeof PARK_STAT_FIGURES)[number]]: ReturnType<typeof figure>;
};

export const parkStatSchema = z
  .object({
    /**
     * A park id from parks.yaml, or `prefecture` (PREFECTURE) for the prefecture's own totals: both are
     * ids by form; which ids are known is checked with the parks (node-references.ts statReferenceProblems).
     */
    park: idSchema,
    year: z
      .string()
      .trim()
      .regex(/^(20\d\d)$/, 'year must be a year such as 2024')
      .transform(Number),
    ...figureFields,
    ...provenanceFields,
    note: z.string().default(''),
    note_zh: z.string().default(''),
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source', 'note']));
export type ParkStat = z.infer<typeof parkStatSchema>;

/** A public figure shown beside a target as context: clearly not the indicator itself. */
export const contextFigureSchema = z.object({
  id: idSchema,
  /** The target it is context for. */
  target: idSchema,
  name_zh: nameZhSchema,
  name_en: nameEnSchema,
  value: z.number({ error: 'must be a number' }),
  unit_zh: nameZhSchema,
  unit_en: nameEnSchema,
  /** The year (or period) the figure is for. */
  year: asOfSchema,
  /** Why it is not the indicator (what it covers instead). */
  not_indicator_zh: nameZhSchema,
  not_indicator_en: nameEnSchema,
  provenance: provenanceSchema,
  /** The public document by name (publisher, title, date). */
  source: nonEmpty('source'),
  source_zh: nonEmpty('source_zh'),
  url: z.string().url().optional(),
  as_of: asOfSchema,
});
export type ContextFigure = z.infer<typeof contextFigureSchema>;
