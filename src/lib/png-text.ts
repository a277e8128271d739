/**
 * Text chunks in PNG files: an iTXt chunk (UTF-8, so a Chinese title survives) inserted after the
 * header, and a reader for them. Pure (bytes in, bytes out), for the map image and its tests.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function isPng(png: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => png[i] === b);
}

/** Inserts `keyword = text` as an iTXt chunk right after IHDR. Throws on bytes that are not a PNG. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrEnd = 8 + 12 + view.getUint32(8);
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const [keyword, text] of Object.entries(entries)) {
    // keyword \0, compression flag 0, method 0, language tag "" \0, translated keyword "" \0, text.
    const data = new Uint8Array([...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)]);
    const chunk = new Uint8Array(12 + data.length);
    const cv = new DataView(chunk.buffer);
    cv.setUint32(0, data.length);
    chunk.set(enc.encode('iTXt'), 4);
    chunk.set(data, 8);
    cv.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
    chunks.push(chunk);
  }
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, ihdrEnd), 0);
  let at = ihdrEnd;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(ihdrEnd), at);
  return out;
}

/** The iTXt and tEXt entries of a PNG, and its size from IHDR. */
export function readPngText(png: Uint8Array): {
  width: number;
  height: number;
  text: Record<string, string>;
} {
  if (!isPng(png)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  const text: Record<string, string> = {};
  let at = 8;
  let width = 0;
  let height = 0;
  while (at + 8 <= png.length) {
    const len = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
    } else if (type === 'tEXt' || type === 'iTXt') {
      const z = data.indexOf(0);
      const key = dec.decode(data.subarray(0, z));
      if (type === 'tEXt') text[key] = new TextDecoder('latin1').decode(data.subarray(z + 1));
      else {
        // Skip the flags, then the language tag and the translated keyword (each \0-terminated).
        let p = z + 3;
        p = data.indexOf(0, p) + 1;
        p = data.indexOf(0, p) + 1;
        text[key] = dec.decode(data.subarray(p));
      }
    } else if (type === 'IEND') break;
    at += 12 + len;
  }
  return { width, height, text };
}
