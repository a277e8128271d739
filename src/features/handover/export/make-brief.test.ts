/**
 * The brief fits on one or two A4 pages for every park and every industry chain of the shipped data,
 * in Chinese, English and bilingual (laid out in node with the build's TrueType cuts), and every
 * character of it has a glyph in those cuts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import i18next from 'i18next';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n/lang';
import { en, zh } from '@/i18n/resources';
import { DEFAULT_WEIGHTS } from '@/lib/domain/host-score';
import { charactersIn } from '../../../../data/scripts/lib/fonts';
import { shippedCatalog, shippedIndex } from '../../../../test/support/shipped-data';
import { type BriefSubject, briefContent, type Translate } from '../model/brief-content';
import { DENSITIES, MAX_PAGES, makeBriefPdf } from './make-brief';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
});
const t = {
  zh: i18n.getFixedT('zh') as unknown as Translate,
  en: i18n.getFixedT('en') as unknown as Translate,
};
const fontsDir = join(import.meta.dirname, '../../../../public/fonts');
const faces = JSON.parse(readFileSync(join(fontsDir, 'pdf-faces.json'), 'utf8'));
const fetchFont = async (u: string) => {
  const b = readFileSync(join(fontsDir, '..', u));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

/** A grey PNG of the given size (the map image's place; only its proportions matter here). */
function greyPng(w: number, h: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 255] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = Buffer.alloc((w + 1) * h, 200);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

// The map image of a 1920 × 1080 window: about 3,900 × 2,600 px at 2× (map, legend, notes).
const mapPng = greyPng(390, 260);
const qrPng = greyPng(90, 90);
const url = 'https://example.org/xsbn/?lang=en&ind=rubber&sel=park:mohan&z=8.21&c=100.81,21.93&panel=gaps';
const ix = shippedIndex(true);
const subjects: BriefSubject[] = [
  ...ix.parks.map((p) => ({ kind: 'park' as const, id: p.id })),
  ...shippedCatalog.industries.map((i) => ({ kind: 'chain' as const, industry: i.id })),
];
const modes: Lang[][] = [['zh'], ['en'], ['zh', 'en']];

async function brief(subject: BriefSubject, langs: Lang[]) {
  const content = briefContent({ subject, langs, ix, t, date: '2025-03-04', url, weights: DEFAULT_WEIGHTS });
  return makeBriefPdf(content, { faces, fetchFont, qrPng, mapPng });
}

describe("the PDF fonts (the build's TrueType cuts)", () => {
  it('hold every character of data/ and the UI strings', () => {
    const root = join(import.meta.dirname, '../../../..');
    const ranges = (faces as { 'unicode-range': string[] }[]).flatMap((f) =>
      f['unicode-range'].map((r) => {
        const [a, b] = r.replace(/^U\+/i, '').split('-');
        const lo = Number.parseInt(a ?? '0', 16);
        return [lo, b ? Number.parseInt(b, 16) : lo] as const;
      }),
    );
    // The data files, not the data build's code (its console lines use ✗, which no subset holds).
    const dataFiles = readdirSync(join(root, 'data'))
      .filter((f) => f !== 'scripts')
      .map((f) => join(root, 'data', f));
    const used = charactersIn([...dataFiles, join(root, 'src/i18n')]);
    const missing = [...used].filter((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return cp > 0x20 && !ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
    });
    expect(used.length).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });
});

describe('the brief (PDF) fits on one or two A4 pages', () => {
  it('has subjects to check', () => {
    expect(subjects.filter((s) => s.kind === 'park').length).toBeGreaterThan(3);
    expect(subjects.filter((s) => s.kind === 'chain').length).toBeGreaterThan(3);
    expect(DENSITIES.length).toBeGreaterThan(1);
  });
  for (const langs of modes)
    it(`every park and chain, ${langs.join(' + ')}`, { timeout: 120_000 }, async () => {
      const over: string[] = [];
      for (const s of subjects) {
        const out = await brief(s, langs);
        const doc = await PDFDocument.load(out.bytes);
        expect(doc.getPageCount()).toBe(out.pages);
        for (const p of doc.getPages()) expect(p.getSize().width).toBeCloseTo(595.28, 1);
        if (out.pages > MAX_PAGES) over.push(`${s.kind}:${'id' in s ? s.id : s.industry} ${out.pages}`);
        // Every character has a glyph in the build's cuts (none drawn as "?").
        expect(out.missing, `${JSON.stringify(s)}`).toEqual([]);
      }
      expect(over).toEqual([]);
    });
  it('counts characters no face holds and says so in the brief', async () => {
    const content = briefContent({
      subject: { kind: 'park', id: 'mohan' },
      langs: ['en'],
      ix,
      t,
      date: '2025-03-04',
      url: `${url}&q=\u{1F600}\u{2603}`,
      weights: DEFAULT_WEIGHTS,
    });
    const out = await makeBriefPdf(content, { faces, fetchFont, qrPng, mapPng });
    expect(out.missing).toEqual(['\u{1F600}', '\u{2603}']);
    expect(out.pages).toBeLessThanOrEqual(MAX_PAGES);
  });
});
