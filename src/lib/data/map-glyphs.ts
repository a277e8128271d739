/**
 * The download of the map's pre-built label glyphs (fonts/map-glyphs.bin): started as early as the
 * map page knows its URL (main.tsx, before MapLibre has loaded), read by the map's glyph protocol
 * (src/map/glyphs.ts). One download per URL; a failed one is tried again when next asked for.
 */
import { readGlyphBundle } from '@/lib/geo/glyph-bundle';

export type GlyphBundle = ReturnType<typeof readGlyphBundle>;

let current: { url: string; bundle: Promise<GlyphBundle> } | null = null;

export function loadGlyphBundle(url: string): Promise<GlyphBundle> {
  if (current?.url === url) return current.bundle;
  const bundle = fetch(url).then(async (res) => {
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return readGlyphBundle(await res.arrayBuffer());
  });
  const entry = { url, bundle };
  current = entry;
  bundle.catch(() => {
    if (current === entry) current = null;
  });
  return bundle;
}

/** The bundle asked for last, if any (the protocol answers from it). */
export function currentGlyphBundle(): Promise<GlyphBundle> | null {
  return current?.bundle ?? null;
}
