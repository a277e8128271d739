/**
 * A small reader for WKT coordinate-system text (ESRI WKT in a .prj, OGC WKT 1, WKT2): the tree of
 * KEYWORD[arg, …] nodes, enough to find the root's name, its AUTHORITY / ID and its projection parameters.
 */
export interface WktNode {
  keyword: string;
  args: (string | number | WktNode)[];
}

/** The tree, or undefined when the text is not WKT (unbalanced brackets, stray characters, …). */
export function parseWkt(text: string): WktNode | undefined {
  let i = 0;
  const s = text.trim();
  const ws = () => {
    while (i < s.length && /\s/.test(s[i] as string)) i++;
  };
  const node = (): WktNode | undefined => {
    ws();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    ws();
    const open = s[i];
    if (open !== '[' && open !== '(') return undefined;
    const close = open === '[' ? ']' : ')';
    i++;
    const args: WktNode['args'] = [];
    for (;;) {
      ws();
      const c = s[i];
      if (c === undefined) return undefined;
      if (c === '"') {
        let str = '';
        i++;
        for (;;) {
          if (i >= s.length) return undefined;
          if (s[i] === '"') {
            if (s[i + 1] === '"') {
              str += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          str += s[i];
          i++;
        }
        args.push(str);
      } else if (/[-+.\d]/.test(c)) {
        const num = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i));
        if (!num) return undefined;
        args.push(Number(num[0]));
        i += num[0].length;
      } else {
        const at = i;
        const child = node();
        if (!child) {
          i = at;
          // A bare enum such as AXIS["X",EAST] or ORDER[1].
          const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i));
          if (!word) return undefined;
          args.push(word[0]);
          i += word[0].length;
        } else args.push(child);
      }
      ws();
      if (s[i] === ',') {
        i++;
        continue;
      }
      if (s[i] === close) {
        i++;
        return { keyword: m[0].toUpperCase(), args };
      }
      return undefined;
    }
  };
  const root = node();
  ws();
  return root && i === s.length ? root : undefined;
}

export const children = (n: WktNode, keyword?: string): WktNode[] =>
  n.args.filter((a): a is WktNode => typeof a === 'object' && (!keyword || a.keyword === keyword));

export const child = (n: WktNode, ...keywords: string[]): WktNode | undefined =>
  children(n).find((c) => keywords.includes(c.keyword));

export const nameOf = (n: WktNode | undefined): string | undefined =>
  typeof n?.args[0] === 'string' ? n.args[0] : undefined;

/** An EPSG code the node itself carries (AUTHORITY["EPSG","4547"] or ID["EPSG",4547]). */
export function epsgOf(n: WktNode): number | undefined {
  const id = child(n, 'AUTHORITY', 'ID');
  if (!id || String(id.args[0]).toUpperCase() !== 'EPSG') return undefined;
  const code = Number(id.args[1]);
  return Number.isInteger(code) && code > 0 ? code : undefined;
}

/** Projection parameters by lower-case name: PARAMETER["Central_Meridian",102] and WKT2's PARAMETER[…]. */
export function parameters(n: WktNode): Map<string, number> {
  const out = new Map<string, number>();
  const conv = child(n, 'CONVERSION');
  for (const p of [...children(n, 'PARAMETER'), ...(conv ? children(conv, 'PARAMETER') : [])]) {
    const name = nameOf(p);
    const value = p.args[1];
    if (name && typeof value === 'number') out.set(name.toLowerCase().replace(/[\s_]+/g, '_'), value);
  }
  return out;
}
