/**
 * Bad spreadsheets through the bureau's panel, with the bureau's data already applied: wrong headers, a
 * missing required column, text in a number column, an unknown park, an unknown link, a duplicate id, a
 * file over 50 MB, a formula cell, a date in a number column, an empty sheet. Each is refused with one
 * line per problem naming the sheet, the row and the column, in the UI's language; nothing is applied and
 * the data in use (and in IndexedDB) is exactly what it was. The workbooks are written by SheetJS, as a
 * spreadsheet program saves them.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { COLUMN_SPECS, headerText } from '../../src/features/bureau/sheets/column-specs';
import { setupApp } from '../support/harness';
import { otherLanguage } from '../support/language-offenders';
import { visibleText } from '../support/visible-text';

const app = setupApp();

const LEDGER = COLUMN_SPECS.ledger;
const HEADERS = LEDGER.map(headerText);
const GOOD: Record<string, string | number> = {
  id: 'bad-01',
  kind: 'firm',
  status: 'operating',
  leading: 'false',
  name_zh: '示例·坏数据测试',
  name_en: 'Sample bad-input test',
  industry: 'tea',
  link: 'tea-refined',
  park: 'menghai',
  provenance: 'sample',
  as_of: '2026-11',
};
const letter = (key: string) => XLSX.utils.encode_col(LEDGER.findIndex((c) => c.key === key));

/** A one-sheet workbook: the header row, then rows of cells by key (a cell object for dates and formulas). */
function workbook(rows: Record<string, XLSX.CellObject | string | number>[], headers = HEADERS): Buffer {
  const keys = LEDGER.map((c) => c.key);
  const aoa = [headers, ...rows.map((r) => keys.map((k) => r[k] ?? null))];
  const ws = XLSX.utils.aoa_to_sheet(
    aoa.map((row) => row.map((v) => (v && typeof v === 'object' ? null : v))),
  );
  rows.forEach((r, i) => {
    keys.forEach((k, c) => {
      const v = r[k];
      if (v && typeof v === 'object') ws[XLSX.utils.encode_cell({ r: i + 1, c })] = v;
    });
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ready = (p: Page) => p.locator('[data-testid="bureau-panel"][data-ready="true"]').waitFor();

/** The record in IndexedDB (its appliedAt and ledger size), to see that nothing was written. */
const storedRecord = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('xsbn-bureau');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('bureau', 'readonly');
          const get = tx.objectStore('bureau').get('current');
          tx.oncomplete = () => {
            req.result.close();
            const r = get.result as { appliedAt: string; ledger: unknown[] } | undefined;
            resolve(r ? `${r.appliedAt} ${r.ledger.length}` : 'none');
          };
        };
      }),
  );

async function refused(p: Page, name: string, buffer: Buffer, mimeType = XLSX_TYPE): Promise<string[]> {
  await p.getByTestId('bureau-import-input').setInputFiles({ name, mimeType, buffer });
  await p.getByTestId('bureau-issues').waitFor({ timeout: 30_000 });
  expect(await p.getByTestId('bureau-preview').count()).toBe(0);
  return p.getByTestId('bureau-issues').locator('li').allTextContents();
}

