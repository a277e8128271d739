/**
 * Issue 13, the monitoring view (监测评价) in Chromium: on the shipped data every target reads "no public
 * data" (never a number), with the plan's words and the context figures under their targets; a park's
 * view has the park's targets; with a few park figures (served in place of geo/monitor.json) the values,
 * statuses and charts appear, each table matches, and the CSV ends with its source line. No fragment of
 * the other language; screenshots at 1920×1080, 1366×768 and 375×812 in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUOTES_EN } from '@/i18n/strings/monitor';
import { type MonitorData, monitorSchema } from '@/lib/schemas/monitor';
import { SHOTS, setupApp } from '../support/harness';
import { otherLanguage } from '../support/language-offenders';
import { built, statRow } from '../support/monitor-data';
import { visibleText } from '../support/visible-text';

const app = setupApp();
const dist = process.env.XSBN_DIST ?? 'dist';
const shipped: MonitorData = monitorSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../..', dist, 'geo/monitor.json'), 'utf8')),
);

// Menghai (provincial): revenue 120,000 and 150,000 万元 in 2023 and 2024, 300 亩 in use in 2024.
// By hand: 150,000 ÷ 300 = 500 万元/亩 ≥ 400 → met; (150,000 ÷ 120,000) − 1 = 25 % ≥ 15 % before 2025 → on track.
const withFigures: MonitorData = {
  ...shipped,
  stats: built([
    statRow('menghai', 2023, { revenue_wan: 120000 }),
    statRow('menghai', 2024, { revenue_wan: 150000, land_in_use_mu: 300 }),
  ]),
};

const VIEWPORTS = [
  ['1920', { width: 1920, height: 1080 }],
  ['1366', { width: 1366, height: 768 }],
  ['375', { width: 375, height: 812 }],
] as const;

async function open(query: string, monitor?: MonitorData): Promise<{ page: Page; chartLoads: string[] }> {
  const chartLoads: string[] = [];
  const page = await app.openNoMap(query, {
    before: async (p) => {
      p.on('request', (r) => {
        if (/chart-setup/.test(r.url())) chartLoads.push(r.url());
      });
      if (monitor)
        await p.route(/\/geo\/monitor\.json/, (route) =>
          route.fulfill({ contentType: 'application/json', body: JSON.stringify(monitor) }),
        );
    },
  });
  await page.getByTestId('monitoring-view').waitFor();
  await page.locator('.mon-card').first().waitFor();
  return { page, chartLoads };
}

async function shots(page: Page, name: string): Promise<void> {
  for (const [v, size] of VIEWPORTS) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/monitor-${name}-${v}.png`, fullPage: v !== '1920' });
    // Nothing wider than the window (tables scroll inside their box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), v).toBe(
      true,
    );
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

// The view itself (the bureau's panel below it and the header have their own tests).
const VIEW = '[data-testid="monitoring-view"]';
const card = (page: Page, id: string) => page.getByTestId(`target-${id}`);

describe('the monitoring view', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`on the shipped data (${lang}): every target without a number, the plan's words, the context marked as such`, async () => {
      const { page, chartLoads } = await open(`?page=monitor&lang=${lang}`);
      const noData = lang === 'zh' ? '无公开数据' : 'No public data';
      expect(await page.locator('.mon-group h3').allTextContents()).toEqual(
        lang === 'zh'
          ? ['经济规模', '质量效益', '创新能力', '绿色发展', '开放水平']
          : ['Scale', 'Quality and returns', 'Innovation', 'Green development', 'Opening up'],
      );
      expect(await page.locator('.mon-card').count()).toBe(shipped.targets.length);
      for (const t of shipped.targets) {
        const c = card(page, t.id);
        await expect.poll(() => c.locator('h4').textContent()).toBe(lang === 'zh' ? t.name_zh : t.name_en);
        if (t.scope === 'park') {
          // Measured park by park: each compared park without data.
          expect(await c.getByTestId('by-park').textContent()).toContain(
            lang === 'zh' ? '无公开数据 3' : 'no public data 3',
          );
        } else {
          expect(await c.getByTestId('status').textContent()).toBe(`—${noData}`);
          const value = (await c.getByTestId('value').textContent()) ?? '';
          expect(value).toBe(noData);
          expect(value).not.toMatch(/\d/);
          expect(await c.getByTestId('reason').textContent()).toMatch(
            lang === 'zh' ? /^需要的数据:/ : /^Needs: /,
          );
        }
        const quote = await c.getByTestId('quote').textContent();
        expect(quote).toContain(lang === 'zh' ? `“${t.quote_zh}”` : `“${QUOTES_EN[t.id]}”`);
        expect(quote).toContain(lang === 'zh' ? t.source_zh : t.source);
      }
      for (const x of shipped.context) {
        const box = card(page, x.target).getByTestId('context');
        expect(await box.locator('.mon-context-title').textContent()).toBe(
          lang === 'zh' ? '背景数据(不是本指标)' : 'Context (not this indicator)',
        );
        const item = await box.getByTestId(`context-${x.id}`).textContent();
        expect(item).toContain(lang === 'zh' ? x.source_zh : x.source);
        expect(item).toContain(lang === 'zh' ? x.not_indicator_zh : x.not_indicator_en);
      }
      // No figure, no chart: the charts library is not even loaded.
      expect(await page.getByTestId('chart-canvas').count()).toBe(0);
      expect(chartLoads).toEqual([]);
      expect(otherLanguage(lang, await visibleText(page, VIEW))).toEqual([]);
      await shots(page, `shipped-${lang}`);
    });
  }

  it('shows a park the targets measured for a park (from its profile page), and the scope picker goes back to the prefecture', async () => {
    const page = await app.openNoMap('?page=park:menghai&lang=zh');
    await page.getByTestId('to-monitor').click();
    await page.locator('.mon-card').first().waitFor();
    expect(page.url()).toContain('page=monitor%3Amenghai');
    expect(await page.getByTestId('monitor-scope-name').textContent()).toBe('勐海产业园区');
    const ids = await page
      .locator('.mon-card')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(ids).toEqual(shipped.targets.filter((t) => t.scope !== 'prefecture').map((t) => `target-${t.id}`));
    expect(await card(page, 'revenue-per-mu').getByTestId('goal').textContent()).toBe(
      '不低于 400 万元/亩(省级园区)',
    );
    await page.getByTestId('monitor-scope').selectOption('');
    await page.getByTestId('monitor-scope-name').filter({ hasText: '全州园区' }).waitFor();
    expect(page.url()).toMatch(/page=monitor(&|$)/);
  });

  it('with park figures: values, statuses, charts, the same numbers as a table, CSV with its source line', async () => {
    const { page, chartLoads } = await open('?page=monitor:menghai&lang=zh', withFigures);
    const perMu = card(page, 'revenue-per-mu');
    expect(await perMu.getByTestId('status').textContent()).toBe('✓已达到');
    expect(await perMu.getByTestId('value').textContent()).toBe('500 万元/亩(2024 年)');
    expect(await perMu.getByTestId('reason').textContent()).toBe('500 万元/亩,已达到目标 400 万元/亩。');
    await perMu.locator('[data-testid="chart-canvas"][data-drawn="1"]').waitFor();
    await perMu.getByTestId('figures').locator('summary').click();
    expect(await perMu.getByTestId('figure').allTextContents()).toEqual([
      expect.stringContaining('勐海产业园区 · 2024 年 · 营业收入(万元):150,000'),
      expect.stringContaining('勐海产业园区 · 2024 年 · 已利用土地面积(亩):300'),
    ]);
    const growth = card(page, 'revenue-growth');
    expect(await growth.getByTestId('status').textContent()).toBe('↗进度符合');
    expect(await growth.getByTestId('value').textContent()).toContain('25%/年(2024 年)');
    // The table holds the chart's numbers.
    const table = perMu.getByTestId('table-revenue-per-mu-series');
    await table.locator('summary').click();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      '年份',
      '数值(万元/亩)',
      '目标线(万元/亩)',
    ]);
    expect(await table.locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.textContent))).toEqual([
      '2024500400',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      perMu.getByTestId('csv-revenue-per-mu-series').click(),
    ]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['年份,数值(万元/亩),目标线(万元/亩)', '2024,500,400']);
    expect(lines.at(-1)).toBe(
      '来源:《西双版纳州“十四五”产业园区发展实施方案》(西政办发〔2023〕16号)一(三);勐海县统计公报;截至 2025-03-31',
    );
    expect(chartLoads).toHaveLength(1);
    expect(otherLanguage('zh', await visibleText(page, VIEW))).toEqual([]);
    await shots(page, 'figures-menghai-zh');
  });

  it('with park figures, the prefecture compares the parks side by side (English)', async () => {
    const { page } = await open('?page=monitor&lang=en', withFigures);
    const perMu = card(page, 'revenue-per-mu');
    expect(await perMu.getByTestId('park-status-menghai').textContent()).toBe('Menghai Industrial Park ✓Met');
    await perMu.locator('[data-testid="chart-canvas"][data-drawn="1"]').waitFor();
    const table = perMu.getByTestId('table-revenue-per-mu-parks');
    await table.locator('summary').click();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((rs) => rs.map((r) => [...r.children].map((c) => c.textContent)));
    expect(rows.at(-1)).toEqual(['Menghai Industrial Park', '2024', '500', '400', 'Met']);
    expect(rows).toHaveLength(3);
    // The prefecture's revenue is its top-level parks' together: Menghai's alone, 25 % a year.
    expect(await card(page, 'revenue-growth').getByTestId('status').textContent()).toBe('↗On track');
    expect(otherLanguage('en', await visibleText(page, VIEW))).toEqual([]);
    await shots(page, 'figures-prefecture-en');
  });
});
