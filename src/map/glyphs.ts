/**
 * Label glyphs from the data build's one bundle (src/lib/geo/glyph-bundle.ts): the style's `glyphs`
 * URL is on a protocol of our own, answered from a single download (src/lib/data/map-glyphs.ts), so
 * the labels need no font file and no glyph drawn in the page. Characters the bundle lacks come from
 * the font files the style lists in `font-faces` (fonts/map-labels.json), which MapLibre asks first.
 */
import { addProtocol } from 'maplibre-gl';
import { currentGlyphBundle } from '@/lib/data/map-glyphs';

export const GLYPH_PROTOCOL = 'xsbn-glyphs';
/** The style's `glyphs` URL: MapLibre fills in the font stack and the range (e.g. 19968-20223). */
export const GLYPHS_URL = `${GLYPH_PROTOCOL}://{fontstack}/{range}`;

let registered = false;

/**
 * Registers the protocol once. A range the bundle lacks is an empty answer (no glyphs: the font files
 * cover those characters); a bundle that failed to download is an error, and MapLibre then draws the
 * range's glyphs in the page from the font instead.
 */
export function registerGlyphProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol(GLYPH_PROTOCOL, async (params) => {
    const pending = currentGlyphBundle();
    if (!pending) throw new Error('no label glyphs were asked for');
    const b = await pending;
    const start = Number(/\/(\d+)-\d+$/.exec(params.url)?.[1] ?? Number.NaN);
    const bytes = b.range(Math.floor(start / 256));
    // A copy: MapLibre may hand the buffer on to a worker.
    return { data: bytes ? bytes.slice().buffer : new ArrayBuffer(0) };
  });
}
