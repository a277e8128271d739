/**
 * Self-hosted CJK font for map labels and the DOM (no glyph server, no remote font), from the
 * unicode-range subsets of @fontsource/noto-sans-sc (OFL):
 *  - "XSBN Sans": the same subsets cut down to the characters the app actually uses (data/ and the UI
 *    strings), each declared with the exact code points it holds — a few hundred kB instead of the
 *    ~800 kB of full subsets a Chinese page would otherwise pull;
 *  - "Noto Sans SC": the full subsets, as the fallback for any other character (imported data).
 * Writes the CSS @font-face rules (xsbn-sans.css, noto-sans-sc.css) and the MapLibre `font-faces` list from the package's own CSS,
 * and TrueType cuts of the same characters for the PDF brief (pdf-*.ttf, listed in pdf-faces.json).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import subsetFont from 'subset-font';
import { checkBuiltFile } from './app-schemas';

const require = createRequire(import.meta.url);
export const FONT_FAMILY = 'Noto Sans SC';
export const APP_FAMILY = 'XSBN Sans';
/** The pre-rendered pages' font family (one file, their characters). */
export const PAGES_FAMILY = 'XSBN Pages';

export interface FontFace {
  url: string;
  'unicode-range': string[];
}

interface Subset {
  file: string;
  ranges: [number, number][];
  css: string;
}

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    const lo = Number.parseInt(a ?? '0', 16);
    return [lo, b ? Number.parseInt(b, 16) : lo];
  });
}

/** Code points as compact unicode-range strings: U+4E00-4E02, U+4E05, … */
export function toRanges(codes: number[]): string[] {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const out: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const c of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (c === prev + 1) {
      prev = c;
      continue;
    }
    out.push(
      start === prev
        ? `U+${start.toString(16).toUpperCase()}`
        : `U+${start.toString(16).toUpperCase()}-${prev.toString(16).toUpperCase()}`,
    );
    start = c;
    prev = c;
  }
  return out;
}

/**
 * Faces with some code points taken out of their declared ranges (a face left with none is dropped):
 * the map's fallback faces, which must not claim the characters its pre-built glyphs draw (MapLibre
 * prefers a declared face over the `glyphs` URL).
 */
export function facesExcept(faces: FontFace[], taken: Iterable<number>): FontFace[] {
  const skip = new Set(taken);
  return faces.flatMap((f) => {
    const kept: number[] = [];
    for (const [lo, hi] of parseRanges(f['unicode-range'].join(',')))
      for (let c = lo; c <= hi; c++) if (!skip.has(c)) kept.push(c);
    return kept.length > 0 ? [{ url: f.url, 'unicode-range': toRanges(kept) }] : [];
  });
}

/** Every character in the files and folders given (text files, not tests), plus printable ASCII and spaces. */
export function charactersIn(paths: string[]): string {
  const chars = new Set<string>();
  for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCodePoint(c));
  // Spaces that libraries and Intl put into text (MapLibre's scale bar uses a no-break space): without
  // them the page would pull the full Latin fallback for one invisible character.
  // MapLibre picks a face for every character of a label, the line break of two-line labels too.
  for (const c of [0x0a, 0xa0, 0x2009, 0x202f]) chars.add(String.fromCodePoint(c));
  const walk = (p: string) => {
    let entries: string[] | null = null;
    try {
      entries = readdirSync(p);
    } catch {
      entries = null;
    }
    if (entries) for (const e of entries) walk(join(p, e));
    else if (/\.(ya?ml|csv|geojson|json|ts|tsx|css|html)$/.test(p) && !/\.test\.tsx?$/.test(p))
      for (const ch of readFileSync(p, 'utf8')) chars.add(ch);
  };
  for (const p of paths) walk(p);
  return [...chars].filter((c) => (c.codePointAt(0) ?? 0) >= 0x20 || c === '\n').join('');
}

