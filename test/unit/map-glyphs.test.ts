/** The map's pre-built label glyphs: what MapLibre's own reader makes of them, and what they cover. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenPath, renderSdf } from '../../data/scripts/lib/glyph-sdf';
import { encodeGlyphRange, LABEL_FIELDS, MAP_STYLE_CHARS } from '../../data/scripts/lib/map-glyphs';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';
import { readGlyphBundle } from '@/lib/geo/glyph-bundle';

const root = join(import.meta.dirname, '..', '..');
type Parsed = {
  id: number;
  bitmap: { width: number; height: number; data: Uint8Array };
  metrics: Record<string, number>;
};
// MapLibre's own reader of glyph PBFs, from its sources (a path tsc does not follow into).
const reader = '../../node_modules/maplibre-gl/src/style/parse_glyph_pbf.ts';
const { parseGlyphPbf } = (await import(/* @vite-ignore */ reader)) as {
  parseGlyphPbf: (data: Uint8Array) => Parsed[];
};

describe('map glyphs', () => {
  it("MapLibre's glyph reader reads a range as written: ids, metrics, bitmaps with their border", () => {
    const square = [0, 0, 10, 0, 10, 0, 10, 12, 10, 12, 0, 12, 0, 12, 0, 0];
    const a = renderSdf(0x4e00, square, 24);
    const space = renderSdf(0x4e01, [], 8);
    const parsed = parseGlyphPbf(encodeGlyphRange('Noto Sans SC', 0x4e, [a, space]));
    expect(parsed.map((g) => g.id)).toEqual([0x4e00, 0x4e01]);
    expect(parsed[0]?.metrics).toEqual({ width: 10, height: 12, left: 0, top: a.top, advance: 24 });
    expect(parsed[0]?.bitmap.width).toBe(16);
    expect(parsed[0]?.bitmap.height).toBe(18);
    expect([...(parsed[0]?.bitmap.data ?? [])]).toEqual([...a.bitmap]);
    expect(parsed[1]?.metrics.advance).toBe(8);
    expect(flattenPath([], 1)).toEqual([]);
  });

  it("the style's own words (ports' letters in both languages, the schematic line) are pre-built", () => {
    const style = readFileSync(join(root, 'src/map/layers/park-layers.ts'), 'utf8');
    for (const w of ['示意范围', 'schematic']) expect(style).toContain(`'${w}'`);
    const words = [
      ...Object.values(zh.portKindLetters),
      ...Object.values(en.portKindLetters),
      '示意范围',
      'schematic',
    ];
    for (const ch of words.join('')) expect(MAP_STYLE_CHARS, ch).toContain(ch);
  });

  it('the built bundle holds every character of every label in the built map files', () => {
    const bin = readFileSync(join(root, 'public/fonts/map-glyphs.bin'));
    const b = readGlyphBundle(
      bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) as ArrayBuffer,
    );
    const have = new Set(b.header.codePoints);
    const lacking = new Set<string>();
    const geo = join(root, 'public/geo');
    for (const f of readdirSync(geo).filter((n) => n.endsWith('.geojson'))) {
      const fc = JSON.parse(readFileSync(join(geo, f), 'utf8')) as {
        features: { properties: Record<string, unknown> }[];
      };
      for (const ft of fc.features)
        for (const k of LABEL_FIELDS) {
          const v = ft.properties?.[k];
          if (typeof v === 'string')
            for (const ch of v) if (!have.has(ch.codePointAt(0) ?? 0)) lacking.add(ch);
        }
    }
    expect([...lacking]).toEqual([]);
    // Each range's PBF parses, and holds only its own range's code points.
    for (const [k] of Object.entries(b.header.ranges)) {
      const glyphs = parseGlyphPbf(b.range(Number(k)) as Uint8Array);
      expect(glyphs.length).toBeGreaterThan(0);
      for (const g of glyphs) expect(g.id >> 8).toBe(Number(k));
    }
  });
});
