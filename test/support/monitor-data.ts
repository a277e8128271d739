/**
 * For the monitoring model's tests: the shipped targets and context figures (data/*.yaml through the
 * data build's schemas), the shipped parks, and park-stats rows made the way the import makes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createI18n } from '@/i18n/i18n';
import type { Lang } from '@/i18n/lang';
import { type Message, showMessage } from '@/i18n/message';
import type { StatRow } from '@/lib/data/bureau-types';
import { statRowToBuilt } from '@/lib/data/stat-rows';
import { PARK_STAT_COLUMNS } from '@/lib/schemas/columns';
import type { BuiltStat, MonitorData } from '@/lib/schemas/monitor';
import { contextFigureSchema, targetSchema } from '@/lib/schemas/monitor-records';
import { shippedCatalog } from './shipped-data';
import { ensureMonitorStrings } from '@/features/monitoring/monitor-strings';
import type { ParkLike } from '@/features/monitoring/model/view-model';

const data = (f: string) => parse(readFileSync(join(import.meta.dirname, '../../data', f), 'utf8'));

export const shippedMonitor = (stats: BuiltStat[] = []): MonitorData => ({
  targets: (data('targets.yaml') as unknown[]).map((t) => targetSchema.parse(t)),
  stats,
  context: (data('context-figures.yaml') as unknown[]).map((c) => contextFigureSchema.parse(c)),
});

export const parks: ParkLike[] = shippedCatalog.parks;

/** A park-stats row as the CSV would hold it: the given figures, every other one empty. */
export function statRow(
  park: string,
  year: number,
  figures: Record<string, number>,
  over: Partial<StatRow> = {},
) {
  const row = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, ''])) as StatRow;
  Object.assign(row, { park, year: String(year), provenance: 'official', as_of: `${year + 1}-03-31` });
  Object.assign(row, { source: 'Menghai County statistical bulletin', source_zh: '勐海县统计公报' }, over);
  for (const [k, v] of Object.entries(figures)) (row as Record<string, string>)[k] = String(v);
  return row;
}

export const built = (rows: StatRow[]) => rows.map(statRowToBuilt);

/** Translates messages as the UI does, in one language. */
export function translator(lang: Lang): (m: Message) => string {
  const i18n = createI18n(lang);
  ensureMonitorStrings(i18n);
  return (m) => showMessage(i18n.t, m);
}
