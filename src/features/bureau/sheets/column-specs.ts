/**
 * The two templates' columns (ledger = data/nodes.csv, stats = data/park-stats.csv), in the data build's
 * order, with what each holds. "Required" follows the data build's schemas (records.ts nodeSchema,
 * monitor-records.ts parkStatSchema): a column whose schema has no default and accepts no empty cell.
 * A header is recognised by its full template text, its Chinese or English part, or the data/ key.
 */
import { bureauSheetEn, bureauSheetZh } from '@/i18n/strings/bureau-sheet';
import { NODE_COLUMNS, PARK_STAT_COLUMNS, PARK_STAT_FIGURES, PREFECTURE } from '@/lib/schemas/columns';
import { NODE_KINDS, NODE_STATUSES, PROVENANCES } from '@/lib/schemas/vocab';
import type { z } from 'zod';
import { parkStatSchema } from '@/lib/schemas/monitor-records';
import { nodeSchema } from '@/lib/schemas/records';

export type SheetKind = 'ledger' | 'stats';
export const SHEET_KINDS: readonly SheetKind[] = ['ledger', 'stats'];

/** What a cell holds: id (a list's id), enum (one of `values`), bool (true/false), date (YYYY[-MM[-DD]]). */
export type ColumnKind = 'text' | 'id' | 'number' | 'integer' | 'year' | 'date' | 'enum' | 'bool';
export type UnitKey = keyof typeof bureauSheetZh.units;
/** true, false, or "required when the row gives lon/lat" (location_provenance). */
export type Requirement = boolean | 'unless-placed';

export interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  hintZh: string;
  hintEn: string;
  kind: ColumnKind;
  values?: readonly string[];
  required: Requirement;
  unit?: UnitKey;
}

export type ColumnKey = keyof typeof bureauSheetZh.col;

const ENUMS: Partial<Record<string, readonly string[]>> = {
  kind: NODE_KINDS,
  status: NODE_STATUSES,
  provenance: PROVENANCES,
  location_provenance: PROVENANCES,
  leading: ['true', 'false'],
};

/**
 * A column is required when the data build's own schema refuses it empty (derived, not listed, so a rule
 * changed in records.ts changes the template with it).
 */
const refusesEmpty = (fields: Record<string, z.ZodType>) => (key: string) =>
  fields[key] !== undefined && !fields[key].safeParse('').success;
const LEDGER_REQUIRED = refusesEmpty(nodeSchema.in.shape as Record<string, z.ZodType>);
const STATS_REQUIRED = refusesEmpty(parkStatSchema.shape as Record<string, z.ZodType>);

function kindOf(key: string): ColumnKind {
  if (key === 'leading') return 'bool';
  if (ENUMS[key]) return 'enum';
  if (key === 'as_of') return 'date';
  if (key === 'year') return 'year';
  if (key === 'id' || key === 'industry' || key === 'link' || key === 'park') return 'id';
  if (/firms|centres/.test(key)) return 'integer';
  if (key === 'lon' || key === 'lat' || key === 'investment_wan') return 'number';
  if ((PARK_STAT_FIGURES as readonly string[]).includes(key)) return 'number';
  return 'text';
}

function unitOf(key: string): UnitKey | undefined {
  if (key.endsWith('_wan')) return 'wan';
  if (key.endsWith('_mu')) return 'mu';
  if (key.endsWith('_pct')) return 'pct';
  if (key.endsWith('_tce')) return 'tce';
  if (key.endsWith('_m3')) return 'm3';
  return undefined;
}

function spec(key: string, required: Requirement): ColumnSpec {
  const k = key as ColumnKey;
  const values = key === 'leading' ? undefined : ENUMS[key];
  const unit = unitOf(key);
  return {
    key,
    zh: bureauSheetZh.col[k].label,
    en: bureauSheetEn.col[k].label,
    hintZh: bureauSheetZh.col[k].hint,
    hintEn: bureauSheetEn.col[k].hint,
    kind: kindOf(key),
    required,
    ...(values ? { values } : {}),
    ...(unit ? { unit } : {}),
  };
}

export const COLUMN_SPECS: Record<SheetKind, readonly ColumnSpec[]> = {
  ledger: NODE_COLUMNS.map((k) =>
    spec(k, k === 'location_provenance' ? 'unless-placed' : LEDGER_REQUIRED(k)),
  ),
  stats: PARK_STAT_COLUMNS.map((k) => spec(k, STATS_REQUIRED(k))),
};

/** Column keys of a kind, in the data build's order. */
export const columnKeys = (kind: SheetKind): string[] => COLUMN_SPECS[kind].map((c) => c.key);

/** The template's header cell: `${zh} / ${en}`. */
export const headerText = (c: Pick<ColumnSpec, 'zh' | 'en'>): string => `${c.zh} / ${c.en}`;

/** Numbers a cell of this kind holds (written as numbers in the xlsx template). */
export const isNumeric = (kind: ColumnKind): boolean =>
  kind === 'number' || kind === 'integer' || kind === 'year';

/** Trimmed, width-folded (full-width letters and parentheses), case-folded, without whitespace. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const HEADER_INDEX: Record<SheetKind, Map<string, string>> = {
  ledger: indexHeaders(COLUMN_SPECS.ledger),
  stats: indexHeaders(COLUMN_SPECS.stats),
};

function indexHeaders(specs: readonly ColumnSpec[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of specs) {
    for (const form of [headerText(c), c.zh, c.en, c.key]) m.set(normaliseHeader(form), c.key);
  }
  return m;
}

/** The column key a header names in a sheet of `kind`, or undefined. */
export function matchHeader(kind: SheetKind, header: string): string | undefined {
  return HEADER_INDEX[kind].get(normaliseHeader(header));
}

/** The value the park column takes for the prefecture's own totals (stats only). */
export { PREFECTURE };
