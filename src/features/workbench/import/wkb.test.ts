import { describe, expect, it } from 'vitest';
import { readWkb, WkbError } from './wkb';

/** WKB writer for the test: byte order, type, then doubles / counts. */
function wkb(little: boolean, parts: (['u32', number] | ['f64', number] | ['u8', number])[]): Uint8Array {
  const size = parts.reduce((n, [t]) => n + (t === 'u8' ? 1 : t === 'u32' ? 4 : 8), 0);
  const view = new DataView(new ArrayBuffer(size));
  let at = 0;
  for (const [t, v] of parts) {
    if (t === 'u8') view.setUint8(at, v);
    else if (t === 'u32') view.setUint32(at, v, little);
    else view.setFloat64(at, v, little);
    at += t === 'u8' ? 1 : t === 'u32' ? 4 : 8;
  }
  return new Uint8Array(view.buffer);
}

describe('readWkb', () => {
  it('reads a big-endian ISO Point Z, dropping Z', () => {
    const b = wkb(false, [
      ['u8', 0],
      ['u32', 1001],
      ['f64', 100.78],
      ['f64', 22],
      ['f64', 560],
    ]);
    expect(readWkb(b)).toEqual({ type: 'Point', coordinates: [100.78, 22] });
  });

  it('reads an EWKB MultiPolygon with an SRID and Z flag', () => {
    const ring: ['f64', number][] = [0, 0, 1, 0, 1, 1, 0, 0].flatMap((v, i) => {
      const out: ['f64', number][] = [['f64', v]];
      if (i % 2 === 1) out.push(['f64', 9]); // z after each pair
      return out;
    });
    const b = wkb(true, [
      ['u8', 1],
      ['u32', 0x80000000 | 0x20000000 | 6],
      ['u32', 4490],
      ['u32', 1],
      ['u8', 1],
      ['u32', 0x80000000 | 3],
      ['u32', 1],
      ['u32', 4],
      ...ring,
    ]);
    expect(readWkb(b)).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      ],
    });
  });

  it('an empty point (NaN) is null; a truncated or unknown blob throws WkbError', () => {
    expect(
      readWkb(
        wkb(true, [
          ['u8', 1],
          ['u32', 1],
          ['f64', Number.NaN],
          ['f64', Number.NaN],
        ]),
      ),
    ).toBeNull();
    const line = wkb(true, [
      ['u8', 1],
      ['u32', 2],
      ['u32', 2],
      ['f64', 1],
      ['f64', 2],
      ['f64', 3],
      ['f64', 4],
    ]);
    expect(() => readWkb(line.subarray(0, line.length - 4))).toThrow(WkbError);
    expect(() =>
      readWkb(
        wkb(true, [
          ['u8', 1],
          ['u32', 2],
          ['u32', 1e9],
        ]),
      ),
    ).toThrow(/more than it holds/);
    expect(() =>
      readWkb(
        wkb(true, [
          ['u8', 1],
          ['u32', 99],
        ]),
      ),
    ).toThrow(/unknown WKB geometry type/);
  });
});
