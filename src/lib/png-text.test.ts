import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPngText, withPngText } from './png-text';

/** A valid 2×1 RGB PNG built by hand. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.from([0, 255, 0, 0, 0, 0, 255]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('PNG text chunks', () => {
  it('writes UTF-8 text after IHDR and reads it back with the size', () => {
    const out = withPngText(tinyPng(), { Title: '西双版纳产业地图 · 橡胶', Layout: '{"a":1}' });
    const r = readPngText(out);
    expect(r).toEqual({ width: 2, height: 1, text: { Title: '西双版纳产业地图 · 橡胶', Layout: '{"a":1}' } });
    // The chunk sits right after IHDR (8 + 25 bytes) and its CRC is right.
    expect(Buffer.from(out.subarray(37, 41)).toString('latin1')).toBe('iTXt');
    const len = new DataView(out.buffer).getUint32(33);
    const crc = new DataView(out.buffer).getUint32(41 + len);
    expect(crc).toBe(crc32(out.subarray(37, 41 + len)));
  });
  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngText(new Uint8Array([1, 2, 3]), { a: 'b' })).toThrow(/not a PNG/);
    expect(() => readPngText(new Uint8Array(10))).toThrow(/not a PNG/);
  });
});
