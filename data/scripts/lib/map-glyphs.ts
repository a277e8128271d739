/**
 * The map's label glyphs, pre-built: every character the built map files can label with (their string
 * properties), plus printable ASCII and the style's own words, as signed distance fields cut from the
 * same Noto Sans SC subsets the app's font files come from, in one bundle (`fonts/glyphs.bin`,
 * src/lib/geo/glyph-bundle.ts). The map draws these without loading a font file or rasterising a
 * glyph; any other character (an imported name) is drawn from the font files as before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PbfWriter } from 'pbf';
import { writeGlyphBundle } from '../../../src/lib/geo/glyph-bundle';
import { checkBuiltFile } from './app-schemas';
import { type FontFace, facesExcept } from './fonts';
import { flattenPath, GLYPH_SIZE, type PathCommand, renderSdf, type SdfGlyph } from './glyph-sdf';

const require = createRequire(import.meta.url);
const BUNDLE = 'map-glyphs.bin';

/**
 * Words the style itself draws (src/map/layers): a park label's second line, the ports' letters
 * (公铁水空 / RTWA). Kept in step by test/unit/map-glyphs.test.ts.
 */
export const MAP_STYLE_CHARS = '示意范围schematic公铁水空RTWA';

/** The properties the map's labels draw (src/map/layers: `nameExpr`). */
export const LABEL_FIELDS = ['name_zh', 'name_en'] as const;

/** The characters of the labelled properties of the built map files (`*.geojson` in geoDir). */
export function labelCharacters(geoDir: string, extra = ''): string {
  const chars = new Set<string>(extra);
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCodePoint(c));
  for (const f of readdirSync(geoDir).filter((n) => n.endsWith('.geojson'))) {
    const fc = JSON.parse(readFileSync(join(geoDir, f), 'utf8')) as {
      features?: { properties?: Record<string, unknown> }[];
    };
    for (const ft of fc.features ?? [])
      for (const k of LABEL_FIELDS) {
        const v = ft.properties?.[k];
        if (typeof v === 'string') for (const ch of v) chars.add(ch);
      }
  }
  return [...chars].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20).join('');
}

function writeGlyph(g: SdfGlyph, pbf: PbfWriter) {
  pbf.writeVarintField(1, g.id);
  if (g.bitmap.length > 0) pbf.writeBytesField(2, g.bitmap);
  pbf.writeVarintField(3, g.width);
  pbf.writeVarintField(4, g.height);
  pbf.writeSVarintField(5, g.left);
  pbf.writeSVarintField(6, g.top);
  pbf.writeVarintField(7, g.advance);
}

/** One MapLibre glyph PBF: a font stack, its range name, its glyphs. */
export function encodeGlyphRange(fontstack: string, range: number, glyphs: SdfGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (gs: SdfGlyph[], p: PbfWriter) => {
      p.writeStringField(1, fontstack);
      p.writeStringField(2, `${range * 256}-${range * 256 + 255}`);
      for (const g of gs) p.writeMessage(3, writeGlyph, g);
    },
    glyphs,
  );
  return pbf.finish();
}

/**
 * Adds to `chars` the vertical presentation forms (U+FE10–FE4F) of its punctuation: MapLibre sets a
 * Chinese label along a steep line upright and asks for these forms of its brackets, commas and
 * stops. Which form stands for which character is Unicode's own (the form's compatibility mapping,
 * NFKC), not a table of ours.
 */
export function withVerticalForms(chars: string): string {
  const have = new Set([...chars].map((c) => c.normalize('NFKC')));
  const out = new Set(chars);
  for (let c = 0xfe10; c <= 0xfe4f; c++) {
    const v = String.fromCodePoint(c);
    const base = v.normalize('NFKC');
    if (base !== v && base.trim() !== '' && have.has(base)) out.add(v);
  }
  return [...out].join('');
}

/** Characters MapLibre asks a glyph for but draws as nothing: the line break of two-line labels. */
const BLANKS = new Set([0x0a]);

interface Face {
  font: ReturnType<typeof fontkit.create>;
  held: Set<number>;
}

/** The package's subsets, each parsed once: a code point is cut from the first one whose cmap holds it. */
function loadFaces(): Face[] {
  const dir = join(dirname(require.resolve('@fontsource/noto-sans-sc/package.json')), 'files');
  return readdirSync(dir)
    .filter((f) => /-400-normal\.woff2$/.test(f))
    .sort((a, b) => Number(/-(\d+)-400/.exec(a)?.[1]) - Number(/-(\d+)-400/.exec(b)?.[1]))
    .map((f) => {
      const font = fontkit.create(readFileSync(join(dir, f)));
      return { font, held: new Set(font.characterSet) };
    });
}

/**
 * Writes fonts/map-glyphs.bin (the bundle) and fonts/map-labels.json (the bundle's URL, hash and
 * count, and `faces`, the font files for every character the bundle lacks) into `fontsDir`.
 */
export function buildMapGlyphs(
  fontsDir: string,
  chars: string,
  fontstack: string,
  faces: FontFace[],
): { glyphs: number; ranges: number; bytes: number; missing: string[] } {
  const subsets = loadFaces();
  const byRange = new Map<number, SdfGlyph[]>();
  const missing: string[] = [];
  const codePoints: number[] = [];
  for (const ch of [...new Set(`\n${withVerticalForms(chars)}`)].sort()) {
    const cp = ch.codePointAt(0) ?? 0;
    const face = subsets.find((f) => f.held.has(cp));
    if (BLANKS.has(cp)) {
      byRange.set(cp >> 8, [...(byRange.get(cp >> 8) ?? []), renderSdf(cp, [], 0)]);
      codePoints.push(cp);
      continue;
    }
    if (!face) {
      missing.push(ch);
      continue;
    }
    const glyph = face.font.glyphForCodePoint(cp);
    const scale = GLYPH_SIZE / face.font.unitsPerEm;
    const commands = (glyph.path as unknown as { commands?: PathCommand[] })?.commands ?? [];
    const sdf = renderSdf(cp, flattenPath(commands, scale), glyph.advanceWidth * scale);
    const r = cp >> 8;
    byRange.set(r, [...(byRange.get(r) ?? []), sdf]);
    codePoints.push(cp);
  }
  const ranges = new Map([...byRange].map(([r, gs]) => [r, encodeGlyphRange(fontstack, r, gs)]));
  const bundle = writeGlyphBundle(fontstack, ranges, codePoints);
  writeFileSync(join(fontsDir, BUNDLE), bundle);
  const labels = {
    glyphs: {
      url: `fonts/${BUNDLE}`,
      hash: createHash('sha256').update(bundle).digest('hex').slice(0, 12),
      count: codePoints.length,
    },
    faces: facesExcept(faces, codePoints),
  };
  checkBuiltFile('fonts/map-labels.json', join(fontsDir, 'map-labels.json'), labels);
  writeFileSync(join(fontsDir, 'map-labels.json'), `${JSON.stringify(labels)}\n`);
  return { glyphs: codePoints.length, ranges: ranges.size, bytes: bundle.length, missing };
}
