import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import type { Lang } from '@/i18n/lang';
import { CRS_CATALOG } from '../import/crs/crs-catalog';
import { resolveCrs } from '../import/crs/resolve';
import type { CrsReport } from '../import/crs/types';
import { CrsPicker } from './crs-picker';

function render(report: CrsReport, lang: Lang): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(lang)}>
      <CrsPicker report={report} onChange={() => {}} />
    </I18nextProvider>,
  );
}
const HAN = /[\u4e00-\u9fff]/;
const text = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('CrsPicker', () => {
  const guessed = resolveCrs([
    [376078.86, 2434286.65],
    [376978.86, 2434986.65],
  ]);

  it('a guess from the ranges asks to be checked, names the system, lists candidates first', () => {
    const zh = render(guessed, 'zh');
    expect(zh).toContain('CGCS2000 / 3度带高斯-克吕格投影 中央经线东经102°');
    expect(zh).toContain('按坐标范围推断,请核对');
    expect(zh).toContain('坐标系');
    expect(zh).toContain('X 为北坐标(测量坐标顺序)');
    expect(zh).toMatch(/data-testid="crs-select"/);
    // The likely group comes first, then the whole catalog.
    const options = zh.match(/<option /g) ?? [];
    expect(options.length).toBe(CRS_CATALOG.length + 1 + guessed.candidates.length);
    expect(zh.indexOf('可能的坐标系')).toBeLessThan(zh.indexOf('高斯-克吕格投影 3度带'));
  });

  it('has no Latin words in Chinese but datum names, EPSG codes and the survey X', () => {
    const zh = text(render({ ...guessed, source: 'declared', declaredFrom: 'geojson' }, 'zh'));
    const allowed = new Set(['WGS', 'CGCS2000', 'EPSG', 'X', 'GeoJSON']);
    expect((zh.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !allowed.has(w))).toEqual([]);
  });

  it('has no Chinese in English and names the source of a declared system', () => {
    const en = render({ ...guessed, source: 'declared', declaredFrom: 'prj' }, 'en');
    expect(en).toContain('3-degree Gauss–Krüger, central meridian 102°E');
    expect(en).toContain('from the file&#x27;s .prj');
    expect(text(en)).not.toMatch(HAN);
  });

  it('states that the Xian 1980 / Beijing 1954 shift is approximate', () => {
    const r: CrsReport = { id: 'EPSG:2379', source: 'override', swapXY: false, candidates: [] };
    expect(render(r, 'zh')).toContain('西安1980换算到 WGS 84 采用近似方法');
    expect(render(r, 'en')).toContain('Xian 1980 is converted to WGS 84 approximately');
    expect(render({ ...r, id: 'EPSG:4543' }, 'en')).not.toContain('approximately');
  });
});
