import { describe, expect, it } from 'vitest';
import { GlyphBundleError, readGlyphBundle, writeGlyphBundle } from './glyph-bundle';

const buf = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

describe('glyph bundle', () => {
  it('reads back each range as written, and nothing for a range it lacks', () => {
    const ranges = new Map([
      [0, new Uint8Array([1, 2, 3])],
      [78, new Uint8Array([9, 8])],
    ]);
    const b = readGlyphBundle(buf(writeGlyphBundle('Noto Sans SC', ranges, [0x4e01, 0x41])));
    expect(b.header.fontstack).toBe('Noto Sans SC');
    expect(b.header.codePoints).toEqual([0x41, 0x4e01]);
    expect([...(b.range(0) ?? [])]).toEqual([1, 2, 3]);
    expect([...(b.range(78) ?? [])]).toEqual([9, 8]);
    expect(b.range(79)).toBeUndefined();
  });
  it('refuses a truncated or garbled file with a message naming what is wrong', () => {
    const whole = writeGlyphBundle('X', new Map([[0, new Uint8Array(10)]]), [65]);
    expect(() => readGlyphBundle(new ArrayBuffer(2))).toThrow(GlyphBundleError);
    expect(() => readGlyphBundle(buf(whole.slice(0, whole.length - 4)))).toThrow(/range 0 runs past the end/);
    const bad = whole.slice();
    bad[4] = 0x7b + 1; // the header's opening brace
    expect(() => readGlyphBundle(buf(bad))).toThrow(/not JSON/);
    const long = whole.slice();
    new DataView(long.buffer).setUint32(0, 1e6, true);
    expect(() => readGlyphBundle(buf(long))).toThrow(/header runs past the end/);
  });
});
