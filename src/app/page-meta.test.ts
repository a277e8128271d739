import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import { catalogSchema } from '@/lib/schemas/catalog';
import { pageMeta } from './page-meta';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('public/geo/catalog.json', 'utf8')));
const i18n = createI18n('zh');
const zh = i18n.getFixedT('zh');
const en = i18n.getFixedT('en');

describe('page titles and descriptions (the built catalog)', () => {
  it('a profile: the park, level, county, industries and area, in each language', () => {
    const z = pageMeta('park:menghai', catalog, 'zh', zh);
    expect(z.title).toBe('勐海产业园区 · 西双版纳产业地图');
    expect(z.description).toBe(
      '勐海产业园区:省级(估计)产业园区,位于勐海县。主导产业:普洱茶、制糖、数字经济、文旅康养。示意范围约 17.4 平方公里(26,173 亩)。',
    );
    const e = pageMeta('park:menghai', catalog, 'en', en);
    expect(e.title).toBe('Menghai Industrial Park · Xishuangbanna Industry Map');
    expect(e.description).toMatch(
      /^Menghai Industrial Park: a provincial \(estimated\) industrial park in Menghai\. Leading industries: .*tea.*\. Schematic extent about 17\.4 km² \(26,173 mu\)\.$/i,
    );
  });
  it('every park has both, with no Chinese in English and no Latin words in Chinese but numbers and units', () => {
    for (const p of catalog.parks) {
      const e = pageMeta(`park:${p.id}`, catalog, 'en', en);
      const z = pageMeta(`park:${p.id}`, catalog, 'zh', zh);
      expect(e.title).toContain(p.name_en);
      expect(z.title).toContain(p.name_zh);
      expect(e.description, p.id).not.toMatch(/[\u4e00-\u9fff]/);
      expect(z.description.replace(/km²|mu/g, ''), p.id).not.toMatch(/[A-Za-z]{2,}/);
      expect(e.description.length, p.id).toBeGreaterThan(60);
    }
  });
  it('the directory and the other pages', () => {
    expect(pageMeta('parks', catalog, 'zh', zh).title).toBe('园区名录 · 西双版纳产业地图');
    expect(pageMeta('parks', catalog, 'en', en).description).toContain(
      `${catalog.parks.length} industrial parks`,
    );
    expect(pageMeta('map', catalog, 'en', en).title).toBe('Xishuangbanna Industry Map');
    expect(pageMeta('park:nowhere', catalog, 'zh', zh).title).toBe('西双版纳产业地图');
  });
});
