import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { AA_TEXT, composite, contrastRatio, parseColor } from '@/lib/contrast';
import { palette } from '@/lib/palette';
import { BUILT_SOURCES, type BuiltSourceId } from './ids';
import { buildStyle } from './style';
import { filterGlobalState } from './sync/use-node-filter';

/**
 * Legibility of the map's labels, read from the built style: every text is at least 12 px at every
 * zoom stop and in every branch of its expressions (the 示意范围 line's font-scale included), every
 * text colour (dimmed states too) reaches WCAG AA 4.5:1 against its halo and against each basemap fill
 * it can sit on, and county and city names are placed before (above) the parks' count badges.
 */
const urls = Object.fromEntries(BUILT_SOURCES.map((s) => [s, `http://127.0.0.1/geo/${s}.geojson`])) as Record<
  BuiltSourceId,
  string
>;
const style = buildStyle({
  urls,
  fontFaces: [],
  industries: [{ id: 'rubber', color: '#117733' }],
  lang: 'zh',
});
const symbols = style.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');

/** Every value an expression can produce: the outputs of case / match / step / interpolate / coalesce. */
function outputs(e: unknown): unknown[] {
  if (!Array.isArray(e)) return [e];
  const [op, ...args] = e as [string, ...unknown[]];
  switch (op) {
    case 'case':
      return [...args.filter((_, i) => i % 2 === 1 || i === args.length - 1).flatMap(outputs)];
    case 'match': // input, label, out, label, out, …, default
      return args
        .slice(1)
        .filter((_, i, a) => i % 2 === 1 || i === a.length - 1)
        .flatMap(outputs);
    case 'step': // input, out0, stop, out, …
      return args
        .slice(1)
        .filter((_, i) => i % 2 === 0)
        .flatMap(outputs);
    case 'interpolate': // type, input, stop, out, …
      return args
        .slice(2)
        .filter((_, i) => i % 2 === 1)
        .flatMap(outputs);
    case 'coalesce':
      return args.flatMap(outputs);
    case 'global-state':
      return outputs(style.state?.[args[0] as string]?.default);
    case 'literal':
      return [args[0]];
    case 'to-color':
      return outputs(args[0]);
    default:
      throw new Error(`cannot list the outputs of ${JSON.stringify(e)}`);
  }
}
const numbers = (e: unknown, what: string) =>
  outputs(e ?? 16).map((v) => {
    if (typeof v !== 'number') throw new Error(`${what}: ${JSON.stringify(v)} is not a number`);
    return v;
  });
const colours = (e: unknown) => outputs(e).map((v) => String(v));

/** The font scales of a ['format', …] text-field's sections (1 where none is given). */
function fontScales(field: unknown): number[] {
  if (!Array.isArray(field) || field[0] !== 'format') return [1];
  const scales: number[] = [];
  for (let i = 1; i < field.length; i += 2) {
    const text = field[i];
    const opts = (field[i + 1] ?? {}) as { 'font-scale'?: unknown };
    if (text === '\n') continue;
    scales.push(...numbers(opts['font-scale'] ?? 1, 'font-scale'));
  }
  return scales;
}

/**
 * Labels without a halo are drawn on a disc of their own (a badge's count, a port's letter): their
 * background is that disc's colour.
 */
const DISC_OF: Record<string, string> = {
  'nodes-badge-count': 'nodes-badge',
  'nodes-cluster-count': 'nodes-cluster',
  'places-port-letter': 'places-port',
  'imported-cluster-count': 'imported-cluster',
};
/** A match on the feature's kind as kind → output ('*' the default); anything else as '*' alone. */
function byKind(e: unknown): Map<string, unknown> {
  const m = new Map<string, unknown>();
  if (Array.isArray(e) && e[0] === 'match' && JSON.stringify(e[1]) === '["get","kind"]') {
    for (let i = 2; i < e.length - 1; i += 2) m.set(String(e[i]), e[i + 1]);
    m.set('*', e[e.length - 1]);
  } else m.set('*', e);
  return m;
}
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification;

