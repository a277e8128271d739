/**
 * Issue 13's acceptance, as a bureau meets it: the xlsx template downloaded from the monitoring page,
 * filled in (SheetJS, as Excel or WPS would save it) with a small real-shaped set — three firms with
 * `public` provenance and one park's revenue and land for two years — imported, previewed, applied; the
 * chain, gaps, matrix, host ranking and monitoring view then read as computed by hand (the arithmetic is
 * written out in src/features/bureau/model/verdict-changes.test.ts, on the same shipped data); kept after
 * a reload; exported as data/ files that the data build accepts; reset to the shipped data.
 *
 * By hand (chain-status.ts RULE, chain-matrix.ts, host-score.ts DEFAULT_WEIGHTS, indicators.ts):
 * - tea-health (a link the plan names: threshold 3) has no node today: missing. Two firms of weight 1 in
 *   Menghai: strength 2, 1 ≤ 2 < 3 → weak; gap priority (1 − 2/3) × 1.5 = 0.5 (was 1.5); the
 *   tea-health × Menghai cell: 2 ≥ 2 → present.
 * - One refined-tea firm in Gasa: the tea-refined × Gasa cell 0 → 1: weak; Gasa's cluster factor for
 *   tea-health (neighbour tea-refined) 0 → 1: +20 points, ahead of Mohan: top three menghai, gasa, mohan
 *   (was menghai, mohan, gasa).
 * - Menghai (provincial, floor 400 万元/亩): 亩均营业收入 2024 = 920,000 ÷ 2,500 = 368 → not met;
 *   revenue growth (920,000 ÷ 800,000) − 1 = 15 % ≥ 15 %, 2024 < 2025 → on track; the 100亿 park:
 *   920,000 × 1.15 = 1,058,000 ≥ 1,000,000 by 2025 → on track.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateAndDerive } from '../../data/scripts/lib/build';
import { COLUMN_SPECS, headerText } from '../../src/features/bureau/sheets/column-specs';
import { SHEET_NAMES } from '../../src/features/bureau/sheets/write-template';
import { waitForMapIdle } from '../support/browser';
import { setupApp } from '../support/harness';
import { otherLanguage } from '../support/language-offenders';
import { visibleText } from '../support/visible-text';

const app = setupApp();

const firm = (id: string, link: string, park: string, nameZh: string, nameEn: string) => ({
  id,
  kind: 'firm',
  status: 'operating',
  leading: 'false',
  name_zh: nameZh,
  name_en: nameEn,
  industry: 'tea',
  link,
  park,
  provenance: 'public',
  source: 'Test: a public list of firms (acceptance test record)',
  source_zh: '测试:公开企业名单(验收测试记录)',
  as_of: '2026-11',
});
const FIRMS = [
  firm(
    'acc-health-1',
    'tea-health',
    'menghai',
    '验收测试·茶保健品企业甲',
    'Acceptance test tea-health firm A',
  ),
  firm(
    'acc-health-2',
    'tea-health',
    'menghai',
    '验收测试·茶保健品企业乙',
    'Acceptance test tea-health firm B',
  ),
  firm('acc-refined-1', 'tea-refined', 'gasa', '验收测试·精制茶企业', 'Acceptance test refined-tea firm'),
];
const stat = (year: number, revenue: number) => ({
  park: 'menghai',
  year,
  revenue_wan: revenue,
  land_in_use_mu: 2500,
  provenance: 'public',
  source: 'Test: the park committee’s yearly statistics (acceptance test figures)',
  source_zh: '测试:园区管委会年度统计(验收测试数据)',
  as_of: `${year + 1}-03`,
});
const STATS = [stat(2023, 800_000), stat(2024, 920_000)];

/** Fills a sheet under its header row as a user would: each value in the column its header names. */
function fill(ws: XLSX.WorkSheet, kind: 'ledger' | 'stats', rows: Record<string, string | number>[]) {
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const col = new Map<string, number>();
  for (let c = range.s.c; c <= range.e.c; c++) {
    const text = String(ws[XLSX.utils.encode_cell({ r: 0, c })]?.v ?? '');
    const spec = COLUMN_SPECS[kind].find((s) => headerText(s) === text);
    if (spec) col.set(spec.key, c);
  }
  rows.forEach((row, i) => {
    for (const [key, v] of Object.entries(row)) {
      const c = col.get(key);
      if (c === undefined) throw new Error(`the template has no column for ${key}`);
      ws[XLSX.utils.encode_cell({ r: i + 1, c })] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
    }
  });
  range.e.r = Math.max(range.e.r, rows.length);
  ws['!ref'] = XLSX.utils.encode_range(range);
}

const ready = (p: Page) => p.locator('[data-testid="bureau-panel"][data-ready="true"]').waitFor();
const statusOf = (p: Page, testId: string) =>
  p
    .getByTestId(testId)
    .first()
    .getAttribute('class')
    .then((c) => /status-(\w+)/.exec(c ?? '')?.[1]);
