import { describe, expect, it } from 'vitest';
import { built, parks, shippedMonitor, statRow, translator } from '../../../../test/support/monitor-data';
import { evaluateTargets } from '@/lib/domain/indicators';
import { chartCsv, parksChart, seriesChart } from './chart-data';
import { buildView, indicatorInput } from './view-model';

// Menghai: revenue 100,000 → 120,000 → 150,000 万元 (2022–2024), land 300 亩 in 2024.
const rows = [
  statRow('menghai', 2022, { revenue_wan: 100000 }),
  statRow('menghai', 2023, { revenue_wan: 120000 }),
  statRow('menghai', 2024, { revenue_wan: 150000, land_in_use_mu: 300 }),
];
const monitor = shippedMonitor(built(rows));
const input = indicatorInput(monitor, parks, true, null);
const zh = translator('zh');
const en = translator('en');

const parkResult = (id: string) => {
  const r = evaluateTargets(input, { kind: 'park', park: 'menghai' }).find((x) => x.target.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('the series chart', () => {
  it('has each year’s growth with the target line, and the same numbers as a table', () => {
    const chart = seriesChart(parkResult('revenue-growth'), 'zh', '无');
    expect(chart?.data.labels).toEqual(['2023', '2024']);
    expect(chart?.data.values.map((v) => Math.round((v ?? 0) * 10) / 10)).toEqual([20, 25]);
    expect(chart?.data.targets).toEqual([15, 15]);
    expect(chart?.table.head.map(zh)).toEqual(['年份', '数值(%/年)', '目标线(%/年)']);
    expect(chart?.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['2023', '20', '15'],
      ['2024', '25', '15'],
    ]);
    expect(zh(chart?.table.caption ?? { key: 'monitor.title' })).toBe(
      '园区营业收入年均增长:历年数值与目标线',
    );
  });

  it('is not drawn without a value', () => {
    const none = evaluateTargets(indicatorInput(shippedMonitor(), parks, true, null), { kind: 'prefecture' });
    expect(none.map((r) => seriesChart(r, 'zh', '无')).filter((c) => c !== null)).toEqual([]);
  });

  it('writes CSV with the header in the language and a source line naming the documents', () => {
    const chart = seriesChart(parkResult('revenue-per-mu'), 'en', 'none');
    if (!chart) throw new Error('no chart');
    const csv = chartCsv(chart.table, 'en', en);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    expect(lines[0]).toBe('Year,Value (10k yuan per mu),Target line (10k yuan per mu)');
    expect(lines[1]).toBe('2024,500,400');
    expect(lines.at(-1)).toBe(
      '"Source: Xishuangbanna Prefecture 14th Five-Year Implementation Plan for Industrial Parks (西政办发〔2023〕16号), section I(3); Menghai County statistical bulletin; as of 2025-03-31"',
    );
    const zhCsv = chartCsv(
      seriesChart(parkResult('revenue-per-mu'), 'zh', '无')?.table ?? chart.table,
      'zh',
      zh,
    );
    expect(zhCsv.trimEnd().split('\n').at(-1)).toBe(
      '来源:《西双版纳州“十四五”产业园区发展实施方案》(西政办发〔2023〕16号)一(三);勐海县统计公报;截至 2025-03-31',
    );
  });
});

describe('the parks side by side', () => {
  it('lists every compared park with its latest value, goal and status; bars only where there is a value', () => {
    const card = buildView(monitor, input, parks, null)
      .flatMap((g) => g.cards)
      .find((c) => c.target.id === 'revenue-per-mu');
    if (!card) throw new Error('no card');
    const chart = parksChart(card.target, card.parks, 'zh', zh, '无');
    expect(chart?.data.labels).toEqual([
      '云南勐腊(磨憨)重点开发开放试验区',
      '西双版纳工业和信息化产业集聚区(嘎洒)',
      '勐海产业园区',
    ]);
    expect(chart?.data.values).toEqual([null, null, 500]);
    expect(chart?.data.targets).toEqual([600, 300, 400]);
    expect(chart?.table.rows.at(-1)?.map((c) => c.text)).toEqual([
      '勐海产业园区',
      '2024',
      '500',
      '400',
      '已达到',
    ]);
    expect(chart?.table.rows[0]?.map((c) => c.text)).toEqual([
      '云南勐腊(磨憨)重点开发开放试验区',
      '无',
      '无',
      '600',
      '无公开数据',
    ]);
  });
});
