/**
 * A spreadsheet problem in words: where (file or sheet, row, column letter and the column's label), then
 * what (one message per code under bureau.sheet.issues). The same wording makes the issue's English
 * `message` (from the English strings) and the UI's text in its language (sheetIssueText with i18next's t).
 */
import type { TFunction } from 'i18next';
import { bureauSheetEn } from '@/i18n/strings/bureau-sheet';
import type { SheetIssue } from '@/lib/data/bureau-types';

type Lookup = (key: string, params?: Record<string, string | number>) => string;

/** Problems with the file as a whole: "where" names the file. */
const FILE_CODES = new Set(['too-big', 'not-a-spreadsheet', 'unreadable', 'encoding-guessed']);

const MB = 1024 * 1024;

/** The message key of an issue (some codes have a variant). */
export function issueKey(issue: Pick<SheetIssue, 'code' | 'params'>): string {
  if (issue.code === 'empty-sheet' && issue.params?.workbook) return 'empty-workbook';
  if (issue.code === 'unknown-column' && issue.params?.header === '') return 'unnamed-column';
  if (issue.code === 'unreadable' && issue.params?.encrypted) return 'unreadable-encrypted';
  if (issue.code === 'too-big' && issue.params?.expanded) return 'too-big-expanded';
  return issue.code;
}

function describe(issue: Omit<SheetIssue, 'message'>, tr: Lookup): string {
  const p = issue.params ?? {};
  const label = issue.field ? tr(`col.${issue.field}.label`) : '';
  const params: Record<string, string | number> = { ...p, sheet: issue.sheet, label };
  if (typeof p.size === 'number') params.sizeMb = Math.ceil((p.size / MB) * 10) / 10;
  if (typeof p.limit === 'number' && issue.code.startsWith('too-big')) params.limitMb = p.limit / MB;
  const where: string[] = [];
  const file = FILE_CODES.has(issue.code) || (issue.code === 'empty-sheet' && Boolean(p.workbook));
  if (issue.sheet) where.push(tr(file ? 'where.file' : 'where.sheet', params));
  if (issue.row !== undefined) where.push(tr('where.row', { row: issue.row }));
  if (issue.column) where.push(tr('where.column', { column: issue.column }));
  let head = where.join('');
  if (label) head += tr('where.field', { label });
  const body = tr(`issues.${issueKey(issue)}`, params);
  return head ? `${head}${tr('where.sep')}${body}` : body;
}

/** The issue in the UI's language (the bureau strings must be loaded: ensureBureauStrings). */
export function sheetIssueText(issue: Omit<SheetIssue, 'message'>, t: TFunction): string {
  const tt = t as unknown as Lookup;
  return describe(issue, (key, params) => tt(`bureau.sheet.${key}`, params));
}

function resolve(table: unknown, path: string): string {
  let node: unknown = table;
  for (const part of path.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : path;
}

const interpolate = (text: string, params: Record<string, string | number> = {}) =>
  text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in params ? String(params[k]) : m));

/** The issue in English, from the English strings (the SheetIssue's `message`). */
export function englishIssueText(issue: Omit<SheetIssue, 'message'>): string {
  return describe(issue, (key, params) => interpolate(resolve(bureauSheetEn, key), params));
}
