/**
 * The brief as an A4 PDF with real text: pdf-lib with fontkit, loaded only when a brief is made. The
 * text is drawn in runs, one embedded TrueType subset (fonts/pdf-*.ttf, cut by the data build from Noto
 * Sans SC, OFL) per block of characters, each embedded with `subset: true` so only the glyphs used go
 * into the file; lines are measured with widthOfTextAtSize and wrapped to the column. The content comes
 * from model/brief-content.ts; this file only lays it out.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import type { Lang } from '@/i18n/lang';
import { ui } from '@/lib/ui-tokens';
import type { Bi, BriefContent, BriefLine } from '../model/brief-content';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 34;
const GUTTER = 16;
const FOOTER = 24;
const QR = 72;

/**
 * Type sizes and the map's height, from roomiest to tightest: the brief is laid out (measured, not
 * drawn) at each in turn and drawn at the first that fits on two pages.
 */
export interface Density {
  body: number;
  /** The second language's text under the first, when bilingual. */
  second: number;
  /** Tags, notes, sources. */
  small: number;
  mapHeight: number;
  lead: number;
}
export const DENSITIES: Density[] = [
  { body: 9, second: 8, small: 7, mapHeight: 190, lead: 1.3 },
  { body: 8.5, second: 7.5, small: 6.8, mapHeight: 175, lead: 1.25 },
  { body: 8, second: 7.2, small: 6.5, mapHeight: 160, lead: 1.22 },
  { body: 7.5, second: 6.8, small: 6.2, mapHeight: 140, lead: 1.2 },
];
export const MAX_PAGES = 2;

export interface BriefAssets {
  /** fonts/pdf-faces.json: each TrueType file and the code points it holds. */
  faces: { url: string; 'unicode-range': string[] }[];
  /** Fetches a font file (relative to the app). */
  fetchFont: (url: string) => Promise<ArrayBuffer>;
  /** The map image (PNG bytes), when the brief is made on the map page. */
  mapPng?: Uint8Array;
  /** The QR code of the live view (PNG bytes). */
  qrPng: Uint8Array;
}

