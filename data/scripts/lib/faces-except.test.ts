import { describe, expect, it } from 'vitest';
import { facesExcept } from './fonts';

describe('facesExcept', () => {
  it('takes code points out of single points and ranges, splitting a range around them', () => {
    const faces = [
      { url: 'a.woff2', 'unicode-range': ['U+0-FF', 'U+4E00'] },
      { url: 'b.woff2', 'unicode-range': ['U+4E01-4E03'] },
    ];
    expect(facesExcept(faces, [0x41, 0x42, 0x44, 0x4e00, 0x4e01, 0x4e02, 0x4e03])).toEqual([
      { url: 'a.woff2', 'unicode-range': ['U+0-40', 'U+43', 'U+45-FF'] },
    ]);
  });
  it('keeps ranges untouched by the set, and the ends of a range', () => {
    const faces = [{ url: 'a', 'unicode-range': ['U+10-20'] }];
    expect(facesExcept(faces, [0x10, 0x20, 0x99])).toEqual([{ url: 'a', 'unicode-range': ['U+11-1F'] }]);
    expect(facesExcept(faces, [])).toEqual(faces);
  });
  it('covers exactly the code points the faces covered less the set (a brute-force check)', () => {
    const faces = [{ url: 'a', 'unicode-range': ['U+20-7E', 'U+A0', 'U+2000-206F'] }];
    const taken = [0x20, 0x21, 0x41, 0x7e, 0xa0, 0x2010, 0x2011, 0x206f];
    const covered = (fs: typeof faces) => {
      const s = new Set<number>();
      for (const f of fs)
        for (const r of f['unicode-range']) {
          const [a, b] = r.replace('U+', '').split('-');
          const lo = Number.parseInt(a as string, 16);
          const hi = b ? Number.parseInt(b, 16) : lo;
          for (let c = lo; c <= hi; c++) s.add(c);
        }
      return s;
    };
    const want = [...covered(faces)].filter((c) => !taken.includes(c));
    expect([...covered(facesExcept(faces, taken))].sort((a, b) => a - b)).toEqual(want);
  });
});
