import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBureauStrings } from '../bureau-strings';
import { issueLine } from './issue-line';

const issue = {
  sheet: '台账',
  row: 2,
  column: 'L',
  field: 'investment_wan',
  code: 'data',
  message: 'investment_wan must be a number',
};

describe('issueLine', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'zh', resources: { zh: { translation: {} }, en: { translation: {} } } });
    ensureBureauStrings(i18next);
  });
  it('says where, and names the data build’s column keys by their labels, in each language', async () => {
    await i18next.changeLanguage('zh');
    expect(issueLine(issue, i18next.t, 'zh')).toBe(
      '「台账」第 2 行 L 列（投资额(万元)）：「投资额(万元)」应为数字',
    );
    await i18next.changeLanguage('en');
    expect(issueLine(issue, i18next.t, 'en')).toBe(
      'Sheet “台账”, row 2, column L (Investment (10k yuan)): “Investment (10k yuan)” must be a number',
    );
  });
  it('points to the notes sheet instead of listing every known id', async () => {
    const unknown = { ...issue, field: 'park', message: 'unknown park "nowhere" (known: menghai, mohan)' };
    await i18next.changeLanguage('zh');
    expect(issueLine(unknown, i18next.t, 'zh')).toMatch(/"nowhere"（可填的编号见模板的「说明」表）$/);
    await i18next.changeLanguage('en');
    const link = { ...issue, field: 'link', message: 'unknown chain link "x" (see chains.yaml)' };
    expect(issueLine(link, i18next.t, 'en')).not.toContain('yaml');
    expect(issueLine(unknown, i18next.t, 'en')).toMatch(
      /"nowhere" \(the ids to use are in the template’s Notes sheet\)$/,
    );
  });
});
