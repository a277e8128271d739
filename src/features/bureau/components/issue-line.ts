/**
 * One import problem as one line in the UI's language: "sheet · row · column (label): message". The
 * spreadsheet reader's problems are worded by sheetIssueText; the data build's rules (code 'data') carry
 * the build's English message, translated with dataMessage.
 */
import type { TFunction } from 'i18next';
import { dataMessage } from '@/i18n/data-message';
import type { Lang } from '@/i18n/lang';
import type { SheetIssue } from '@/lib/data/bureau-types';
import { sheetIssueText } from '../sheets/issue-text';

type Lookup = (key: string, params?: Record<string, string | number>) => string;

export function issueLine(issue: SheetIssue, t: TFunction, lang: Lang): string {
  if (issue.code !== 'data') return sheetIssueText(issue, t);
  const tr = t as unknown as Lookup;
  const where: string[] = [];
  if (issue.sheet) where.push(tr('bureau.sheet.where.sheet', { sheet: issue.sheet }));
  if (issue.row !== undefined) where.push(tr('bureau.sheet.where.row', { row: issue.row }));
  if (issue.column) where.push(tr('bureau.sheet.where.column', { column: issue.column }));
  let head = where.join('');
  const field = issue.field?.split(',')[0];
  // Every data/ column has its label in the templates' strings.
  if (field) head += tr('bureau.sheet.where.field', { label: tr(`bureau.sheet.col.${field}.label`) });
  const body = dataMessage(issue.message, lang);
  return head ? `${head}${tr('bureau.sheet.where.sep')}${body}` : body;
}
