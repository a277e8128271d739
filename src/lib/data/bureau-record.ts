/**
 * The bureau's record as IndexedDB keeps it (bureau-db.ts), checked before it is used: pure, no database
 * here. A record of another shape or an unknown version is never read as data: the caller keeps it aside
 * and says so, and the shipped data is used.
 */
import { nodeCollectionSchema } from '@/lib/schemas/catalog';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';
import { BUREAU_RECORD_VERSION, type BureauRecord } from './bureau-types';

/** Why a stored record is not used: not a record this app can read, or one a newer app wrote. */
export type BureauRecordProblem = 'unreadable' | 'newer-version';

export type BureauRecordCheck =
  | { ok: true; record: BureauRecord }
  | { ok: false; problem: BureauRecordProblem; detail: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** Rows whose every column (and no other) is a string. */
function rowsProblem(rows: unknown, columns: readonly string[]): string | null {
  if (!Array.isArray(rows)) return 'not a list';
  for (const [i, r] of rows.entries()) {
    if (!isObject(r)) return `row ${i + 1} is not an object`;
    for (const c of columns) if (typeof r[c] !== 'string') return `row ${i + 1}: ${c} is not text`;
    const extra = Object.keys(r).find((k) => !columns.includes(k));
    if (extra !== undefined) return `row ${i + 1}: unexpected column ${extra}`;
  }
  return null;
}

/** Checks a stored value: the record, or why it cannot be used (with a technical detail). */
export function checkBureauRecord(raw: unknown): BureauRecordCheck {
  const bad = (detail: string): BureauRecordCheck => ({ ok: false, problem: 'unreadable', detail });
  if (!isObject(raw)) return bad('not an object');
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > BUREAU_RECORD_VERSION)
    return { ok: false, problem: 'newer-version', detail: `version ${raw.version}` };
  if (raw.version !== BUREAU_RECORD_VERSION) return bad(`unknown version ${JSON.stringify(raw.version)}`);
  if (typeof raw.appliedAt !== 'string' || Number.isNaN(Date.parse(raw.appliedAt))) return bad('appliedAt');
  if (typeof raw.baseVersion !== 'string') return bad('baseVersion');
  if (!isStringList(raw.files)) return bad('files');
  const ledger = rowsProblem(raw.ledger, NODE_COLUMNS);
  if (ledger) return bad(`ledger: ${ledger}`);
  const stats = rowsProblem(raw.stats, PARK_STAT_COLUMNS);
  if (stats) return bad(`stats: ${stats}`);
  const entered = raw.entered;
  if (!isObject(entered) || !isStringList(entered.nodes) || !isStringList(entered.stats))
    return bad('entered');
  const nodes = nodeCollectionSchema.safeParse(raw.nodes);
  if (!nodes.success) {
    const issue = nodes.error.issues[0];
    return bad(`nodes: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid'}`);
  }
  return { ok: true, record: raw as unknown as BureauRecord };
}

/** The key a record set aside is kept under (never the current record's key). */
export const asideKey = (at: Date, n = 0): string => `aside:${at.toISOString()}${n > 0 ? `#${n}` : ''}`;

/** A time as `YYYY-MM-DD HH:mm` in the browser's time zone (the apply time the pages show). */
export function localMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