const hostOrder = (p: Page) =>
  p
    .locator('[data-testid^="host-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice(5)).slice(0, 3));

describe('the bureau keeps the map current (issue 13 acceptance)', () => {
  it('template → filled → import → preview → apply → verdicts as by hand → kept → exported data/ builds → reset', async () => {
    // The template, downloaded from the panel.
    const p = await app.openNoMap('?page=monitor&lang=zh');
    await ready(p);
    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      p.getByTestId('bureau-template-xlsx').click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = XLSX.read(readFileSync((await dl.path()) ?? ''), { type: 'buffer' });
    const ledger = wb.Sheets[SHEET_NAMES.ledger];
    const stats = wb.Sheets[SHEET_NAMES.stats];
    if (!ledger || !stats) throw new Error(`template sheets: ${wb.SheetNames.join(', ')}`);
    fill(ledger, 'ledger', FIRMS);
    fill(stats, 'stats', STATS);
    const filled = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

    // Import: the preview says what changes, in Chinese only.
    await p.getByTestId('bureau-import-input').setInputFiles({
      name: '本局数据.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await p.getByTestId('bureau-preview').waitFor();
    const count = async (id: string) =>
      Number(/\d+/.exec((await p.getByTestId(id).textContent()) ?? '')?.[0]);
    expect([await count('bureau-nodes-added'), await count('bureau-stats-added')]).toEqual([3, 2]);
    expect([await count('bureau-nodes-changed'), await count('bureau-nodes-removed')]).toEqual([0, 0]);
    const verdicts = ((await p.getByTestId('bureau-verdicts').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const words of ['缺失 → 薄弱', '1.5 → 0.5', '368', '进度符合']) expect(verdicts).toContain(words);
    // Record ids (the sheet's 编号 column, shown beside each name) are codes, the same in both languages.
    const ids = new Set(FIRMS.map((f) => f.id));
    const foreign = otherLanguage('zh', await visibleText(p, '[data-testid="bureau-preview"]'));
    expect(foreign.filter((x) => !ids.has(x))).toEqual([]);
    await p.getByTestId('bureau-apply').click();
    await p.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();

    // The monitoring view: Menghai's revenue per mu and growth, the prefecture's 100亿 park.
    await p.goto(`${app.url()}?page=monitor:menghai&lang=zh`);
    await p.getByTestId('target-revenue-per-mu').waitFor();
    const card = (id: string) => p.getByTestId(`target-${id}`);
    await expect(card('revenue-per-mu').getAttribute('data-status')).resolves.toBe('not-met');
    await expect(card('revenue-per-mu').getByTestId('value').textContent()).resolves.toContain('368');
    await expect(card('revenue-growth').getAttribute('data-status')).resolves.toBe('on-track');
    await expect(card('revenue-growth').getByTestId('value').textContent()).resolves.toContain('15');
    await card('revenue-per-mu').getByTestId('figures').locator('summary').click();
    await expect(card('revenue-per-mu').getByTestId('bureau-tag').count()).resolves.toBeGreaterThan(0);
    await p.getByTestId('monitor-scope').selectOption('');
    await expect(card('revenue-100yi').getAttribute('data-status')).resolves.toBe('on-track');

    // Kept after a reload (a new page): the map, with the chain, gaps and matrix as by hand.
    const m = await app.open('?lang=zh&panel=chain&ind=tea');
    await m.getByTestId('bureau-data-line').waitFor();
    await m.getByTestId('link-tea-health').waitFor();
    expect(await statusOf(m, 'link-tea-health')).toBe('weak');
    await m.evaluate(() => window.__store?.setState({ panel: 'gaps', link: 'tea-health' }));
    await m.getByTestId('hosts').waitFor();
    expect((await m.getByTestId('gap-tea-health').textContent()) ?? '').toContain('0.5');
    await expect.poll(() => hostOrder(m)).toEqual(['menghai', 'gasa', 'mohan']);
    await m.evaluate(() => window.__store?.setState({ panel: 'matrix', link: null }));
    await m.getByTestId('cell-tea-health-menghai').waitFor();
    expect(await statusOf(m, 'cell-tea-health-menghai')).toBe('present');
    expect(await statusOf(m, 'cell-tea-refined-gasa')).toBe('weak');
    await waitForMapIdle(m);
    // The search finds a firm the bureau entered.
    await m.getByTestId('search').fill('验收测试·精制茶');
    await m.getByTestId('search-results').getByText('验收测试·精制茶企业').first().waitFor();

    // Exported data/ files: the data build accepts them unchanged.
    const [zipDl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('bureau-export').click()]);
    const zip = unzipSync(new Uint8Array(readFileSync((await zipDl.path()) ?? '')));
    const dir = mkdtempSync(join(tmpdir(), 'xsbn-accept-'));
    try {
      cpSync('data', dir, { recursive: true, filter: (src) => !src.includes('scripts') });
      for (const f of ['nodes.csv', 'park-stats.csv']) {
        const body = zip[`data/${f}`];
        if (!body) throw new Error(`the export has no data/${f}`);
        writeFileSync(join(dir, f), body);
      }
      const out = validateAndDerive(dir) as Record<string, { features?: { properties: { id: string } }[] }>;
      const ids = out['nodes.geojson']?.features?.map((f) => f.properties.id) ?? [];
      expect(ids).toEqual(expect.arrayContaining(FIRMS.map((f) => f.id)));
      const monitor = out['monitor.json'] as unknown as {
        stats: { park: string; year: number; revenue_wan: number }[];
      };
      expect(monitor.stats.map((s) => [s.park, s.year, s.revenue_wan])).toEqual([
        ['menghai', 2023, 800_000],
        ['menghai', 2024, 920_000],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Reset: the shipped data again, on the map page already open (in place, no reload).
    await p.getByTestId('bureau-reset').click();
    await p.getByTestId('bureau-reset-confirm').click();
    await p.locator('[data-in-use="shipped"]').waitFor();
    await m.evaluate(() => window.__store?.setState({ panel: 'chain', link: null }));
    await expect.poll(() => statusOf(m, 'link-tea-health'), { timeout: 20_000 }).toBe('missing');
  }, 180_000);
});
