import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en, zh } from '@/i18n/resources';
import { DEFAULT_WEIGHTS } from '@/lib/domain/host-score';
import { shippedIndex } from '../../../../test/support/shipped-data';
import { type BriefContent, briefContent, provenanceText, type Translate } from './brief-content';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = {
  zh: i18n.getFixedT('zh') as unknown as Translate,
  en: i18n.getFixedT('en') as unknown as Translate,
};
const base = { t, date: '2025-03-04', url: 'https://example.org/?sel=park:mohan', weights: DEFAULT_WEIGHTS };

/** Every text of the brief in one language, joined. */
const allText = (c: BriefContent, lang: 'zh' | 'en') =>
  [
    c.kicker,
    c.title,
    c.subtitle,
    c.dateLine,
    c.linkLine,
    ...c.sections.flatMap((s) => [s.heading, ...s.lines.flatMap((l) => [l.text, l.tag ?? {}, l.note ?? {}])]),
    ...c.notes,
    ...c.sources,
  ]
    .map((b) => b[lang] ?? '')
    .join('\n');

describe('briefContent: a park', () => {
  const ix = shippedIndex(true);
  it('has the park name, the date, the link, and only the chosen languages', () => {
    const c = briefContent({ ...base, ix, subject: { kind: 'park', id: 'mohan' }, langs: ['en'] });
    expect(c.title).toEqual({ en: 'Mohan Economic Development Zone' });
    expect(c.dateLine.en).toBe('Date: 2025-03-04');
    expect(c.linkLine.en).toContain('https://example.org/?sel=park:mohan');
    expect(c.sections.map((s) => s.id)).toEqual(['facts', 'committee', 'chain', 'gaps']);
    expect(allText(c, 'zh')).toBe(allText(c, 'zh').replace(/[^\n]/g, ''));
    expect(c.fileBase).toBe('brief-mohan');
  });
  it('gives every fact its provenance and, where known, its as-of date', () => {
    const c = briefContent({ ...base, ix, subject: { kind: 'park', id: 'mohan' }, langs: ['zh', 'en'] });
    const facts = c.sections.find((s) => s.id === 'facts');
    const land = facts?.lines.find((l) => l.text.zh?.startsWith('可用土地'));
    expect(land?.tag?.zh).toMatch(/^示例数据 · 截至 \d{4}-\d{2}/);
    expect(land?.tag?.en).toMatch(/^Sample data · as of \d{4}-\d{2}/);
    // The tag is short (kind, the source's number, as-of); the source text is in Sources, once.
    const record = facts?.lines[0];
    expect(record?.tag?.zh).toMatch(/^(官方|公开资料) \[1\] · 截至 \d{4}-\d{2}-\d{2}$/);
    expect(c.sources[0]?.zh).toMatch(/^来源:.+/);
    expect(c.sources[0]?.en).toMatch(/^Source: .+/);
    expect(new Set(c.sources.map((x) => x.zh)).size).toBe(c.sources.length);
    for (const l of facts?.lines ?? [])
      if (l.tag) expect(l.tag.en).toMatch(/^(Official|Public|Estimate|Sample data)/);
    // Every number cited is in the block.
    const cited = allText(c, 'en').match(/\[(\d+)\]/g) ?? [];
    for (const m of cited) expect(Number(m.slice(1, -1))).toBeLessThanOrEqual(c.sources.length);
    expect(cited.length).toBeGreaterThanOrEqual(c.sources.length);
    expect(allText(c, 'zh')).toContain('每项数据均注明来源类别');
    expect(allText(c, 'en')).toContain('This brief includes sample data');
  });
  it('lists each leading industry with its links present, in the pipeline and missing, and gaps with what to attract', () => {
    const c = briefContent({ ...base, ix, subject: { kind: 'park', id: 'mohan' }, langs: ['en'] });
    const chain = c.sections.find((s) => s.id === 'chain')?.lines ?? [];
    expect(chain.filter((l) => l.head).length).toBe(ix.park('mohan')?.leading.length);
    // 磨憨's 医疗用品 comes only from a glove project in talks: pipeline, not present.
    const pipeline = chain.find((l) => l.status === 'pipeline');
    expect(pipeline?.text.en).toMatch(/Medical goods/);
    const gaps = c.sections.find((s) => s.id === 'gaps')?.lines ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThanOrEqual(4);
    for (const g of gaps) expect(g.note?.en).toMatch(/^Attract: \S/);
  });
  it('says when no committee is published, and names it when a document does', () => {
    const parks = ix.parks.filter((p) => p.extent === 'polygon');
    const without = parks.find((p) => !p.committee_zh && !(p.parent && ix.park(p.parent)?.committee_zh));
    const withC = parks.find((p) => p.committee_zh);
    if (without) {
      const c = briefContent({ ...base, ix, subject: { kind: 'park', id: without.id }, langs: ['zh'] });
      expect(c.sections.find((s) => s.id === 'committee')?.lines[0]?.text.zh).toBe(
        '管理机构:文献中未查到(未公开)。',
      );
    }
    if (withC) {
      const c = briefContent({ ...base, ix, subject: { kind: 'park', id: withC.id }, langs: ['zh'] });
      expect(c.sections.find((s) => s.id === 'committee')?.lines[0]?.text.zh).toBe(withC.committee_zh);
    }
    expect(without ?? withC).toBeDefined();
  });
  it('with sample data excluded, says so and uses no sample land figure', () => {
    const c = briefContent({
      ...base,
      ix: shippedIndex(false),
      subject: { kind: 'park', id: 'mohan' },
      langs: ['en'],
    });
    expect(allText(c, 'en')).toContain('This brief excludes sample data');
    expect(allText(c, 'en')).not.toMatch(/6,800 亩|Sample data · as of/);
  });
  it('refuses an unknown park', () => {
    expect(() => briefContent({ ...base, ix, subject: { kind: 'park', id: 'nope' }, langs: ['en'] })).toThrow(
      /nope/,
    );
  });
});

