/**
 * One import problem as one line in the UI's language: "sheet · row · column (label): message". The
 * spreadsheet reader's problems are worded by sheetIssueText; the data build's rules (code 'data') carry
 * the build's English message, translated with dataMessage.
 */
import type { TFunction } from 'i18next';
import { dataMessage } from '@/i18n/data-message';
import type { Lang } from '@/i18n/lang';
import type { SheetIssue } from '@/lib/data/bureau-types';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';
import { sheetIssueText } from '../sheets/issue-text';

type Lookup = (key: string, params?: Record<string, string | number>) => string;

/** The data build names columns by key (investment_wan); the panel says the column's label instead. */
const KEYS = [...new Set<string>([...NODE_COLUMNS, ...PARK_STAT_COLUMNS])].filter(
  (k) => k.includes('_') || k === 'lon' || k === 'lat',
);
const KEY_RE = new RegExp(`(?<![\\w])(${KEYS.join('|')})(?![\\w])`, 'g');
const withLabels = (text: string, tr: Lookup): string =>
  text
    .replace(KEY_RE, (key) => tr('bureau.sheet.where.quoted', { label: tr(`bureau.sheet.col.${key}.label`) }))
    .replace(/」 /g, '」')
    // The build lists every known id; the bureau's template lists them with their names in its notes sheet.
    .replace(
      /\s*[（(](?:已知[:：]|known: |见 ?[\w.-]+\.yaml|see [\w.-]+\.yaml)[^)）]*[)）]/g,
      tr('bureau.sheet.where.seeNotes'),
    );

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
  const body = withLabels(dataMessage(issue.message, lang), tr);
  return head ? `${head}${tr('bureau.sheet.where.sep')}${body}` : body;
}
