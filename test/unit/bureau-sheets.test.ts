/**
 * The bureau's spreadsheets: the app's own templates (xlsx, CSV) prefilled with the shipped ledger read
 * back cell for cell; files written by GDAL (test/fixtures/bureau/make.sh: xlsx, typed xlsx, ods, CSV, a
 * GBK CSV by iconv) and an .xls written by SheetJS read correctly; every kind of bad input gives its code
 * with sheet, row and column letter, and text in a number column passes through for the schema to judge.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { CellObject } from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import i18next from 'i18next';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { COLUMN_SPECS, headerText, matchHeader } from '@/features/bureau/sheets/column-specs';
import { plainDecimal } from '@/features/bureau/sheets/cell-text';
import { sheetIssueText } from '@/features/bureau/sheets/issue-text';
import { readSpreadsheet, readSpreadsheets } from '@/features/bureau/sheets/read-sheets';
import { columnLetter } from '@/features/bureau/sheets/sheet-grid';
import type { ParsedSheet, SheetIssue } from '@/features/bureau/sheets/types';
import { SHEET_NAMES, templateCsv, templateXlsx } from '@/features/bureau/sheets/write-template';
import { bureauEn, bureauZh } from '@/i18n/strings/bureau';
import type { LedgerRow, StatRow } from '@/lib/data/bureau-types';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';
import { nodeSchema } from '@/lib/schemas/records';

const FIX = new URL('../fixtures/bureau/', import.meta.url);
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(new URL(name, FIX))) });
const csvRows = <T>(text: string) =>
  Papa.parse<T>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

const SHIPPED = csvRows<LedgerRow>(readFileSync(new URL('../../data/nodes.csv', import.meta.url), 'utf8'));
const EXTRA: LedgerRow = {
  ...(SHIPPED[0] as LedgerRow),
  id: '0012',
  name_en: 'Sample 2024',
  note: '2024',
  note_zh: '0012',
  as_of: '2024',
};
const LEDGER = [...SHIPPED, EXTRA];
const emptyStat = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, ''])) as StatRow;
const STATS: StatRow[] = [
  {
    ...emptyStat,
    park: 'menghai',
    year: '2023',
    revenue_wan: '123456.78',
    land_in_use_mu: '5000',
    provenance: 'sample',
    as_of: '2024-03',
  },
  {
    ...emptyStat,
    park: 'prefecture',
    year: '2024',
    industrial_output_wan: '9800000',
    sewage_treated_pct: '95.5',
    industrial_firms: '210',
    provenance: 'sample',
    as_of: '2025',
    note: 'sample row',
    note_zh: '示例行',
  },
];
const LISTS = {
  industries: [{ id: 'rubber', name_zh: '橡胶', name_en: 'Rubber' }],
  links: [{ id: 'rubber-seedling', name_zh: '良种育苗', name_en: 'Seedlings' }],
  parks: [{ id: 'menghai', name_zh: '勐海产业园区', name_en: 'Menghai park' }],
};

/** A workbook of sheets given as rows of cells (a plain value is a text or number cell). */
function book(
  sheets: Record<string, (CellObject | string | number | null)[][]>,
  bookType: XLSX.BookType = 'xlsx',
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws: XLSX.WorkSheet = {};
    let maxC = 0;
    rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        maxC = Math.max(maxC, c);
        ws[XLSX.utils.encode_cell({ r, c })] =
          typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
      });
    });
    if (rows.length)
      ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: maxC } });
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
}

/** A ledger header and rows of values by key (others empty). */
function ledgerSheet(
  rows: Partial<Record<string, CellObject | string | number>>[],
  keys: readonly string[] = NODE_COLUMNS,
) {
  const base = {
    id: 'x-01',
    kind: 'firm',
    status: 'operating',
    name_zh: '示例',
    name_en: 'Sample',
    industry: 'rubber',
    link: 'rubber-seedling',
    park: 'menglun',
    provenance: 'sample',
    as_of: '2026',
    location_provenance: 'sample',
  };
  return [
    keys.map((k) => k),
    ...rows.map((r) =>
      keys.map((k) => (({ ...base, ...r }) as Record<string, CellObject | string | number>)[k] ?? null),
    ),
  ];
}

