/**
 * The map's pre-built label glyphs, one file for all of them (`fonts/glyphs.bin`, written by the data
 * build): a little-endian uint32 with the header's length, the header (JSON), then one MapLibre glyph
 * PBF per 256-code-point range, back to back. The map asks for ranges through a protocol of its own;
 * each answer is a slice of the one download.
 */
export interface GlyphBundleHeader {
  /** The font stack the glyphs were cut for (the layers' `text-font`). */
  fontstack: string;
  /** Range number (code point >> 8) → [byte offset after the header, byte length] of its PBF. */
  ranges: Record<string, [number, number]>;
  /** Every code point with a glyph in the bundle, sorted. */
  codePoints: number[];
}

export class GlyphBundleError extends Error {}

/** Reads a bundle: its header and each range's PBF bytes (views on the buffer, no copy). */
export function readGlyphBundle(buf: ArrayBuffer): {
  header: GlyphBundleHeader;
  range: (n: number) => Uint8Array | undefined;
} {
  if (buf.byteLength < 4) throw new GlyphBundleError('glyph bundle: shorter than its header length');
  const len = new DataView(buf).getUint32(0, true);
  if (4 + len > buf.byteLength) throw new GlyphBundleError('glyph bundle: header runs past the end');
  let header: GlyphBundleHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, len))) as GlyphBundleHeader;
  } catch {
    throw new GlyphBundleError('glyph bundle: the header is not JSON');
  }
  if (
    typeof header?.fontstack !== 'string' ||
    typeof header.ranges !== 'object' ||
    !Array.isArray(header.codePoints)
  )
    throw new GlyphBundleError('glyph bundle: the header lacks fontstack, ranges or codePoints');
  const base = 4 + len;
  for (const [k, r] of Object.entries(header.ranges))
    if (!Array.isArray(r) || base + r[0] + r[1] > buf.byteLength)
      throw new GlyphBundleError(`glyph bundle: range ${k} runs past the end`);
  return {
    header,
    range: (n) => {
      const r = header.ranges[String(n)];
      return r ? new Uint8Array(buf, base + r[0], r[1]) : undefined;
    },
  };
}

/** Writes a bundle from its ranges' PBFs (used by the data build and its tests). */
export function writeGlyphBundle(
  fontstack: string,
  ranges: Map<number, Uint8Array>,
  codePoints: number[],
): Uint8Array {
  const header: GlyphBundleHeader = {
    fontstack,
    ranges: {},
    codePoints: [...codePoints].sort((a, b) => a - b),
  };
  let off = 0;
  const order = [...ranges.keys()].sort((a, b) => a - b);
  for (const n of order) {
    const len = ranges.get(n)?.length ?? 0;
    header.ranges[String(n)] = [off, len];
    off += len;
  }
  const head = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(4 + head.length + off);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const n of order) {
    const b = ranges.get(n) as Uint8Array;
    out.set(b, at);
    at += b.length;
  }
  return out;
}
