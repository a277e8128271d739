import { describe, expect, it } from 'vitest';
import { built, parks, shippedMonitor, statRow, translator } from '../../../../test/support/monitor-data';
import { evaluateTargets } from '@/lib/domain/indicators';
import { formatValue, goalMessage, reasonMessage, uniqueFigures } from './format';
import { indicatorInput } from './view-model';

const monitor = shippedMonitor();
const target = (id: string) => {
  const t = monitor.targets.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};
const zh = translator('zh');
const en = translator('en');
const name = (id: string) => parks.find((p) => p.id === id)?.name_zh ?? id;
const nameEn = (id: string) => parks.find((p) => p.id === id)?.name_en ?? id;

describe('values with their unit', () => {
  it('are grouped and rounded for the language, with the target’s unit', () => {
    expect(formatValue(1234.54, target('revenue-per-mu'), 'zh')).toBe('1,234.5 万元/亩');
    expect(formatValue(1234.54, target('revenue-per-mu'), 'en')).toBe('1,234.5 10k yuan per mu');
    expect(formatValue(25, target('revenue-growth'), 'zh')).toBe('25%/年');
    expect(formatValue(1.456, target('industrial-firms'), 'en')).toBe('1.46×');
    expect(formatValue(3, target('eng-centres'), 'zh')).toBe('3 个');
  });
});

describe('goals', () => {
  it('say the rule’s goal, by the park’s level for revenue per mu', () => {
    const perMu = target('revenue-per-mu');
    expect(zh(goalMessage(perMu, 400, 'zh', 'provincial'))).toBe('不低于 400 万元/亩(省级园区)');
    expect(en(goalMessage(perMu, 600, 'en', 'national'))).toBe(
      'at least 600 10k yuan per mu (national park)',
    );
    expect(zh(goalMessage(perMu, null, 'zh'))).toBe('不低于 国家级 600、省级 400、州级 300 万元/亩');
    expect(zh(goalMessage(target('energy-intensity'), null, 'zh'))).toBe('逐年下降');
    expect(en(goalMessage(target('output-share'), 10, 'en'))).toBe('a gain of 10 percentage points');
  });
});

describe('reasons', () => {
  it('name the inputs needed when there is no figure, never a number', () => {
    const input = indicatorInput(monitor, parks, true, null);
    const [share] = evaluateTargets(input, { kind: 'prefecture' });
    if (!share) throw new Error('no result');
    expect(zh(reasonMessage(share, 'zh', name))).toBe('需要的数据:工业总产值(万元)。尚无公开数字。');
    const perMu = evaluateTargets(input, { kind: 'park', park: 'menghai' }).find(
      (r) => r.target.id === 'revenue-per-mu',
    );
    if (!perMu) throw new Error('no result');
    expect(en(reasonMessage(perMu, 'en', nameEn))).toBe(
      'Needs: revenue (10k yuan), land in use (mu). No public figure yet.',
    );
    expect(zh(reasonMessage(perMu, 'zh', name))).toBe(
      '需要的数据:营业收入(万元)、已利用土地面积(亩)。尚无公开数字。',
    );
  });

  it('give the numbers of a computed status', () => {
    const m = shippedMonitor(
      built([
        statRow('menghai', 2023, { revenue_wan: 120000 }),
        statRow('menghai', 2024, { revenue_wan: 150000, land_in_use_mu: 300 }),
      ]),
    );
    const results = evaluateTargets(indicatorInput(m, parks, true, null), { kind: 'park', park: 'menghai' });
    const perMu = results.find((r) => r.target.id === 'revenue-per-mu');
    const growth = results.find((r) => r.target.id === 'revenue-growth');
    if (!perMu || !growth) throw new Error('no result');
    expect(zh(reasonMessage(perMu, 'zh', name))).toBe('500 万元/亩,已达到目标 400 万元/亩。');
    expect(en(reasonMessage(growth, 'en', nameEn))).toBe(
      '25%/yr up to 2024, at or above the target of 15%/yr; judged finally in 2025.',
    );
    // 2024's revenue backs both the ratio and nothing else twice.
    expect(uniqueFigures(perMu.figures).map((f) => `${f.year}:${f.column}`)).toEqual([
      '2024:revenue_wan',
      '2024:land_in_use_mu',
    ]);
  });
});
