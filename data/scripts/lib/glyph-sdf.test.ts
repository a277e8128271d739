import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { flattenPath, GLYPH_BORDER, GLYPH_SIZE, type PathCommand, renderSdf } from './glyph-sdf';

const EDGE = 191; // 255 − 255 · 0.25: the byte MapLibre's shader reads as the outline

/** Shoelace area of closed segment loops (pixels², counter-clockwise positive). */
function area(segments: number[]): number {
  let a = 0;
  for (let i = 0; i < segments.length; i += 4)
    a +=
      (segments[i] as number) * (segments[i + 3] as number) -
      (segments[i + 2] as number) * (segments[i + 1] as number);
  return a / 2;
}

const square: PathCommand[] = [
  { command: 'moveTo', args: [2, 0] },
  { command: 'lineTo', args: [12, 0] },
  { command: 'lineTo', args: [12, 10] },
  { command: 'lineTo', args: [2, 10] },
  { command: 'closePath', args: [] },
];

describe('glyph SDF', () => {
  it('a 10 × 10 px square: inside above the edge value, outside below, the border 3 px, metrics from its box', () => {
    const g = renderSdf(65, flattenPath(square, 1), 14.4);
    expect([g.width, g.height, g.left, g.advance]).toEqual([10, 10, 2, 14]);
    const w = g.width + 2 * GLYPH_BORDER;
    expect(g.bitmap.length).toBe(w * (g.height + 2 * GLYPH_BORDER));
    const at = (x: number, y: number) => g.bitmap[y * w + x] as number;
    expect(at(8, 8)).toBeGreaterThan(EDGE); // the middle
    expect(at(0, 0)).toBeLessThan(EDGE); // the border's corner
    // Half a pixel inside and outside the left edge: just above and just below the edge value.
    expect(at(GLYPH_BORDER, 8)).toBeGreaterThan(EDGE);
    expect(at(GLYPH_BORDER - 1, 8)).toBeLessThan(EDGE);
    expect(Math.abs(at(GLYPH_BORDER, 8) - EDGE)).toBeLessThanOrEqual(17); // 0.5 px = 16 steps
    // Every pixel inside reads above the edge, every pixel outside below: 100 of them.
    expect([...g.bitmap].filter((v) => v > EDGE).length).toBe(100);
    // The top is the box's top less MapLibre's 27.5 px adjustment, rounded.
    expect(g.top).toBe(Math.round(10 - 27.5));
  });

  it('a blank glyph (a space) has no bitmap and keeps its advance', () => {
    const g = renderSdf(32, [], 5.6);
    expect([g.bitmap.length, g.width, g.height, g.advance]).toEqual([0, 0, 0, 6]);
  });

  it('real glyphs of Noto Sans SC (园, A, 8): the pixels above the edge cover the outline’s area, counters left open', () => {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
    const fonts = ['noto-sans-sc-116-400-normal.woff2', 'noto-sans-sc-latin-400-normal.woff2'].map((f) =>
      fontkit.create(readFileSync(join(dir, f))),
    );
    for (const ch of ['园', 'A', '8']) {
      const cp = ch.codePointAt(0) as number;
      const font = fonts.find((f) => f.characterSet.includes(cp));
      expect(font, ch).toBeDefined();
      if (!font) continue;
      const glyph = font.glyphForCodePoint(cp);
      const scale = GLYPH_SIZE / font.unitsPerEm;
      const segs = flattenPath((glyph.path as unknown as { commands: PathCommand[] }).commands, scale);
      const g = renderSdf(cp, segs, glyph.advanceWidth * scale);
      expect(g.advance, ch).toBe(Math.round(glyph.advanceWidth * scale));
      const inked = [...g.bitmap].filter((v) => v > EDGE).length;
      // Signed area with holes subtracted (the counters of 8 and A, the box of 园).
      const a = Math.abs(area(segs));
      expect(inked / a, ch).toBeGreaterThan(0.8);
      expect(inked / a, ch).toBeLessThan(1.25);
      // The box fits the glyph's own bounding box, to a pixel.
      expect(Math.abs(g.width - (glyph.bbox.maxX - glyph.bbox.minX) * scale), ch).toBeLessThanOrEqual(2);
    }
  });
});
