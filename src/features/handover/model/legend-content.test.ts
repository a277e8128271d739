import { describe, expect, it } from 'vitest';
import { GROUPS } from '@/lib/layer-groups';
import { legendContent } from './legend-content';
import { viewTitle } from './view-title';

const t = (k: string) => `<${k}>`;
const industries = [
  { id: 'rubber', name_zh: '橡胶', name_en: 'Rubber', color: '#111111' },
  { id: 'tea', name_zh: '茶', name_en: 'Tea', color: '#222222' },
];
const node = (id: string, industry: string, kind: 'firm' | 'project', provenance: 'sample' | 'public') => ({
  id,
  industry,
  kind,
  provenance,
  stage: 'upstream' as const,
  link: `${industry}-l`,
  park: 'p',
  in_park: true,
  name_zh: id,
  name_en: id,
});
const nodes = [
  node('a', 'rubber', 'firm', 'sample'),
  node('b', 'rubber', 'project', 'sample'),
  node('c', 'tea', 'firm', 'public'),
];
const filter = { industries: [], stage: null, link: null, q: '', publicOnly: false };
const base = {
  lang: 'en' as const,
  t,
  hidden: [],
  filter,
  nodes,
  industries,
  planner: { sites: 0, imported: [] },
};

describe('legendContent', () => {
  it('keys the drawn groups, one key per industry drawn with its count, and the node kinds drawn', () => {
    const c = legendContent(base);
    const labels = c.items.map((i) => i.label);
    expect(labels).toContain('Rubber (2)');
    expect(labels).toContain('Tea (1)');
    expect(labels).toContain('<nodeKinds.firm>');
    expect(labels).toContain('<nodeKinds.project>');
    expect(labels).toContain('<legendKeys.railway>');
    expect(labels).toContain('<levels.national>');
    // Nothing of the planner's when there are no sites or imported layers.
    expect(labels).not.toContain('<legendKeys.site>');
    expect(c.notes).toEqual(['<handover.png.noteSchematic>', '<handover.png.noteSample>']);
    expect(c.sampleDrawn).toBe(true);
  });
  it('follows the filter and hidden groups: no sample note when only public records are drawn', () => {
    const c = legendContent({
      ...base,
      filter: { ...filter, industries: ['tea'] },
      hidden: ['parks', 'axis'],
    });
    const labels = c.items.map((i) => i.label);
    expect(labels).toContain('Tea (1)');
    expect(labels.some((l) => l.startsWith('Rubber'))).toBe(false);
    expect(labels).not.toContain('<nodeKinds.project>');
    expect(labels).not.toContain('<legendKeys.railway>');
    expect(labels).not.toContain('<levels.national>');
    expect(c.notes).toEqual([]);
    expect(legendContent({ ...base, filter: { ...filter, publicOnly: true } }).sampleDrawn).toBe(false);
  });
  it('keys sites and imported layers when the planner has them; nothing when every group is hidden', () => {
    const c = legendContent({
      ...base,
      planner: {
        sites: 2,
        imported: [
          { visible: true, redline: true },
          { visible: false, redline: false },
        ],
      },
    });
    const labels = c.items.map((i) => i.label);
    expect(labels).toContain('<legendKeys.site>');
    expect(labels).toContain('<legendKeys.importedRedline>');
    expect(labels).not.toContain('<legendKeys.importedLayer>');
    expect(legendContent({ ...base, hidden: [...GROUPS] }).items).toEqual([]);
  });
  it('gives a port key its letter, translated', () => {
    const port = legendContent(base).items.find((i) => i.label === '<portKinds.rail>');
    expect(port?.letter).toBe('<portKindLetters.rail>');
  });
});

describe('viewTitle', () => {
  it('names the industries, the link and the park after the app', () => {
    expect(
      viewTitle({ appTitle: 'Map', industries: ['Rubber', 'Tea'], park: 'Mohan', separator: ', ' }),
    ).toBe('Map · Rubber, Tea · Mohan');
    expect(viewTitle({ appTitle: '地图', industries: [], separator: '、' })).toBe('地图');
  });
});
