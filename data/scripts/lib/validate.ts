import type { z } from 'zod';
import { duplicateIdMessage } from '../../../src/lib/schemas/node-references';
import type { IssueList } from './issues';

/**
 * Parses one record with its schema. Each zod issue becomes a DataIssue naming file, record and field;
 * returns null when the record is invalid so the caller can skip it and keep collecting issues.
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  where: { file: string; record: string },
  issues: IssueList,
): z.infer<S> | null {
  const res = schema.safeParse(raw);
  if (res.success) return res.data;
  for (const iss of res.error.issues) {
    const field = iss.path.length > 0 ? iss.path.join('.') : undefined;
    issues.add({ ...where, field, message: iss.message });
  }
  return null;
}

/** A record label for messages: its id when it has one, and the CSV line when there is one. */
export function recordLabel(raw: unknown, index: number, line?: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id ?? '') : '';
  const at = line !== undefined ? `line ${line}` : `#${index + 1}`;
  return id ? `${id} (${at})` : at;
}

/** Reports ids seen twice within one file. */
export function checkUniqueIds(
  records: { id: string; label: string }[],
  file: string,
  issues: IssueList,
): void {
  const seen = new Map<string, string>();
  for (const r of records) {
    const first = seen.get(r.id);
    if (first !== undefined) {
      issues.add({
        file,
        record: r.label,
        field: 'id',
        message: duplicateIdMessage(r.id, first),
      });
    } else seen.set(r.id, r.label);
  }
}