/** The text the static shell in index.html paints before any script runs (its <body>, no tags). */
export function shellText(indexHtml: string): string {
  const html = readFileSync(indexHtml, 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  return `${title}${body.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '')}`;
}

/** A space or the line break: drawn as nothing, whether or not a font file maps it. */
const isSpace = (c: number) => c <= 0x20 || /\s/u.test(String.fromCodePoint(c));

/**
 * `firstChars` (the static shell in index.html) get files of their own, a few kB in all, declared in
 * `xsbn-first.css` with the fonts embedded as data: URLs; the build inlines that stylesheet into
 * index.html, so the first paint shows the shell in its font without waiting for any request.
 */
export async function buildFonts(
  outDir: string,
  usedChars: string,
  firstChars = '',
): Promise<{ faces: FontFace[]; files: number; appBytes: number; uncovered: string[] }> {
  const pkg = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
  mkdirSync(outDir, { recursive: true });
  const text = readFileSync(join(pkg, '400.css'), 'utf8');
  const subsets: Subset[] = [];
  for (const block of text.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim() ?? 'U+0-10FFFF';
    if (file) subsets.push({ file, ranges: parseRanges(range), css: range });
  }
  const codes = [...usedChars].map((c) => c.codePointAt(0) ?? 0);
  const first = new Set([...firstChars].map((c) => c.codePointAt(0) ?? 0).filter((c) => c >= 0x20));
  const appFaces: FontFace[] = [];
  const fullFaces: FontFace[] = [];
  const css: string[] = [];
  const appCss: string[] = [];
  const firstCss: string[] = [];
  let appBytes = 0;
  const taken = new Set<number>();
  const pdfFaces: FontFace[] = [];
  for (const s of subsets) {
    copyFileSync(join(pkg, 'files', s.file), join(outDir, s.file));
    const ranges = s.css.split(',').map((r) => r.trim());
    fullFaces.push({ url: `fonts/${s.file}`, 'unicode-range': ranges });
    css.push(
      `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-display:swap;font-weight:400;src:url(./${s.file}) format('woff2');unicode-range:${ranges.join(',')}}`,
    );
    // A subset's unicode-range claims code points its file has no glyph for (subset 88 declares
    // U+25B3-25BB, its cmap lacks U+25B8): a cut of only such characters has an empty glyf table, which
    // Chromium's font sanitiser refuses ("OTS parsing error: glyf: zero-length table"). Only the file's
    // own characters are cut from it; the others come from a later subset that has them or stay
    // uncovered (reported). Spaces and the line break are declared with visible characters as before
    // (MapLibre would otherwise fetch a full subset for them), never as a file of their own.
    const source = readFileSync(join(pkg, 'files', s.file));
    const held = new Set(fontkit.create(source).characterSet);
    const inRange = (c: number) => s.ranges.some(([lo, hi]) => c >= lo && c <= hi);
    const mine = codes.filter((c) => !taken.has(c) && (held.has(c) || isSpace(c)) && inRange(c));
    const drawn = (chars: number[]) => chars.some((c) => held.has(c) && !isSpace(c));
    if (!drawn(mine)) continue;
    const tiers: [string, number[]][] = [
      [`app-first-${s.file}`, mine.filter((c) => first.has(c))],
      [`app-${s.file}`, mine.filter((c) => !first.has(c))],
    ].filter((t): t is [string, number[]] => drawn(t[1] as number[]));
    const cutChars = tiers.flatMap(([, chars]) => chars);
    for (const c of cutChars) taken.add(c);
    // The PDF brief embeds TrueType (pdf-lib's subsetter draws no glyphs from woff2): one file per
    // subset with every character the app uses from it, fetched only when a brief is made.
    const pdfName = `pdf-${s.file.replace(/\.woff2$/, '.ttf')}`;
    const pdfCut = await subsetFont(source, String.fromCodePoint(...cutChars), {
      targetFormat: 'truetype',
    });
    writeFileSync(join(outDir, pdfName), pdfCut);
    pdfFaces.push({ url: `fonts/${pdfName}`, 'unicode-range': toRanges(cutChars) });
    for (const [name, chars] of tiers) {
      if (chars.length === 0) continue;
      const cut = await subsetFont(source, String.fromCodePoint(...chars), { targetFormat: 'woff2' });
      writeFileSync(join(outDir, name), cut);
      appBytes += cut.length;
      const exact = toRanges(chars);
      appFaces.push({ url: `fonts/${name}`, 'unicode-range': exact });
      const embedded = name.startsWith('app-first-');
      const src = embedded ? `data:font/woff2;base64,${Buffer.from(cut).toString('base64')}` : `./${name}`;
      (embedded ? firstCss : appCss).push(
        `@font-face{font-family:'${APP_FAMILY}';font-style:normal;font-display:swap;font-weight:400;src:url(${src}) format('woff2');unicode-range:${exact.join(',')}}`,
      );
    }
  }
  // MapLibre takes the first file whose range covers a character: the cut-down files come first.
  // The list is checked against the app's schema before anything is written.
  const facesText = JSON.stringify([...appFaces, ...fullFaces]);
  checkBuiltFile('fonts/font-faces.json', join(outDir, 'font-faces.json'), JSON.parse(facesText));
  // Three stylesheets: the shell's faces (embedded; inlined into index.html by the build), the rest
  // of the cut-down font the page asks for at once, and the full fallback the app adds after load
  // (only text the build never saw — a search query, an imported name — needs it).
  // The pre-rendered pages' own font (one file cut to the characters they paint, written by the app's
  // build: scripts/vite-prerender.ts), used on those pages only (#root[data-page], styles/base.css).
  // Block, not swap: preloaded with the page, its text paints once, in it, and does not move.
  firstCss.push(
    `@font-face{font-family:'${PAGES_FAMILY}';font-style:normal;font-display:block;font-weight:400;src:url(fonts/xsbn-pages.woff2) format('woff2')}`,
  );
  writeFileSync(join(outDir, 'xsbn-first.css'), `${firstCss.join('\n')}\n`);
  writeFileSync(join(outDir, 'xsbn-sans.css'), `${appCss.join('\n')}\n`);
  writeFileSync(join(outDir, 'noto-sans-sc.css'), `${css.join('\n')}\n`);
  writeFileSync(join(outDir, 'font-faces.json'), `${facesText}\n`);
  writeFileSync(join(outDir, 'pdf-faces.json'), `${JSON.stringify(pdfFaces)}\n`);
  // A font file an earlier build wrote and this one did not (a subset no longer cut) would still be
  // copied into the app's build: removed.
  const written = new Set([
    ...subsets.map((s) => s.file),
    ...[...appFaces, ...pdfFaces].map((f) => f.url.slice('fonts/'.length)),
  ]);
  for (const f of readdirSync(outDir))
    if (/\.(woff2|ttf)$/.test(f) && !written.has(f)) rmSync(join(outDir, f));
  // Characters the app uses that no subset holds: a fallback font on screen, "?" in the PDF brief
  // (which says how many); the data build reports them.
  const uncovered = [...new Set(codes)]
    .filter((c) => c > 0x20 && !taken.has(c))
    .map((c) => String.fromCodePoint(c));
  return {
    faces: [...appFaces, ...fullFaces],
    files: css.length + appCss.length + firstCss.length,
    appBytes,
    uncovered,
  };
}
