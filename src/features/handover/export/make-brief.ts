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
const MARGIN = 44;
const FOOTER = 30;
const BODY = 9.5;
const NOTE = 8;

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
  /** The text as runs of one face each (a character no face holds becomes "?" in the first face). */
  async runs(text: string): Promise<{ font: PDFFont; text: string }[]> {
    const out: { url: string; text: string }[] = [];
    const fallback = this.faceOf('?');
    for (const ch of text) {
      let url = this.faceOf(ch);
      let c = ch;
      if (!url) {
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
  async width(text: string, size: number): Promise<number> {
    let w = 0;
    for (const r of await this.runs(text)) w += r.font.widthOfTextAtSize(r.text, size);
    return w;
  }
}

/** Breaks text into lines no wider than `width`: at spaces in Latin text, between any two CJK characters. */
async function wrap(fonts: Fonts, text: string, size: number, width: number): Promise<string[]> {
  // Tokens: a word with its trailing spaces, or one CJK character.
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+\s*|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line === '' || (await fonts.width(next.trimEnd(), size)) <= width) {
      line = next;
      continue;
    }
    lines.push(line.trimEnd());
    line = tok.trimStart();
    // A single token wider than the column (a long URL): cut it by characters.
    while ((await fonts.width(line.trimEnd(), size)) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && (await fonts.width(line.slice(0, cut), size)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

class Writer {
  page!: PDFPage;
  y = 0;
  pages: PDFPage[] = [];
  constructor(
    private doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }
  get width() {
    return A4[0] - 2 * MARGIN;
  }
  newPage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN;
  }
  ensure(h: number) {
    if (this.y - h < MARGIN + FOOTER) this.newPage();
  }
  async drawAt(text: string, x: number, y: number, size: number, color = INK, page = this.page) {
    let at = x;
    for (const r of await this.fonts.runs(text)) {
      page.drawText(r.text, { x: at, y, size, font: r.font, color });
      at += r.font.widthOfTextAtSize(r.text, size);
    }
    return at - x;
  }
  /** Writes a paragraph, wrapped to `width` from `indent`, moving down. */
  async para(
    text: string,
    size: number,
    opts: { color?: ReturnType<typeof rgb>; indent?: number; width?: number; gap?: number } = {},
  ) {
    const { color = INK, indent = 0, gap = 2 } = opts;
    const width = opts.width ?? this.width - indent;
    for (const line of await wrap(this.fonts, text, size, width)) {
      this.ensure(size * 1.35);
      this.y -= size * 1.1;
      await this.drawAt(line, MARGIN + indent, this.y, size, color);
      this.y -= size * 0.25;
    }
    this.y -= gap;
  }
}

/** The texts of a Bi in the brief's languages, in order (Chinese first when bilingual). */
const texts = (langs: Lang[], b: Bi | undefined): string[] =>
  b ? langs.map((l) => b[l]).filter((s): s is string => !!s) : [];

async function drawLine(w: Writer, langs: Lang[], line: BriefLine) {
  if (line.head) {
    w.y -= 3;
    for (const s of texts(langs, line.text)) await w.para(s, BODY + 0.5, { color: ACCENT, gap: 0 });
    w.y -= 1;
    return;
  }
  const indent = line.status ? 12 : 0;
  const parts = texts(langs, line.text);
  w.ensure(BODY * 1.4 * parts.length + NOTE * 1.4);
  if (line.status) {
    const c = STATUS[line.status] ?? MUTED;
    w.page.drawRectangle({ x: MARGIN + 1, y: w.y - BODY * 0.95, width: 7, height: 7, color: c });
  }
  for (const s of parts) await w.para(s, BODY, { indent, gap: 0 });
  for (const s of texts(langs, line.note))
    await w.para(s, NOTE, { indent: indent + 8, color: MUTED, gap: 0 });
  w.y -= 3;
}

export async function makeBriefPdf(
  content: BriefContent,
  assets: BriefAssets,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const langs = content.langs;
  const title = texts(langs, content.title).join(' / ');
  doc.setTitle(title);
  doc.setSubject(texts(langs, content.kicker).join(' / '));
  doc.setLanguage(langs.length > 1 ? 'zh-CN' : langs[0] === 'en' ? 'en' : 'zh-CN');
  doc.setCreator('西双版纳产业地图 / Xishuangbanna Industry Map');
  doc.setProducer('pdf-lib');
  const fonts = new Fonts(doc, assets);
  const w = new Writer(doc, fonts);
  const qr: PDFImage = await doc.embedPng(assets.qrPng);
  const QR = 84;
  // Header: kicker, title(s), subtitle, date; the QR code to the live view on the right.
  const headWidth = w.width - QR - 12;
  for (const s of texts(langs, content.kicker))
    await w.para(s, 9, { color: ACCENT, width: headWidth, gap: 1 });
  for (const [n, s] of texts(langs, content.title).entries())
    await w.para(s, n === 0 ? 20 : 15, { width: headWidth, gap: 2 });
  for (const s of texts(langs, content.subtitle))
    await w.para(s, 8.5, { color: MUTED, width: headWidth, gap: 1 });
  for (const s of texts(langs, content.dateLine)) await w.para(s, 9, { width: headWidth, gap: 1 });
  const top = A4[1] - MARGIN;
  w.page.drawImage(qr, { x: A4[0] - MARGIN - QR, y: top - QR, width: QR, height: QR });
  let qy = top - QR - 9;
  for (const s of texts(langs, content.liveView)) {
    for (const line of await wrap(fonts, s, 7, QR + 20)) {
      await w.drawAt(line, A4[0] - MARGIN - QR - 10, qy, 7, MUTED);
      qy -= 8.5;
    }
  }
  w.y = Math.min(w.y, qy) - 6;
  await w.para(content.url, 7.5, { color: ACCENT, gap: 4 });
  w.page.drawLine({
    start: { x: MARGIN, y: w.y },
    end: { x: A4[0] - MARGIN, y: w.y },
    thickness: 0.6,
    color: ACCENT,
  });
  w.y -= 8;
  if (assets.mapPng) {
    const img = await doc.embedPng(assets.mapPng);
    // Smaller when bilingual, so that the brief stays short.
    const maxH = langs.length > 1 ? 200 : 230;
    const s = Math.min(w.width / img.width, maxH / img.height);
    const iw = img.width * s;
    const ih = img.height * s;
    for (const t of texts(langs, content.mapHeading)) await w.para(t, 10, { color: ACCENT, gap: 0 });
    w.ensure(ih + 6);
    w.page.drawImage(img, { x: MARGIN + (w.width - iw) / 2, y: w.y - ih, width: iw, height: ih });
    w.y -= ih + 8;
  }
  for (const section of content.sections) {
    w.ensure(40);
    w.y -= 4;
    for (const s of texts(langs, section.heading)) await w.para(s, 12, { color: ACCENT, gap: 0 });
    w.page.drawLine({
      start: { x: MARGIN, y: w.y - 1 },
      end: { x: A4[0] - MARGIN, y: w.y - 1 },
      thickness: 0.4,
      color: MUTED,
    });
    w.y -= 5;
    for (const line of section.lines) await drawLine(w, langs, line);
  }
  w.ensure(30);
  w.y -= 4;
  for (const s of texts(langs, content.notesHeading)) await w.para(s, 11, { color: ACCENT, gap: 0 });
  for (const note of content.notes)
    for (const s of texts(langs, note)) await w.para(s, NOTE, { color: INK, gap: 1 });
  for (const s of texts(langs, content.linkLine)) await w.para(s, NOTE, { color: INK, gap: 1 });
  // Footer on every page: what made it, the date, page n of N.
  const total = w.pages.length;
  const footer = texts(langs, content.footer).join(' / ');
  for (const [n, page] of w.pages.entries()) {
    const pageNo = texts(langs, content.pageLabel)
      .map((s) => s.replace('{n}', String(n + 1)).replace('{total}', String(total)))
      .join(' / ');
    const right = `${content.date} · ${pageNo}`;
    const rw = await fonts.width(right, 7);
    const lines = await wrap(fonts, footer, 7, w.width - rw - 16);
    let fy = MARGIN - 4;
    for (const line of lines.slice(0, 2)) {
      await w.drawAt(line, MARGIN, fy, 7, MUTED, page);
      fy -= 8.5;
    }
    await w.drawAt(right, A4[0] - MARGIN - rw, MARGIN - 4, 7, MUTED, page);
  }
  const bytes = await doc.save();
  return { bytes, pages: total };
}