describe('bad spreadsheets are refused, the data in use intact', () => {
  it('each problem names sheet, row and column in Chinese (English for a few); nothing is applied', async () => {
    const p = await app.openNoMap('?page=monitor&lang=zh');
    await ready(p);
    // The bureau's data in use first: one good record applied.
    await p.getByTestId('bureau-import-input').setInputFiles({
      name: 'good.xlsx',
      mimeType: XLSX_TYPE,
      buffer: workbook([GOOD]),
    });
    await p.getByTestId('bureau-apply').click();
    await p.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();
    const before = await storedRecord(p);
    expect(before).not.toBe('none');

    const cases: [string, Buffer, RegExp][] = [
      [
        'wrong-headers.xlsx',
        workbook(
          [GOOD],
          HEADERS.map((h, i) => (i === 4 ? '企业名字' : h)),
        ),
        /「台账」.*第 1 行.*E 列.*企业名字/,
      ],
      [
        'missing-column.xlsx',
        workbook(
          [GOOD],
          HEADERS.filter((_, i) => LEDGER[i]?.key !== 'park'),
        ),
        /「台账」.*园区/,
      ],
      [
        'text-in-number.xlsx',
        workbook([{ ...GOOD, investment_wan: '约五千万' }]),
        new RegExp(`第 2 行.*${letter('investment_wan')} 列`),
      ],
      [
        'unknown-park.xlsx',
        workbook([{ ...GOOD, park: 'nowhere' }]),
        new RegExp(`第 2 行.*${letter('park')} 列.*nowhere`),
      ],
      [
        'unknown-link.xlsx',
        workbook([{ ...GOOD, link: 'tea-nothing' }]),
        new RegExp(`第 2 行.*${letter('link')} 列.*tea-nothing`),
      ],
      ['duplicate-id.xlsx', workbook([GOOD, GOOD]), new RegExp(`第 3 行.*${letter('id')} 列.*bad-01`)],
      [
        'formula.xlsx',
        workbook([{ ...GOOD, investment_wan: { t: 'n', v: 3, f: 'SUM(1,2)' } }]),
        new RegExp(`第 2 行.*${letter('investment_wan')} 列.*公式`),
      ],
      [
        'date.xlsx',
        workbook([{ ...GOOD, investment_wan: { t: 'd', v: new Date('2024-05-01') } }]),
        new RegExp(`第 2 行.*${letter('investment_wan')} 列.*日期`),
      ],
      ['empty.xlsx', workbook([]), /「台账」.*没有数据行/],
    ];
    for (const [name, buffer, expected] of cases) {
      const lines = await refused(p, name, buffer);
      expect(lines.join('\n'), name).toMatch(expected);
      expect(
        otherLanguage('zh', lines).filter((x) => !/^(bad-01|nowhere|tea-nothing|SUM)/.test(x)),
        name,
      ).toEqual([]);
      expect(await storedRecord(p), name).toBe(before);
    }
    // Over 50 MB (a sparse file on disk: the browser reads its size, never its bytes).
    const dir = mkdtempSync(join(tmpdir(), 'xsbn-big-'));
    try {
      const big = join(dir, 'huge.xlsx');
      writeFileSync(big, '');
      truncateSync(big, 50 * 1024 * 1024 + 1);
      await p.getByTestId('bureau-import-input').setInputFiles(big);
      await p.getByTestId('bureau-issues').waitFor({ timeout: 30_000 });
      const lines = await p.getByTestId('bureau-issues').locator('li').allTextContents();
      expect(lines.join('\n')).toMatch(/huge\.xlsx.*50 MB/);
      expect(await storedRecord(p)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(p.locator('[data-in-use="bureau"]').count()).resolves.toBe(1);

    // In English, the same problems in English.
    await p.goto(`${app.url()}?page=monitor&lang=en`);
    await ready(p);
    const en = await refused(p, 'unknown-park.xlsx', workbook([{ ...GOOD, park: 'nowhere' }]));
    expect(en.join('\n')).toMatch(new RegExp(`row 2.*column ${letter('park')}.*nowhere`, 'i'));
    const formula = await refused(
      p,
      'formula.xlsx',
      workbook([{ ...GOOD, investment_wan: { t: 'n', v: 3, f: 'SUM(1,2)' } }]),
    );
    expect(formula.join('\n')).toMatch(/formula/i);
    // The sheet's own name (台账, as the bureau named it) is quoted as it is; nothing else is Chinese.
    const texts = [...en, ...formula, ...(await visibleText(p, '[data-testid="bureau-issues"]'))];
    expect(
      otherLanguage(
        'en',
        texts.map((x) => x.replaceAll('“台账”', '“ledger”')),
      ),
    ).toEqual([]);
    expect(await storedRecord(p)).toBe(before);
  }, 180_000);
});
