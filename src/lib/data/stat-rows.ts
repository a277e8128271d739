/**
 * park-stats rows as the CSV holds them (strings) ↔ as geo/monitor.json holds them (numbers, null = not
 * given). Rows are validated before they get here (the data build, or the bureau's import).
 */
import { PARK_STAT_FIGURES } from '@/lib/schemas/columns';
import type { BuiltStat } from '@/lib/schemas/monitor';
import type { Provenance } from '@/lib/schemas/vocab';
import type { StatRow } from './bureau-types';

export function statRowToBuilt(r: StatRow): BuiltStat {
  const figures = Object.fromEntries(
    PARK_STAT_FIGURES.map((c) => [c, r[c].trim() === '' ? null : Number(r[c])]),
  ) as Record<(typeof PARK_STAT_FIGURES)[number], number | null>;
  return {
    park: r.park.trim(),
    year: Number(r.year),
    ...figures,
    provenance: r.provenance.trim() as Provenance,
    source: r.source.trim(),
    source_zh: r.source_zh.trim(),
    as_of: r.as_of.trim(),
    note: r.note,
    note_zh: r.note_zh,
  };
}

export function builtStatToRow(s: BuiltStat): StatRow {
  const figures = Object.fromEntries(PARK_STAT_FIGURES.map((c) => [c, s[c] === null ? '' : String(s[c])]));
  return {
    park: s.park,
    year: String(s.year),
    ...(figures as Record<(typeof PARK_STAT_FIGURES)[number], string>),
    provenance: s.provenance,
    source: s.source,
    source_zh: s.source_zh,
    as_of: s.as_of,
    note: s.note,
    note_zh: s.note_zh,
  };
}