/** The opaque fills a label can sit on: the background and every basemap area. */
const basemapFills = [
  palette.background,
  palette.china,
  palette.foreign,
  palette.neighbour,
  palette.prefecture,
];

describe('map labels: legibility', () => {
  it('has the symbol layers it checks', () => {
    expect(symbols.length).toBeGreaterThan(10);
    for (const id of ['parks-label', 'labels-region', 'places-town-label', 'nodes-badge-count'])
      expect(
        symbols.some((l) => l.id === id),
        id,
      ).toBe(true);
  });

  it('draws every text at 12 px or more at every zoom stop and in every branch', () => {
    for (const l of symbols) {
      const sizes = numbers(l.layout?.['text-size'], `${l.id} text-size`);
      const scales = fontScales(l.layout?.['text-field']);
      const smallest = Math.min(...sizes) * Math.min(...scales);
      expect(smallest, `${l.id}: ${sizes.join('/')} px × ${scales.join('/')}`).toBeGreaterThanOrEqual(12);
    }
  });

  it('gives every text AA contrast (4.5:1) against its halo and the basemap under it, dimmed states too', () => {
    const failures: string[] = [];
    for (const l of symbols) {
      const paint = l.paint ?? {};
      const opacities = numbers(paint['text-opacity'] ?? 1, `${l.id} text-opacity`);
      const disc = DISC_OF[l.id];
      if (disc) {
        // A count or letter on its own disc: text against the disc's colour, no halo needed. Text
        // and disc colours that are both a match on the feature's kind are paired kind by kind.
        const discPaint = (layer(disc) as { paint?: Record<string, unknown> }).paint ?? {};
        const text = byKind(paint['text-color'] ?? '#000000');
        const fill = byKind(discPaint['circle-color']);
        const discOpacities = numbers(discPaint['circle-opacity'] ?? 1, `${disc} circle-opacity`);
        for (const kind of new Set([...text.keys(), ...fill.keys()]))
          for (const t of colours(text.get(kind) ?? text.get('*')))
            for (const d of colours(fill.get(kind) ?? fill.get('*')))
              for (const base of basemapFills)
                for (const o of discOpacities) {
                  const bg = composite(parseColor(d), parseColor(base), o);
                  for (const to of opacities) {
                    const r = contrastRatio(composite(parseColor(t), bg, to), bg);
                    if (r < AA_TEXT) failures.push(`${l.id} (${kind}): ${t} on disc ${d} ${r.toFixed(2)}:1`);
                  }
                }
        continue;
      }
      const haloWidths = numbers(paint['text-halo-width'] ?? 0, `${l.id} text-halo-width`);
      if (Math.min(...haloWidths) < 1) failures.push(`${l.id}: no halo (width ${haloWidths.join('/')})`);
      const texts = colours(paint['text-color'] ?? '#000000');
      const halos = colours(paint['text-halo-color'] ?? 'rgba(0,0,0,0)');
      for (const t of texts)
        for (const base of basemapFills)
          for (const o of opacities) {
            // text-opacity fades the text and its halo alike over whatever is below.
            const under = parseColor(base);
            const fg = composite(parseColor(t), under, o);
            const rb = contrastRatio(fg, under);
            if (rb < AA_TEXT) failures.push(`${l.id}: ${t} at ${o} on basemap ${base} ${rb.toFixed(2)}:1`);
            for (const h of halos) {
              const halo = composite(parseColor(h), under, o);
              const rh = contrastRatio(fg, halo);
              if (rh < AA_TEXT) failures.push(`${l.id}: ${t} at ${o} on halo ${h} ${rh.toFixed(2)}:1`);
            }
          }
    }
    expect(failures).toEqual([]);
  });

  it('never lets a park badge hide a county or city name: the names move clear, else overlap, and are drawn over the disc', () => {
    // MapLibre places the symbols of higher layers first. County names are above the badge's count:
    // placed before it, so it cannot hide them. The count is above the county seats' names and an
    // obstacle (it takes part in placement), so a seat's name placed after it tries each of its
    // anchors clear of the badge; if none is clear, text-overlap 'cooperative' lets it overlap what was
    // placed with 'always' (the count) but not with 'never' (park and county names): a badge never
    // hides it. The badge's disc (a circle, not placed) is below all names: drawn under them.
    const index = (id: string) => style.layers.findIndex((l) => l.id === id);
    const count = layer('nodes-badge-count') as SymbolLayerSpecification;
    expect(count.layout?.['text-ignore-placement'] ?? false, 'the count is an obstacle').toBe(false);
    const overlap = (l: SymbolLayerSpecification) =>
      l.layout?.['text-overlap'] ?? (l.layout?.['text-allow-overlap'] === true ? 'always' : 'never');
    expect(overlap(count), 'a name may overlap the count').toBe('always');
    for (const n of ['labels-region', 'places-city-label']) {
      const name = layer(n) as SymbolLayerSpecification;
      expect(name, n).toBeDefined();
      expect(name.layout?.['text-optional'] ?? false, n).toBe(false);
      const anchors = (name.layout?.['text-variable-anchor'] ?? []) as string[];
      expect(anchors.length, `${n} moves clear`).toBeGreaterThanOrEqual(4);
      expect(index(n), `${n} drawn over the badge disc`).toBeGreaterThan(index('nodes-badge'));
    }
    expect(index('labels-region'), 'county names placed before the count').toBeGreaterThan(
      index('nodes-badge-count'),
    );
    const city = layer('places-city-label') as SymbolLayerSpecification;
    expect(overlap(city), 'a seat overlaps only a badge, never hidden by one').toBe('cooperative');
    expect(index('places-city-label'), 'seats placed after the count').toBeLessThan(
      index('nodes-badge-count'),
    );
    // Every county seat is in the city layer (景洪市 as much as 勐海县), and no town is.
    expect((layer('places-city-label') as SymbolLayerSpecification).filter).toEqual([
      '==',
      ['get', 'kind'],
      'county_seat',
    ]);
    expect((layer('labels-region') as SymbolLayerSpecification).filter).toEqual([
      'in',
      ['get', 'kind'],
      ['literal', ['country', 'prefecture', 'county']],
    ]);
  });
});

