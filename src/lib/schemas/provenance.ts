import { z } from 'zod';

import { PROVENANCES, type Provenance } from './vocab';

export const provenanceSchema = z.enum(PROVENANCES, {
  error: (iss) => `must be one of ${PROVENANCES.join(' / ')}, got ${JSON.stringify(iss.input)}`,
});

/** YYYY, YYYY-MM or YYYY-MM-DD: the date a figure holds for. */
export const asOfSchema = z
  .string({ error: 'is required (YYYY, YYYY-MM or YYYY-MM-DD)' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`);

/** Chinese names must contain at least one CJK character. */
export const nameZhSchema = nonEmpty('Chinese name').regex(
  /[\u3400-\u9fff]/,
  'must contain Chinese characters',
);
export const nameEnSchema = nonEmpty('English name');

/**
 * Provenance block shared by every record: `source` names the document (official/public) or says how
 * a value was derived (estimate); sample records may leave it empty.
 */
export const provenanceFields = {
  provenance: provenanceSchema,
  source: z.string().trim().optional().default(''),
  /** The same note in Chinese; required wherever the app shows the note (see checkChinese). */
  source_zh: z.string().trim().optional().default(''),
  as_of: asOfSchema,
};

/**
 * Every note the app shows has a Chinese twin: `<field>_zh` must be given when `<field>` is, so the
 * Chinese page never falls back to English mid-sentence.
 */
export function checkChinese(fields: readonly string[]) {
  return (rec: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    for (const f of fields) {
      const en = rec[f];
      const zh = rec[`${f}_zh`];
      if (typeof en === 'string' && en.trim() !== '' && (typeof zh !== 'string' || zh.trim() === '')) {
        ctx.addIssue({
          code: 'custom',
          path: [`${f}_zh`],
          message: `is required when ${f} is given (the app shows the note in Chinese and English)`,
        });
      }
    }
  };
}

export function checkSource(rec: { provenance: Provenance; source: string }, ctx: z.RefinementCtx): void {
  if (rec.provenance !== 'sample' && rec.source.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: `is required when provenance is ${rec.provenance} (name the document, or say how it was estimated)`,
    });
  }
}
