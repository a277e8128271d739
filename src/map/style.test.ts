import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { CircleLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';
import { GROUPS } from '@/lib/layer-groups';
import { PORT_KINDS } from '@/lib/schemas/vocab';
import { BUILT_SOURCES, type BuiltSourceId, INTERACTIVE, SOURCES } from './ids';
import { groupOf } from './layers/common';
import { buildStyle } from './style';

const urls = Object.fromEntries(BUILT_SOURCES.map((s) => [s, `http://127.0.0.1/geo/${s}.geojson`])) as Record<
  BuiltSourceId,
  string
>;
const industries = [
  { id: 'rubber', color: '#117733' },
  { id: 'tea', color: '#999933' },
];
const style = buildStyle({
  urls,
  fontFaces: [{ url: 'http://127.0.0.1/fonts/a.woff2', 'unicode-range': ['U+4E00-9FFF'] }],
  industries,
  lang: 'zh',
});

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });
  it('hides the groups hidden at creation from the first frame, and only those', () => {
    const hidden = buildStyle({ urls, fontFaces: [], industries, lang: 'zh', hidden: ['parks'] });
    expect(validateStyleMin(hidden)).toEqual([]);
    const vis = (l: (typeof hidden.layers)[number]) =>
      (l.layout as { visibility?: string } | undefined)?.visibility;
    const parks = hidden.layers.filter((l) => groupOf(l) === 'parks');
    expect(parks.length).toBeGreaterThan(0);
    expect(parks.every((l) => vis(l) === 'none')).toBe(true);
    expect(hidden.layers.filter((l) => groupOf(l) !== 'parks').some((l) => vis(l) === 'none')).toBe(false);
  });
  it('fetches nothing but its own origin: no glyphs, no sprite, no remote URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const text = JSON.stringify(style);
    for (const m of text.matchAll(/https?:\/\/[^"]+/g))
      expect(m[0].startsWith('http://127.0.0.1/')).toBe(true);
  });
  it('puts every layer but the background in a legend group, and every group has layers', () => {
    // The background and the live sketch are always on; every other layer belongs to a legend group.
    for (const l of style.layers)
      if (l.id !== 'background' && !l.id.startsWith('sketch-')) expect(groupOf(l), l.id).not.toBeNull();
    for (const g of GROUPS)
      expect(
        style.layers.some((l) => groupOf(l) === g),
        g,
      ).toBe(true);
  });
  it('labels in the language held in global state, with the self-hosted font', () => {
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(5);
    for (const l of symbols) expect(l.layout?.['text-font']).toEqual(['Noto Sans SC']);
    const named = symbols.filter((l) => JSON.stringify(l.layout?.['text-field']).includes('name_en'));
    for (const l of named)
      expect(JSON.stringify(l.layout?.['text-field'])).toContain('"global-state","lang"');
    expect(style.state?.lang?.default).toBe('zh');
  });
  it('colours chain nodes by industry and filters them through global state only', () => {
    const point = style.layers.find((l) => l.id === 'nodes-point') as
      | { filter?: unknown; paint?: unknown }
      | undefined;
    expect(JSON.stringify(point?.paint)).toContain('"rubber","#117733"');
    const filter = JSON.stringify(point?.filter);
    for (const key of ['industries', 'stage', 'link', 'q'])
      expect(filter).toContain(`["global-state","${key}"]`);
    expect(style.state?.industries?.default).toEqual(['rubber', 'tea']);
  });
  it('draws one badge per park below the node zoom, counted from global state', () => {
    const badge = style.layers.find((l) => l.id === 'nodes-badge');
    expect(badge?.maxzoom).toBe(10);
    expect(JSON.stringify(badge)).toContain('["global-state","parkCounts"]');
    expect(style.layers.find((l) => l.id === 'nodes-point')?.minzoom).toBe(10);
  });
  it('writes the letter of each port kind in the port circles, in the language in global state', () => {
    const letters = style.layers.find((l) => l.id === 'places-port-letter') as SymbolLayerSpecification;
    const field = JSON.stringify(letters.layout?.['text-field']);
    expect(field).toContain('"global-state","lang"');
    for (const k of PORT_KINDS) {
      expect(field).toContain(`"${k}","${zh.portKindLetters[k]}"`);
      expect(field).toContain(`"${k}","${en.portKindLetters[k]}"`);
    }
    const circles = style.layers.find((l) => l.id === 'places-port') as CircleLayerSpecification;
    expect(letters.filter).toEqual(circles.filter);
  });
  it('has every interactive layer, and promotes ids for feature-state', () => {
    for (const id of Object.keys(INTERACTIVE))
      expect(
        style.layers.some((l) => l.id === id),
        id,
      ).toBe(true);
    // Imported features are keyed by their layer and place (__key): a file's own ids may repeat.
    const keyed: string[] = [SOURCES.imported, SOURCES.importedPoints];
    for (const [id, s] of Object.entries(style.sources))
      expect((s as { promoteId?: string }).promoteId, id).toBe(keyed.includes(id) ? '__key' : 'id');
  });
});
