import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { bureauEn, bureauZh } from '@/i18n/strings/bureau';
import type { SheetIssue } from '@/lib/data/bureau-types';
import { describeCoordProblem } from '@/lib/geo/coords';
import { sheetOf, statRow, teaHealthFirm } from '../../../../test/support/bureau-sheets';
import { shippedCatalog } from '../../../../test/support/shipped-data';
import { shippedCounties, shippedParkOutlines } from '../../../../test/support/shipped-monitor';
import { dataIssueText, dataIssueWords } from './data-issue-words';
import { validateSheets } from './validate-rows';

const ctx = { catalog: shippedCatalog, counties: shippedCounties, parkOutlines: shippedParkOutlines };
const i18n = i18next.createInstance();
let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  await i18n.init({
    lng: 'zh',
    resources: { zh: { translation: { bureau: bureauZh } }, en: { translation: { bureau: bureauEn } } },
    interpolation: { escapeValue: false },
  });
  zh = i18n.getFixedT('zh');
  en = i18n.getFixedT('en');
});

/** Every kind of problem the import's checks give, from rows a bureau could type. */
function battery(): SheetIssue[] {
  const firm = teaHealthFirm;
  const res = validateSheets(
    [
      sheetOf('台账', 'ledger', [
        firm('t-1'),
        firm('t-1'),
        firm('', { name_zh: 'Tea', name_en: '', kind: 'shop', leading: 'yes', status: 'open' }),
        firm('t-3', { industry: 'tee', link: 'tea-nothing', park: 'nowhere' }),
        firm('t-4', { link: 'rubber-wood', investment_wan: '十万', as_of: '2026/11' }),
        firm('t-5', { lon: '100.5', provenance: 'official', source: '' }),
        firm('t-6', { lon: '100.5', lat: '21.9', location_provenance: '' }),
        firm('t-7', { provenance: 'sample', location_provenance: 'public', note: 'x' }),
        firm('t-8', { lon: '100.5', lat: '21.9', location_provenance: 'estimate' }),
        firm('t-9', { kind: 'project', status: 'signed', location_provenance: 'guess' }),
        firm('t-10', { lon: 'E100', lat: '21.9', location_provenance: 'public' }),
        firm('t-11', { lon: '21.95', lat: '100.5', location_provenance: 'public' }),
        firm('t-12', { lon: '500000', lat: '2400000', location_provenance: 'public' }),
        firm('t-13', { lon: '105', lat: '25', location_provenance: 'public' }),
        firm('t-14', { lon: '101.65', lat: '21.2', location_provenance: 'public' }),
        firm('t-15', { lon: '99.95', lat: '21.6', location_provenance: 'public' }),
        firm('t-16', { as_of: '' }),
      ]),
      sheetOf('台账2', 'ledger', [firm('t-3')]),
      sheetOf('园区统计', 'stats', [
        statRow('menghai', '2023', {}),
        statRow('menghai', '2023', {}),
        statRow('nowhere', '24', { revenue_wan: '-1', industrial_firms: '2.5', sewage_treated_pct: '101' }),
        statRow('gasa', '2024', { trade_wan: 'n/a' }),
        statRow('', '2024', {}),
      ]),
      sheetOf('园区统计2', 'stats', [statRow('menghai', '2023', {})]),
    ],
    ctx,
  );
  return res.issues;
}

describe('dataIssueWords', () => {
  it('matches every message the import’s checks give, and the English words are the build’s own', () => {
    const issues = battery();
    const keys = new Set(issues.map((i) => dataIssueWords(i.message).key));
    expect(keys.has('other')).toBe(false);
    for (const i of issues) expect(dataIssueText(i, en)).toBe(i.message);
    // The battery reaches most rules (a rule no row can reach is kept for the build's other messages).
    expect(keys.size).toBeGreaterThanOrEqual(30);
  });

  it('the coordinate messages of the build (coords.ts), each to its rule', () => {
    const kinds = ['not-finite', 'projected', 'swapped', 'out-of-range'] as const;
    const keys = kinds.map((k) => dataIssueWords(describeCoordProblem(k, Number.NaN, 21.9)).key);
    expect(keys).toEqual(['coord-nan', 'coord-projected', 'coord-swapped', 'coord-far']);
  });

  it('in Chinese: the column’s label and the county’s name, no English words of the message', () => {
    const issues = battery();
    const text = (field: string, re: RegExp) => {
      const i = issues.find((x) => x.field === field && re.test(x.message));
      if (!i) throw new Error(`${field} ${re}`);
      return dataIssueText(i, zh);
    };
    expect(text('investment_wan', /must be a number/)).toBe('须填数值');
    expect(text('id', /duplicate/)).toBe('编号“t-1”重复（首次出现在第 2 行）');
    expect(text('lon,lat', /lies in mengla/)).toBe(
      '坐标 (101.65, 21.2) 位于勐腊县，不在园区 menghai 所在的勐海县',
    );
    for (const i of issues) {
      const words = dataIssueText(i, zh)
        // Values the bureau typed, ids and codes stay as they are.
        .replace(/“[^”]*”|「[^」]*」|\([^)]*\)|"[^"]*"|[a-z-]+(?: \/ [a-z-]+)+|[a-z-]+(?:, [a-z-]+)+/g, '')
        .replace(
          /\b(?:[a-z0-9]+-[a-z0-9-]+|prefecture|sample|official|public|estimate|true|false|signed|menghai|gasa|mohan|mengla|YYYY|MM|DD|CGCS2000|EPSG|WGS84|km)\b/g,
          '',
        );
      expect(words, i.message).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