function hex(c: string) {
  const v = c.replace('#', '');
  const full = v.length === 3 ? [...v].map((x) => x + x).join('') : v.slice(0, 6);
  const n = Number.parseInt(full, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

const INK = hex(ui.ink);
const MUTED = hex(ui.muted);
const ACCENT = hex(ui.accent);
const STATUS: Record<string, ReturnType<typeof rgb>> = {
  strong: hex(ui.statusStrong),
  present: hex(ui.statusStrong),
  weak: hex(ui.statusWeakLine),
  pipeline: hex(ui.statusWeakLine),
  missing: hex(ui.statusMissingLine),
  unrecorded: hex(ui.muted),
};

function parseRange(r: string): [number, number] {
  const [a, b] = r.replace(/^U\+/i, '').split('-');
  const lo = Number.parseInt(a ?? '0', 16);
  return [lo, b ? Number.parseInt(b, 16) : lo];
}

/** The fonts of one document: which face holds a character, embedded on first use. */
class Fonts {
  private ranges: { url: string; ranges: [number, number][] }[];
  private embedded = new Map<string, Promise<PDFFont>>();
  constructor(
    private doc: PDFDocument,
    private assets: BriefAssets,
  ) {
    this.ranges = assets.faces.map((f) => ({ url: f.url, ranges: f['unicode-range'].map(parseRange) }));
  }
  faceOf(ch: string): string | null {
    const c = ch.codePointAt(0) ?? 0;
    return this.ranges.find((f) => f.ranges.some(([lo, hi]) => c >= lo && c <= hi))?.url ?? null;
  }
  font(url: string): Promise<PDFFont> {
    let f = this.embedded.get(url);
    if (!f) {
      f = this.assets.fetchFont(url).then((bytes) => this.doc.embedFont(bytes, { subset: true }));
      this.embedded.set(url, f);
    }
    return f;
  }
  /** Characters that no face holds (drawn as "?"), for the brief's note and the dialog's warning. */
  readonly missing = new Set<string>();
  /** The text as runs of one face each (a character no face holds becomes "?" in the first face). */
  async runs(text: string): Promise<{ font: PDFFont; text: string }[]> {
    const out: { url: string; text: string }[] = [];
    const fallback = this.faceOf('?');
    for (const ch of text) {
      let url = this.faceOf(ch);
      let c = ch;
      if (!url) {
        if (/\S/.test(ch)) this.missing.add(ch);
        url = fallback;
        c = '?';
      }
      if (!url) continue;
      const last = out.at(-1);
      if (last && last.url === url) last.text += c;
      else out.push({ url, text: c });
    }
    return Promise.all(out.map(async (r) => ({ font: await this.font(r.url), text: r.text })));
  }
  private widths = new Map<string, number>();
  async width(text: string, size: number): Promise<number> {
    const key = `${size}|${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = 0;
      for (const r of await this.runs(text)) w += r.font.widthOfTextAtSize(r.text, size);
      this.widths.set(key, w);
    }
    return w;
  }
}

type Color = ReturnType<typeof rgb>;
/** A piece of a paragraph in one colour. */
interface Seg {
  text: string;
  color: Color;
}

const CJK = '\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef';
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'g');

/**
 * Breaks styled text into lines no wider than `width`: at spaces in Latin text, between any two CJK
 * characters; a token wider than the line (a long URL) is cut by characters.
 */
async function wrap(fonts: Fonts, segs: Seg[], size: number, width: number): Promise<Seg[][]> {
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  let lineW = 0;
  const push = () => {
    const last = line.at(-1);
    if (last) last.text = last.text.trimEnd();
    if (line.some((s) => s.text)) lines.push(line);
    line = [];
    lineW = 0;
  };
  const add = (text: string, color: Color, w: number) => {
    const last = line.at(-1);
    if (last && last.color === color) last.text += text;
    else line.push({ text, color });
    lineW += w;
  };
  for (const seg of segs) {
    for (let tok of seg.text.match(TOKEN) ?? []) {
      const bare = await fonts.width(tok.trimEnd(), size);
      if (line.length > 0 && lineW + bare > width) {
        push();
        tok = tok.trimStart();
        if (!tok) continue;
      }
      // A single token wider than the line: cut it by characters.
      while ((await fonts.width(tok.trimEnd(), size)) > width && tok.length > 1) {
        let cut = tok.length - 1;
        while (cut > 1 && (await fonts.width(tok.slice(0, cut), size)) > width) cut--;
        add(tok.slice(0, cut), seg.color, 0);
        push();
        tok = tok.slice(cut);
      }
      add(tok, seg.color, await fonts.width(tok, size));
    }
  }
  push();
  return lines;
}

/**
 * Lays the brief out in two columns per page (the header spans both on the first): text flows down
 * the left column, then the right, then the next page. `dry` measures only (nothing is drawn), so
 * that the densities can be tried before one is drawn.
 */
class Writer {
  page: PDFPage | null = null;
  pages: PDFPage[] = [];
  pageCount = 0;
  col = 0;
  y = 0;
  top = 0;
  constructor(
    private doc: PDFDocument,
    readonly fonts: Fonts,
    readonly dry: boolean,
    readonly d: Density,
  ) {
    this.newPage();
  }
  get fullWidth() {
    return A4[0] - 2 * MARGIN;
  }
  get colWidth() {
    return (this.fullWidth - GUTTER) / 2;
  }
  get x() {
    return MARGIN + this.col * (this.colWidth + GUTTER);
  }
  newPage() {
    this.pageCount++;
    if (!this.dry) {
      this.page = this.doc.addPage(A4);
      this.pages.push(this.page);
    }
    this.col = 0;
    this.y = A4[1] - MARGIN;
    this.top = this.y;
  }
  nextColumn() {
    if (this.col === 0) {
      this.col = 1;
      this.y = this.top;
    } else this.newPage();
  }
  /** Room for `h` more points in this column, or the next column. */
  ensure(h: number) {
    if (this.y - h < MARGIN + FOOTER) this.nextColumn();
  }
  async drawSegs(segs: Seg[], x: number, y: number, size: number, page = this.page) {
    if (this.dry || !page) return;
    let at = x;
    for (const s of segs)
      for (const r of await this.fonts.runs(s.text)) {
        page.drawText(r.text, { x: at, y, size, font: r.font, color: s.color });
        at += r.font.widthOfTextAtSize(r.text, size);
      }
  }
  rect(x: number, y: number, w: number, h: number, color: Color) {
    if (!this.dry) this.page?.drawRectangle({ x, y, width: w, height: h, color });
  }
  rule(x0: number, x1: number, y: number, thickness: number, color: Color) {
    if (!this.dry) this.page?.drawLine({ start: { x: x0, y }, end: { x: x1, y }, thickness, color });
  }
  /**
   * A paragraph wrapped to the column (or `width`) from `indent`, moving down; breaks to the next
   * column between lines. Returns the baseline of its first line (for a status mark).
   */
  async para(
    segs: Seg[] | string,
    size: number,
    opts: { color?: Color; indent?: number; width?: number; gap?: number; x?: number } = {},
  ): Promise<{ y: number; page: PDFPage | null; x: number }> {
    const { color = INK, indent = 0, gap = 0 } = opts;
    const list = typeof segs === 'string' ? [{ text: segs, color }] : segs;
    const width = (opts.width ?? this.colWidth) - indent;
    let first: { y: number; page: PDFPage | null; x: number } | null = null;
    for (const line of await wrap(this.fonts, list, size, width)) {
      this.ensure(size * this.d.lead);
      this.y -= size;
      const x = (opts.x ?? this.x) + indent;
      first ??= { y: this.y, page: this.page, x: this.x };
      await this.drawSegs(line, x, this.y, size);
      this.y -= size * (this.d.lead - 1);
    }
    this.y -= gap;
    return first ?? { y: this.y, page: this.page, x: this.x };
  }
}

/** The texts of a Bi in the brief's languages, in order (Chinese first when bilingual). */
const texts = (langs: Lang[], b: Bi | undefined): string[] =>
  b ? langs.map((l) => b[l]).filter((s): s is string => !!s) : [];

/** A heading: both languages on one line when bilingual. */
const joined = (langs: Lang[], b: Bi | undefined) => texts(langs, b).join(' / ');

async function drawLine(w: Writer, langs: Lang[], line: BriefLine) {
  const d = w.d;
  if (line.head) {
    w.ensure(d.body * d.lead * 3);
    w.y -= 2;
    await w.para(joined(langs, line.text), d.body, { color: ACCENT });
    return;
  }
  const indent = line.status ? 10 : 0;
  // Keep a line's first two rows together.
  w.ensure(d.body * d.lead * 2);
  for (const [n, l] of langs.entries()) {
    const text = line.text[l];
    if (!text) continue;
    const size = n === 0 ? d.body : d.second;
    const tag = line.tag?.[l];
    const segs: Seg[] = [{ text, color: INK }];
    if (tag) segs.push({ text: ` · ${tag}`, color: MUTED });
    const at = await w.para(segs, size, { indent });
    if (n === 0 && line.status && !w.dry && at.page) {
      const c = STATUS[line.status] ?? MUTED;
      at.page.drawRectangle({ x: at.x + 1, y: at.y, width: 6, height: 6, color: c });
    }
  }
  for (const [n, l] of langs.entries()) {
    const note = line.note?.[l];
    if (note) await w.para(note, n === 0 ? d.small + 0.5 : d.small, { indent: indent + 6, color: MUTED });
  }
  w.y -= 2.5;
}

async function drawSectionHead(w: Writer, langs: Lang[], heading: Bi) {
  const d = w.d;
  const size = d.body + 1.5;
  // A heading keeps its first lines with it.
  w.ensure(size * d.lead + d.body * d.lead * 3);
  w.y -= 4;
  await w.para(joined(langs, heading), size, { color: ACCENT });
  w.rule(w.x, w.x + w.colWidth, w.y + 1, 0.4, MUTED);
  w.y -= 3;
}

/** Lays out (or, when not `dry`, draws) the whole brief at one density; returns its page count. */
async function layout(
  doc: PDFDocument,
  fonts: Fonts,
  content: BriefContent,
  images: { qr: PDFImage; map?: PDFImage },
  d: Density,
  dry: boolean,
  fallbackCount: number,
): Promise<Writer> {
  const langs = content.langs;
  const w = new Writer(doc, fonts, dry, d);
  // Header across both columns: kicker, title(s), subtitle, date; the QR code to the live view right.
  const headWidth = w.fullWidth - QR - 12;
  await w.para(joined(langs, content.kicker), 8, { color: ACCENT, width: headWidth, gap: 2 });
  for (const [n, s] of texts(langs, content.title).entries())
    await w.para(s, n === 0 ? 18 : 12.5, { width: headWidth, gap: 2 });
  for (const s of texts(langs, content.subtitle))
    await w.para(s, 7.5, { color: MUTED, width: headWidth, gap: 1 });
  await w.para(joined(langs, content.dateLine), 8.5, { width: headWidth, gap: 1 });
  const top = A4[1] - MARGIN;
  if (!dry) w.page?.drawImage(images.qr, { x: A4[0] - MARGIN - QR, y: top - QR, width: QR, height: QR });
  let qy = top - QR - 7;
  for (const s of texts(langs, content.liveView))
    for (const line of await wrap(fonts, [{ text: s, color: MUTED }], 6.5, QR + 12)) {
      await w.drawSegs(line, A4[0] - MARGIN - QR - 6, qy, 6.5);
      qy -= 7.5;
    }
  w.y = Math.min(w.y, qy + 4) - 2;
  await w.para(content.url, 6.5, { color: ACCENT, width: w.fullWidth, gap: 3 });
  w.rule(MARGIN, A4[0] - MARGIN, w.y, 0.6, ACCENT);
  w.y -= 4;
  w.top = w.y;
  // The map image heads the left column, its caption under it.
  if (images.map) {
    const img = images.map;
    const s = Math.min(w.colWidth / img.width, d.mapHeight / img.height);
    const iw = img.width * s;
    const ih = img.height * s;
    w.y -= 4;
    if (!dry) w.page?.drawImage(img, { x: w.x, y: w.y - ih, width: iw, height: ih });
    w.y -= ih + 2;
    await w.para(joined(langs, content.mapHeading), d.small, { color: MUTED, gap: 2 });
  }
  for (const section of content.sections) {
    await drawSectionHead(w, langs, section.heading);
    for (const line of section.lines) await drawLine(w, langs, line);
  }
  // Notes, the link, the fallback note, then the sources, all in small type.
  await drawSectionHead(w, langs, content.notesHeading);
  const small = (n: number) => (n === 0 ? d.small : d.small - 0.3);
  for (const note of content.notes)
    for (const [n, s] of texts(langs, note).entries()) await w.para(s, small(n), { gap: 1 });
  if (fallbackCount > 0)
    for (const [n, s] of texts(langs, content.fallbackNote).entries())
      await w.para(s.replace('{n}', String(fallbackCount)), small(n), { gap: 1 });
  for (const [n, s] of texts(langs, content.linkLine).entries()) await w.para(s, small(n), { gap: 1 });
  if (content.sources.length) {
    await drawSectionHead(w, langs, content.sourcesHeading);
    for (const [i, src] of content.sources.entries())
      for (const [n, s] of texts(langs, src).entries())
        await w.para(n === 0 ? `[${i + 1}] ${s}` : s, small(n), {
          color: n === 0 ? INK : MUTED,
          indent: n === 0 ? 0 : 8,
          gap: 0.5,
        });
  }
  return w;
}

/** Every text of the brief (to find the characters no face holds before laying it out). */
function allTexts(c: BriefContent): string[] {
  const bis: (Bi | undefined)[] = [
    c.kicker,
    c.title,
    c.subtitle,
    c.dateLine,
    c.linkLine,
    c.liveView,
    c.mapHeading,
    c.notesHeading,
    c.sourcesHeading,
    c.footer,
    c.pageLabel,
    ...c.notes,
    ...c.sources,
    ...c.sections.flatMap((s) => [s.heading, ...s.lines.flatMap((l) => [l.text, l.tag, l.note])]),
  ];
  return [c.url, c.date, ...bis.flatMap((b) => texts(c.langs, b))];
}

export async function makeBriefPdf(
  content: BriefContent,
  assets: BriefAssets,
): Promise<{ bytes: Uint8Array; pages: number; missing: string[]; density: number }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const langs = content.langs;
  doc.setTitle(joined(langs, content.title));
  doc.setSubject(joined(langs, content.kicker));
  doc.setLanguage(langs.length > 1 ? 'zh-CN' : langs[0] === 'en' ? 'en' : 'zh-CN');
  doc.setCreator('西双版纳产业地图 / Xishuangbanna Industry Map');
  doc.setProducer('pdf-lib');
  const fonts = new Fonts(doc, assets);
  // Characters no face holds: drawn as "?", counted, and said in the notes.
  for (const s of allTexts(content)) await fonts.runs(s);
  const missing = [...fonts.missing];
  const images = {
    qr: await doc.embedPng(assets.qrPng),
    map: assets.mapPng ? await doc.embedPng(assets.mapPng) : undefined,
  };
  let chosen = DENSITIES.length - 1;
  for (const [n, d] of DENSITIES.entries()) {
    const dry = await layout(doc, fonts, content, images, d, true, missing.length);
    if (dry.pageCount <= MAX_PAGES) {
      chosen = n;
      break;
    }
  }
  const w = await layout(doc, fonts, content, images, DENSITIES[chosen] as Density, false, missing.length);
  // Footer on every page: what made it, the date, page n of N.
  const total = w.pages.length;
  const footer = joined(langs, content.footer);
  for (const [n, page] of w.pages.entries()) {
    const pageNo = texts(langs, content.pageLabel)
      .map((s) => s.replace('{n}', String(n + 1)).replace('{total}', String(total)))
      .join(' / ');
    const right = `${content.date} · ${pageNo}`;
    const rw = await fonts.width(right, 6.5);
    const lines = await wrap(fonts, [{ text: footer, color: MUTED }], 6.5, w.fullWidth - rw - 16);
    let fy = MARGIN - 6;
    for (const line of lines.slice(0, 2)) {
      await w.drawSegs(line, MARGIN, fy, 6.5, page);
      fy -= 7.5;
    }
    await w.drawSegs([{ text: right, color: MUTED }], A4[0] - MARGIN - rw, MARGIN - 6, 6.5, page);
    page.drawLine({
      start: { x: MARGIN, y: MARGIN + 4 },
      end: { x: A4[0] - MARGIN, y: MARGIN + 4 },
      thickness: 0.3,
      color: MUTED,
    });
  }
  const bytes = await doc.save();
  return { bytes, pages: total, missing, density: chosen };
}