describe('park badges: the count reads on every industry colour', () => {
  // A one-industry filter paints the badges in that industry's colour (data/industries.yaml).
  const yaml = readFileSync(new URL('../../data/industries.yaml', import.meta.url), 'utf8');
  const industryColours = [...yaml.matchAll(/^\s*color:\s*"(#[0-9a-f]{6})"/gim)].map((m) => m[1] ?? '');
  it('picks white or dark ink at 4.5:1 or more on each', () => {
    expect(industryColours.length).toBeGreaterThan(5);
    const badge = layer('nodes-badge') as { paint?: Record<string, unknown> };
    const opacity = Math.min(...numbers(badge.paint?.['circle-opacity'] ?? 1, 'badge opacity'));
    const count = layer('nodes-badge-count') as SymbolLayerSpecification;
    expect(count.paint?.['text-color']).toEqual(['global-state', 'badgeInk']);
    for (const colour of [palette.cluster, ...industryColours]) {
      const state = filterGlobalState({
        filter: { industries: colour === palette.cluster ? [] : ['x'], stage: null, link: null, q: '' },
        nodes: [],
        cells: [],
        parks: [],
        industryColors: new Map([['x', colour]]),
        allIndustries: ['x'],
      });
      expect(state.badgeColor).toBe(colour);
      for (const base of basemapFills) {
        const bg = composite(parseColor(colour), parseColor(base), opacity);
        const r = contrastRatio(String(state.badgeInk), bg);
        expect(r, `${state.badgeInk} on ${colour}`).toBeGreaterThanOrEqual(AA_TEXT);
      }
    }
  });
});