const only = (issues: SheetIssue[], code: string) => issues.filter((i) => i.code === code);
const cellsOf = (s: ParsedSheet | undefined) => s?.rows.map((r) => r.cells);
const letterOf = (key: string) => columnLetter(NODE_COLUMNS.indexOf(key as (typeof NODE_COLUMNS)[number]));

describe('column specs and headers', () => {
  it('recognises each column by its full header, its Chinese part, its English part and its key', () => {
    for (const kind of ['ledger', 'stats'] as const) {
      for (const c of COLUMN_SPECS[kind]) {
        for (const form of [headerText(c), c.zh, c.en, c.key, ` ${c.key.toUpperCase()} `]) {
          expect(matchHeader(kind, form), `${kind} ${form}`).toBe(c.key);
        }
      }
    }
    expect(matchHeader('ledger', '名称（中文） / Ｎａｍｅ （Chinese）')).toBe('name_zh');
    expect(matchHeader('ledger', 'colour')).toBeUndefined();
    expect(COLUMN_SPECS.ledger.map((c) => c.key)).toEqual([...NODE_COLUMNS]);
    expect(COLUMN_SPECS.stats.map((c) => c.key)).toEqual([...PARK_STAT_COLUMNS]);
  });

  it('marks required what the schema requires, lon/lat optional, units on money and land', () => {
    const req = (kind: 'ledger' | 'stats') =>
      COLUMN_SPECS[kind].filter((c) => c.required === true).map((c) => c.key);
    expect(req('ledger')).toEqual([
      'id',
      'kind',
      'status',
      'name_zh',
      'name_en',
      'industry',
      'link',
      'park',
      'provenance',
      'as_of',
    ]);
    expect(req('stats')).toEqual(['park', 'year', 'provenance', 'as_of']);
    const byKey = Object.fromEntries(COLUMN_SPECS.ledger.map((c) => [c.key, c]));
    expect(byKey.location_provenance?.required).toBe('unless-placed');
    expect(byKey.lon?.required).toBe(false);
    expect(byKey.investment_wan?.unit).toBe('wan');
    expect(COLUMN_SPECS.stats.find((c) => c.key === 'land_in_use_mu')?.unit).toBe('mu');
    expect(byKey.status?.values).toEqual(['planned', 'talks', 'signed', 'construction', 'operating']);
    expect(headerText(byKey.name_zh as (typeof COLUMN_SPECS.ledger)[number])).toBe(
      '名称(中文) / Name (Chinese)',
    );
  });

  it('writes numbers as plain decimals and column letters as a spreadsheet does', () => {
    expect([1e21, 1.5e-7, -2.5e-8, 101.2811, 2 ** 60].map(plainDecimal)).toEqual([
      '1000000000000000000000',
      '0.00000015',
      '-0.000000025',
      '101.2811',
      '1152921504606846976',
    ]);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('the app’s templates round trip', () => {
  it('xlsx prefilled with the shipped ledger and stats reads back identical, notes skipped, header frozen', async () => {
    const bytes = await templateXlsx({ ledger: LEDGER, stats: STATS, lists: LISTS, lang: 'zh' });
    const read = await readSpreadsheet({ name: 'template.xlsx', bytes });
    expect(read.issues).toEqual([]);
    expect(read.sheets.map((s) => [s.name, s.kind])).toEqual([
      [SHEET_NAMES.ledger, 'ledger'],
      [SHEET_NAMES.stats, 'stats'],
    ]);
    expect(cellsOf(read.sheets[0])).toEqual(LEDGER);
    expect(read.sheets[0]?.rows.map((r) => r.row)).toEqual(LEDGER.map((_, i) => i + 2));
    expect(cellsOf(read.sheets[1])).toEqual(STATS);
    expect(read.sheets[0]?.columns[0]).toEqual({ letter: 'A', header: '编号 / ID', key: 'id' });

    const wb = XLSX.read(bytes, { type: 'array', dense: true });
    expect(wb.SheetNames).toEqual([SHEET_NAMES.ledger, SHEET_NAMES.stats, SHEET_NAMES.notes]);
    const data = wb.Sheets[SHEET_NAMES.ledger]?.['!data'] ?? [];
    const last = data[LEDGER.length];
    expect(last?.[NODE_COLUMNS.indexOf('id')]).toMatchObject({ t: 's', v: '0012' });
    expect(last?.[NODE_COLUMNS.indexOf('note')]).toMatchObject({ t: 's', v: '2024' });
    expect(data[1]?.[NODE_COLUMNS.indexOf('lon')]).toMatchObject({ t: 'n' });
    expect(data[1]?.[NODE_COLUMNS.indexOf('investment_wan')]).toMatchObject({
      t: 'n',
      v: Number(SHIPPED[0]?.investment_wan),
    });
    const notes = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[SHEET_NAMES.notes] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(notes.some((r) => r[1] === '投资额(万元) / Investment (10k yuan)' && r[4] === '万元')).toBe(true);
    expect(notes.some((r) => r[1] === 'menghai' && r[2] === '勐海产业园区')).toBe(true);
    const sheet1 = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(sheet1).toMatch(/<pane ySplit="1"[^>]*state="frozen"/);
  });

  it('CSV templates (UTF-8 with BOM, bilingual header) read back identical', async () => {
    const ledger = templateCsv('ledger', LEDGER);
    expect(ledger.startsWith('\uFEFF编号 / ID,类型 / Kind,')).toBe(true);
    const a = await readSpreadsheet({ name: 'ledger.csv', bytes: new TextEncoder().encode(ledger) });
    expect(a.issues).toEqual([]);
    expect(a.warnings).toEqual([]);
    expect(a.sheets[0]?.name).toBe('ledger.csv');
    expect(cellsOf(a.sheets[0])).toEqual(LEDGER);
    const b = await readSpreadsheet({
      name: 'stats.csv',
      bytes: new TextEncoder().encode(templateCsv('stats', STATS)),
    });
    expect(b.sheets[0]?.kind).toBe('stats');
    expect(cellsOf(b.sheets[0])).toEqual(STATS);
  });

  it('reads a File as picked (Blob with a name and perhaps a bytes() method)', async () => {
    const file = new File([templateCsv('stats', STATS)], 'stats.csv', { type: 'text/csv' });
    const read = await readSpreadsheet(file);
    expect(read.issues).toEqual([]);
    expect(cellsOf(read.sheets[0])).toEqual(STATS);
  });

  it('an empty template reads as two empty sheets', async () => {
    const bytes = await templateXlsx({ lists: LISTS, lang: 'en' });
    const read = await readSpreadsheet({ name: 'blank.xlsx', bytes });
    expect(read.issues.map((i) => [i.code, i.sheet])).toEqual([
      ['empty-sheet', SHEET_NAMES.ledger],
      ['empty-sheet', SHEET_NAMES.stats],
    ]);
  });

  it('a plain data/nodes.csv imports as a ledger', async () => {
    const read = await readSpreadsheet(
      fixtureOf('nodes.csv', readFileSync(new URL('../../data/nodes.csv', import.meta.url))),
    );
    expect(read.issues).toEqual([]);
    expect(cellsOf(read.sheets[0])).toEqual(SHIPPED);
  });
});

function fixtureOf(name: string, bytes: Uint8Array) {
  return { name, bytes: new Uint8Array(bytes) };
}

describe('files written by other tools', () => {
  const expected = csvRows<Record<string, string>>(readFileSync(new URL('ledger-gdal.csv', FIX), 'utf8')).map(
    (r) => Object.fromEntries(NODE_COLUMNS.map((k) => [k, r[k] ?? ''])),
  );

  it.each(['ledger-gdal.xlsx', 'ledger-gdal-typed.xlsx', 'ledger-gdal.ods', 'ledger-gdal.csv'])(
    '%s (GDAL)',
    async (name) => {
      const read = await readSpreadsheet(fixture(name));
      expect(read.issues).toEqual([]);
      expect(read.sheets).toHaveLength(1);
      expect(read.sheets[0]?.kind).toBe('ledger');
      expect(cellsOf(read.sheets[0])).toEqual(expected);
      const gd2 = read.sheets[0]?.rows[1];
      expect(gd2?.row).toBe(3);
      expect(gd2?.cells).toMatchObject({
        id: 'gd-02',
        lon: '',
        investment_wan: '52000.5',
        as_of: '2026',
        note_zh: '放在园区内',
      });
      expect(read.sheets[0]?.rows[2]?.cells.leading).toBe('true');
      expect(read.sheets[0]?.rows[0]?.cells.name_en).toBe('Sample nursery C, GDAL');
    },
  );

  it('a GBK CSV (iconv) reads the same, with a warning naming the encoding', async () => {
    const read = await readSpreadsheet(fixture('ledger-gbk.csv'));
    expect(read.issues).toEqual([]);
    expect(cellsOf(read.sheets[0])).toEqual(expected);
    expect(read.warnings.map((w) => [w.code, w.sheet, w.params?.encoding])).toEqual([
      ['encoding-guessed', 'ledger-gbk.csv', 'GBK'],
    ]);
  });

  it('an .xls (BIFF8 written by SheetJS) of the template reads back', async () => {
    const xlsx = await templateXlsx({ ledger: LEDGER, stats: STATS, lists: LISTS, lang: 'zh' });
    const xls = new Uint8Array(
      XLSX.write(XLSX.read(xlsx, { type: 'array' }), { type: 'array', bookType: 'biff8' }) as ArrayBuffer,
    );
    expect([...xls.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const read = await readSpreadsheet({ name: 'template.xls', bytes: xls });
    expect(read.issues).toEqual([]);
    expect(cellsOf(read.sheets[0])).toEqual(LEDGER);
    expect(cellsOf(read.sheets[1])).toEqual(STATS);
  });
});

describe('bad input: each problem with its sheet, row and column', () => {
  const read = (bytes: Uint8Array, name = 'bad.xlsx') => readSpreadsheet({ name, bytes });

  it('a sheet with other headers is unknown, listing them; an unknown column is named by letter', async () => {
    const r = await read(
      book({
        Foo: [
          ['colour', 'size'],
          ['red', 1],
        ],
        台账: ledgerSheet([{}], [...NODE_COLUMNS, 'colour']),
      }),
    );
    expect(only(r.issues, 'unknown-sheet')).toMatchObject([
      { sheet: 'Foo', row: 1, params: { headers: 'colour, size' } },
    ]);
    expect(only(r.issues, 'unknown-column')).toMatchObject([
      { sheet: '台账', row: 1, column: 'X', params: { header: 'colour' } },
    ]);
    expect(r.sheets.map((s) => s.name)).toEqual(['台账']);
  });

  it('a missing required column and a repeated column', async () => {
    const keys = NODE_COLUMNS.filter((k) => k !== 'name_en');
    const r = await read(book({ L: ledgerSheet([{}], [...keys, 'id']) }));
    expect(only(r.issues, 'missing-column')).toMatchObject([
      {
        sheet: 'L',
        row: 1,
        field: 'name_en',
        params: { key: 'name_en', zh: '名称(英文)', en: 'Name (English)' },
      },
    ]);
    expect(only(r.issues, 'duplicate-column')).toMatchObject([
      { sheet: 'L', row: 1, column: 'W', field: 'id', params: { first: 'A' } },
    ]);
    expect(r.sheets[0]?.rows[0]?.cells.name_en).toBe('');
  });

  it('location_provenance is required only when a row gives lon/lat', async () => {
    const keys = NODE_COLUMNS.filter((k) => k !== 'location_provenance');
    const placed = await read(book({ L: ledgerSheet([{ lon: 101.1, lat: 21.9 }], keys) }));
    expect(only(placed.issues, 'missing-column')).toMatchObject([{ field: 'location_provenance' }]);
    const inPark = await read(book({ L: ledgerSheet([{}], keys) }));
    expect(inPark.issues).toEqual([]);
    expect(inPark.sheets[0]?.rows[0]?.cells.location_provenance).toBe('');
  });

  it('a formula cell, an error cell and a date in a number column; dates in as_of become text', async () => {
    const r = await read(
      book({
        L: ledgerSheet([
          { id: 'a-01' },
          { id: 'a-02', investment_wan: { t: 'n', v: 3, f: 'SUM(A1:A2)' } },
          { id: 'a-03', lat: { t: 'e', v: 0x2a } },
          { id: 'a-04', investment_wan: { t: 'd', v: new Date(Date.UTC(2024, 0, 5)) } },
          { id: 'a-05', as_of: { t: 'd', v: new Date(Date.UTC(2024, 10, 5)) } },
          { id: 'a-06', as_of: { t: 'd', v: new Date(Date.UTC(2024, 10, 1)), z: 'yyyy-mm' } },
        ]),
      }),
    );
    expect(r.issues.map((i) => [i.code, i.sheet, i.row, i.column, i.field])).toEqual([
      ['formula', 'L', 3, letterOf('investment_wan'), 'investment_wan'],
      ['error-cell', 'L', 4, letterOf('lat'), 'lat'],
      ['date-in-number', 'L', 5, letterOf('investment_wan'), 'investment_wan'],
    ]);
    expect(r.issues[0]?.params).toEqual({ formula: 'SUM(A1:A2)' });
    expect(r.issues[1]?.params).toEqual({ value: '#N/A' });
    expect(r.issues[2]?.params).toEqual({ date: '2024-01-05' });
    const cells = cellsOf(r.sheets[0]) ?? [];
    expect(cells[1]?.investment_wan).toBe(''); // never the cached 3
    expect(cells[4]?.as_of).toBe('2024-11-05');
    expect(cells[5]?.as_of).toBe('2024-11');
  });

  it('a CSV cell starting with = is a formula', async () => {
    const csv = `${NODE_COLUMNS.join(',')}\n${NODE_COLUMNS.map((k) => (k === 'investment_wan' ? '=A1*2' : k === 'id' ? 'c-01' : '')).join(',')}\n`;
    const r = await read(new TextEncoder().encode(csv), 'f.csv');
    expect(r.issues).toMatchObject([
      { code: 'formula', sheet: 'f.csv', row: 2, column: 'L', field: 'investment_wan' },
    ]);
  });

  it('text in a number column passes through unchanged, for the schema to name', async () => {
    const r = await read(
      book({ L: ledgerSheet([{ investment_wan: ' about 500 ', lon: 101.5, lat: 21.5 }]) }),
    );
    expect(r.issues).toEqual([]);
    const cells = r.sheets[0]?.rows[0]?.cells ?? {};
    expect(cells.investment_wan).toBe('about 500');
    const parsed = nodeSchema.safeParse(cells);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('investment_wan must be a number');
  });

  it('booleans, percentages and big numbers in cells', async () => {
    const r = await read(
      book({
        L: ledgerSheet([{ leading: { t: 'b', v: true }, note: 1e21, lon: 1.5e-7 }]),
        S: [
          ['park', 'year', 'sewage_treated_pct', 'provenance', 'as_of'],
          ['menghai', 2024, { t: 'n', v: 0.955, z: '0.0%' }, 'sample', 2024],
        ],
      }),
    );
    expect(r.issues).toEqual([]);
    expect(r.sheets[0]?.rows[0]?.cells).toMatchObject({
      leading: 'true',
      note: '1000000000000000000000',
      lon: '0.00000015',
    });
    expect(r.sheets[1]?.rows[0]?.cells).toMatchObject({
      year: '2024',
      sewage_treated_pct: '95.5',
      as_of: '2024',
    });
  });

  it('an empty sheet and an empty workbook', async () => {
    const header = await read(book({ L: [[...NODE_COLUMNS]] }));
    expect(header.issues).toMatchObject([{ code: 'empty-sheet', sheet: 'L' }]);
    expect(header.sheets[0]?.rows).toEqual([]);
    const empty = await read(book({ Sheet1: [] }), 'empty.xlsx');
    expect(empty.issues).toMatchObject([
      { code: 'empty-sheet', sheet: 'empty.xlsx', params: { workbook: 1 } },
    ]);
    const emptyCsv = await read(new Uint8Array(0), 'empty.csv');
    expect(emptyCsv.issues).toMatchObject([{ code: 'empty-sheet', sheet: 'empty.csv' }]);
  });

  it('a header-only sheet beside a filled one is skipped and said, not imported', async () => {
    const r = await read(book({ L: ledgerSheet([{}]), S: [[...PARK_STAT_COLUMNS]] }));
    expect(r.issues).toEqual([]);
    expect(r.sheets.map((x) => [x.name, x.kind, x.rows.length])).toEqual([['L', 'ledger', 1]]);
    expect(r.warnings).toMatchObject([{ code: 'empty-sheet-skipped', sheet: 'S' }]);
    // The template prefilled with a ledger and no statistics imports the same way.
    const bytes = await templateXlsx({ ledger: SHIPPED.slice(0, 2), lists: LISTS, lang: 'zh' });
    const t = await readSpreadsheet({ name: 'current.xlsx', bytes });
    expect(t.issues).toEqual([]);
    expect(t.warnings.map((w) => [w.code, w.sheet])).toEqual([['empty-sheet-skipped', SHEET_NAMES.stats]]);
  });

  it('a file over 50 MB is refused before a byte is read; a pick over 200 MB too', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const big = { name: 'big.xlsx', size: 50 * 1024 * 1024 + 1, arrayBuffer };
    const r = await readSpreadsheet(big);
    expect(r.issues).toMatchObject([
      { code: 'too-big', sheet: 'big.xlsx', params: { size: 50 * 1024 * 1024 + 1, limit: 50 * 1024 * 1024 } },
    ]);
    expect(arrayBuffer).not.toHaveBeenCalled();
    const zeros = await readSpreadsheet({ name: 'zeros.bin', bytes: new Uint8Array(50 * 1024 * 1024 + 1) });
    expect(zeros.issues.map((i) => i.code)).toEqual(['too-big']); // not parsed: zeros would be not-a-spreadsheet
    const five = Array.from({ length: 5 }, (_, i) => ({
      name: `p${i}.xlsx`,
      size: 45 * 1024 * 1024,
      arrayBuffer,
    }));
    const total = await readSpreadsheets(five);
    expect(total.issues).toMatchObject([
      { code: 'too-big-total', params: { files: 5, size: 5 * 45 * 1024 * 1024 } },
    ]);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('random bytes are not a spreadsheet; a damaged workbook is unreadable with the reason', async () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 65536 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 16;
    });
    random[0] = 0x13;
    const r = await read(random, 'data.xlsx');
    expect(r.issues).toMatchObject([{ code: 'not-a-spreadsheet', sheet: 'data.xlsx' }]);
    const whole = await templateXlsx({ lists: LISTS, lang: 'zh' });
    const cut = await read(whole.subarray(0, 200), 'cut.xlsx');
    expect(cut.issues).toMatchObject([{ code: 'unreadable', sheet: 'cut.xlsx' }]);
    expect(String(cut.issues[0]?.params?.reason)).not.toBe('');
    // An encrypted xlsx is an OLE container holding EncryptionInfo and EncryptedPackage streams.
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array(64));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
    const locked = await read(
      new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as number[]),
      'locked.xlsx',
    );
    expect(locked.issues).toMatchObject([
      { code: 'unreadable', sheet: 'locked.xlsx', params: { encrypted: 1 } },
    ]);
  });

  it('too many rows in a CSV; too many problems end with a count', async () => {
    const line = NODE_COLUMNS.map(() => 'x').join(',');
    const many = `${NODE_COLUMNS.join(',')}\n${`${line}\n`.repeat(250_001)}`;
    const r = await read(new TextEncoder().encode(many), 'many.csv');
    expect(r.issues).toMatchObject([
      { code: 'too-many-rows', sheet: 'many.csv', params: { rows: 250_001, limit: 250_000 } },
    ]);
    const formula = NODE_COLUMNS.map((k) => (k === 'investment_wan' ? '=1' : 'x')).join(',');
    const f = await read(
      new TextEncoder().encode(`${NODE_COLUMNS.join(',')}\n${`${formula}\n`.repeat(1200)}`),
      'f.csv',
    );
    expect(f.issues).toHaveLength(1001);
    expect(f.issues.at(-1)).toMatchObject({ code: 'too-many-issues', params: { count: 200 } });
  });
});

describe('problems in words', () => {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'zh',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { zh: { translation: { bureau: bureauZh } }, en: { translation: { bureau: bureauEn } } },
  });
  const issue: SheetIssue = {
    sheet: '企业与项目 Ledger',
    row: 5,
    column: 'L',
    field: 'investment_wan',
    code: 'formula',
    params: { formula: 'SUM(A1:A2)' },
    message: '',
  };

  it('names sheet, row, column and the column in the UI’s language', () => {
    expect(sheetIssueText(issue, i18n.getFixedT('zh'))).toBe(
      '「企业与项目 Ledger」第 5 行 L 列（投资额(万元)）：是公式单元格（=SUM(A1:A2)），请粘贴数值',
    );
    expect(sheetIssueText(issue, i18n.getFixedT('en'))).toBe(
      'Sheet “企业与项目 Ledger”, row 5, column L (Investment (10k yuan)): a formula cell (=SUM(A1:A2)); paste the value instead',
    );
  });

  it('every code has a message in both languages, and each issue’s English message is that one', async () => {
    const codes = Object.keys(bureauZh.sheet.issues);
    expect(Object.keys(bureauEn.sheet.issues)).toEqual(codes);
    for (const c of codes) {
      expect(bureauZh.sheet.issues[c as keyof typeof bureauZh.sheet.issues]).toMatch(/[\u4e00-\u9fff]/);
      expect(bureauEn.sheet.issues[c as keyof typeof bureauEn.sheet.issues]).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const r = await readSpreadsheet({
      name: 'b.xlsx',
      bytes: book({ Foo: [['a']], L: ledgerSheet([{ lat: { t: 'e', v: 7 } }], [...NODE_COLUMNS, 'x']) }),
    });
    expect(r.issues.length).toBe(3);
    for (const i of r.issues) {
      expect(i.message).toBe(sheetIssueText(i, i18n.getFixedT('en')));
      const zh = sheetIssueText(i, i18n.getFixedT('zh'));
      expect(zh).not.toMatch(/bureau\.|\{\{/);
      expect(zh.replace(/「[^」]*」|（[^）]*）/g, '')).not.toMatch(/[A-Za-z]{4,}/);
    }
  });
});