describe('briefContent: an industry chain', () => {
  const ix = shippedIndex(true);
  it('has every link with its status and evidence, the 5亿 rule, the gaps with hosts, the plan parks', () => {
    const c = briefContent({ ...base, ix, subject: { kind: 'chain', industry: 'rubber' }, langs: ['zh'] });
    expect(c.title.zh).toBe('橡胶');
    const chain = c.sections.find((s) => s.id === 'chain')?.lines ?? [];
    expect(chain).toHaveLength(ix.linksOf('rubber').length);
    for (const l of chain) {
      expect(['strong', 'weak', 'missing']).toContain(l.status);
      expect(l.tag?.zh).toMatch(/强度 .+ \/ 门槛 \d · 依据:/);
    }
    expect(c.sections.map((s) => s.id)).toEqual(['chain', 'bigRule', 'gaps', 'planParks']);
    const gaps = c.sections.find((s) => s.id === 'gaps')?.lines ?? [];
    expect(gaps[0]?.note?.zh).toMatch(/招引目标:.+ · 推荐承接园区:/);
    expect(c.subtitle.zh).toMatch(/^规划布局园区:官方 \[1\]/);
    expect(c.sources[0]?.zh).toMatch(/^来源:/);
  });
});

describe('provenanceText', () => {
  it('reads like the badge: kind, source or method (none for sample), as-of', () => {
    expect(provenanceText(t.en, 'official', 'Plan', '2023-04-06')).toBe(
      'Official · Source: Plan · as of 2023-04-06',
    );
    expect(provenanceText(t.en, 'estimate', 'measured')).toBe('Estimate · Method: measured');
    expect(provenanceText(t.zh, 'sample', 'x', '2026-11')).toBe('示例数据 · 截至 2026-11');
  });
});
