/**
 * Font files' declared ranges with some code points taken out: the fallback faces of the map, which
 * must not claim the characters its pre-built glyphs draw (MapLibre prefers a declared face over the
 * `glyphs` URL).
 */
export interface DeclaredFace {
  url: string;
  'unicode-range': string[];
}

function parse(range: string): [number, number] | null {
  const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(range.trim());
  if (!m?.[1]) return null;
  const lo = Number.parseInt(m[1], 16);
  return [lo, m[2] ? Number.parseInt(m[2], 16) : lo];
}

const hex = (n: number) => n.toString(16).toUpperCase();

/** Each face's ranges minus `taken`; a face left with nothing is dropped. */
export function facesExcept(faces: DeclaredFace[], taken: Iterable<number>): DeclaredFace[] {
  const sorted = [...new Set(taken)].sort((a, b) => a - b);
  const out: DeclaredFace[] = [];
  for (const f of faces) {
    const ranges: string[] = [];
    for (const r of f['unicode-range']) {
      const p = parse(r);
      if (!p) continue;
      let [lo] = p;
      const hi = p[1];
      for (const c of sorted) {
        if (c < lo) continue;
        if (c > hi) break;
        if (c > lo) ranges.push(c - 1 === lo ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(c - 1)}`);
        lo = c + 1;
      }
      if (lo <= hi) ranges.push(lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`);
    }
    if (ranges.length > 0) out.push({ url: f.url, 'unicode-range': ranges });
  }
  return out;
}
