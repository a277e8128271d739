/**
 * The bureau's templates: one xlsx workbook (企业与项目 Ledger, 园区统计 Park statistics, 说明 Notes) and a
 * CSV per kind (UTF-8 with BOM, for Excel on Chinese Windows). Headers are `${zh} / ${en}`; number columns
 * hold numbers, text columns text formatted as text (so 2024 or 0012 stay as typed); the header row is
 * frozen. Prefilled with rows when given. SheetJS and fflate are loaded only when a template is made.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import Papa from 'papaparse';
import type { Lang } from '@/i18n/lang';
import { bureauSheetEn, bureauSheetZh } from '@/i18n/strings/bureau-sheet';
import type { LedgerRow, StatRow } from '@/lib/data/bureau-types';
import { PREFECTURE } from '@/lib/schemas/columns';
import { plainDecimal } from './cell-text';
import { COLUMN_SPECS, type ColumnSpec, headerText, isNumeric, type SheetKind } from './column-specs';
import { columnLetter } from './sheet-grid';

export const SHEET_NAMES: Record<SheetKind | 'notes', string> = {
  ledger: '企业与项目 Ledger',
  stats: '园区统计 Park statistics',
  notes: '说明 Notes',
};

export interface ListItem {
  id: string;
  name_zh: string;
  name_en: string;
}
export interface TemplateLists {
  industries: readonly ListItem[];
  links: readonly ListItem[];
  parks: readonly ListItem[];
}

export interface TemplateOptions {
  ledger?: readonly LedgerRow[];
  stats?: readonly StatRow[];
  lists: TemplateLists;
  lang: Lang;
}

/** Empty rows below the data that are formatted ahead (text columns as text). */
const BLANK_ROWS = 300;

type Row = Partial<Record<string, string>>;

/** A data cell: a number where the text is exactly one, else text (never altered). */
function dataCell(spec: ColumnSpec, text: string): CellObject {
  const s = text.trim();
  if (isNumeric(spec.kind) && s !== '' && Number.isFinite(Number(s)) && plainDecimal(Number(s)) === s) {
    return { t: 'n', v: Number(s) };
  }
  return { t: 's', v: text, z: '@' };
}

function dataSheet(specs: readonly ColumnSpec[], rows: readonly Row[]): WorkSheet {
  const data: (CellObject | undefined)[][] = [specs.map((c) => ({ t: 's', v: headerText(c) }))];
  for (const r of rows) {
    data.push(specs.map((c) => (r[c.key] ? dataCell(c, r[c.key] ?? '') : undefined)));
  }
  const last = Math.max(rows.length + BLANK_ROWS, BLANK_ROWS);
  for (let i = 1; i <= last; i++) {
    const row = data[i] ?? [];
    specs.forEach((c, j) => {
      if (!row[j] && !isNumeric(c.kind)) row[j] = { t: 'z', z: '@' };
    });
    data[i] = row;
  }
  const ws: WorkSheet = {
    '!data': data as CellObject[][],
    '!ref': `A1:${columnLetter(specs.length - 1)}${data.length}`,
    '!cols': specs.map((c) => ({ wch: Math.min(36, Math.max(10, headerText(c).length + 2)) })),
  };
  return ws;
}

function notesRows(lists: TemplateLists, lang: Lang): string[][] {
  const s = lang === 'en' ? bureauSheetEn : bureauSheetZh;
  const n = s.notes;
  const out: string[][] = [[n.title], [], [n.sheet, n.column, n.required, n.kind, n.unit, n.values, n.hint]];
  for (const kind of ['ledger', 'stats'] as const) {
    for (const c of COLUMN_SPECS[kind]) {
      const required = c.required === 'unless-placed' ? n.unlessPlaced : c.required ? n.yes : n.no;
      const values = c.key === 'leading' ? 'true / false' : (c.values ?? []).join(' / ');
      out.push([
        SHEET_NAMES[kind],
        headerText(c),
        required,
        s.kinds[c.kind],
        c.unit ? s.units[c.unit] : '',
        values,
        lang === 'en' ? c.hintEn : c.hintZh,
      ]);
    }
  }
  out.push([], [n.lists], [n.list, n.id, n.nameZh, n.nameEn]);
  const list = (what: string, items: readonly ListItem[]) => {
    for (const i of items) out.push([what, i.id, i.name_zh, i.name_en]);
  };
  list(n.industries, lists.industries);
  list(n.links, lists.links);
  list(n.parks, lists.parks);
  out.push([n.parks, PREFECTURE, bureauSheetZh.notes.prefecture, bureauSheetEn.notes.prefecture]);
  return out;
}

/** Freezes row 1 of the given worksheets (SheetJS CE writes no panes): a pane in each sheetView. */
async function freezeHeader(xlsx: Uint8Array, sheetFiles: string[]): Promise<Uint8Array> {
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(xlsx);
  const pane = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
  for (const path of sheetFiles) {
    const xml = files[path];
    if (!xml) continue;
    files[path] = strToU8(
      strFromU8(xml).replace(
        /<sheetView([^>]*?)\/>/,
        `<sheetView$1>${pane}<selection pane="bottomLeft"/></sheetView>`,
      ),
    );
  }
  return zipSync(files, { level: 6 });
}

/** The template workbook (xlsx), prefilled with rows when given. */
export async function templateXlsx(opts: TemplateOptions): Promise<Uint8Array> {
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, dataSheet(COLUMN_SPECS.ledger, opts.ledger ?? []), SHEET_NAMES.ledger);
  XLSX.utils.book_append_sheet(wb, dataSheet(COLUMN_SPECS.stats, opts.stats ?? []), SHEET_NAMES.stats);
  const notes = XLSX.utils.aoa_to_sheet(notesRows(opts.lists, opts.lang), { dense: true });
  notes['!cols'] = [
    { wch: 22 },
    { wch: 40 },
    { wch: 12 },
    { wch: 12 },
    { wch: 10 },
    { wch: 40 },
    { wch: 60 },
  ];
  XLSX.utils.book_append_sheet(wb, notes, SHEET_NAMES.notes);
  const out = XLSX.write(wb, {
    type: 'array',
    bookType: 'xlsx',
    bookSST: true,
    sheetStubs: true,
    compression: true,
  });
  return freezeHeader(new Uint8Array(out as ArrayBuffer), [
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
  ]);
}

/** A CSV template (UTF-8 with BOM, CRLF), prefilled with rows when given. */
export function templateCsv(kind: SheetKind, rows: readonly Row[] = []): string {
  const specs = COLUMN_SPECS[kind];
  const csv = Papa.unparse(
    { fields: specs.map(headerText), data: rows.map((r) => specs.map((c) => r[c.key] ?? '')) },
    { newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}

/** The template's file name in the UI's language (xlsx: the one workbook; csv: one per kind). */
export function templateFileName(kind: SheetKind | 'workbook', format: 'xlsx' | 'csv', lang: Lang): string {
  const f = (lang === 'en' ? bureauSheetEn : bureauSheetZh).files;
  if (format === 'xlsx' || kind === 'workbook') return f.workbook.replace(/\.xlsx$/, `.${format}`);
  return `${f[kind]}.csv`;
}
