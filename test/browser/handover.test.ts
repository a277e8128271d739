/**
 * Hand-overs (issue 11): the map image (PNG at 2× with title, legend, scale bar, notes), the QR code
 * of the view, the brief (PDF with real text in an embedded CJK subset) in zh, en and bilingual, and
 * the browser's print of the map and of a profile page (the map drawn, nothing clipped). Export code
 * loads on use: opening the map requests none of pdf-lib, fontkit or qrcode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../src/lib/png-text';
import { SHOTS, setupApp } from '../support/harness';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown and handed
// over, not how the camera gets there).
const app = setupApp({ width: 1920, height: 1080 });
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-handover-'));

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
interface Stats {
  variance: number;
  nonWhite: number;
}

/** Pixel statistics of boxes of a PNG, decoded by the page's own image decoder. */
async function pngStats(
  p: Page,
  png: Buffer,
  boxes: Box[],
): Promise<{ width: number; height: number; stats: Stats[] }> {
  return p.evaluate(
    async ([b64, bs]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2d');
      ctx.drawImage(img, 0, 0);
      const stats = (bs as Box[]).map((b) => {
        const d = ctx.getImageData(b.x, b.y, b.w, b.h).data;
        let sum = 0;
        let sq = 0;
        let nonWhite = 0;
        const n = d.length / 4;
        for (let i = 0; i < d.length; i += 4) {
          const v = ((d[i] ?? 0) + (d[i + 1] ?? 0) + (d[i + 2] ?? 0)) / 3;
          sum += v;
          sq += v * v;
          if (v < 235) nonWhite++;
        }
        const mean = sum / n;
        return { variance: sq / n - mean * mean, nonWhite: nonWhite / n };
      });
      return { width: c.width, height: c.height, stats };
    },
    [png.toString('base64'), boxes] as const,
  );
}

async function openShare(p: Page) {
  await p.getByTestId('share-open').click();
  await p.getByTestId('share-dialog').waitFor();
}

/**
 * The briefs are read as text and layout, not pixels: made at the common laptop size (the map image at
 * 2× is then half the pixels to draw in software as at 1920 × 1080), and briefs of one UI language made
 * one after another in one dialog, as a user would, instead of a map load each.
 */
const BRIEF_VIEWPORT = { width: 1366, height: 768 };
async function briefDialog(key: string, query: string): Promise<Page> {
  const p = await app.shared(key, query, '', { viewport: BRIEF_VIEWPORT });
  if (!(await p.getByTestId('share-dialog').isVisible())) await openShare(p);
  return p;
}

async function downloadOf(p: Page, testId: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    p.waitForEvent('download', { timeout: 120_000 }),
    p.getByTestId(testId).click(),
  ]);
  return readFileSync((await dl.path()) ?? '');
}

function pdfText(pdf: Buffer, name: string): string {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/**
 * The PDF's page count (pdfinfo) and every word's box (pdftotext -bbox): real text, on the page.
 */
function pdfPages(
  pdf: Buffer,
  name: string,
): { pages: number; width: number; outside: string[]; words: number } {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const width = Number(/^Page size:\s+([\d.]+) x/m.exec(info)?.[1] ?? 0);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const outside: string[] = [];
  let words = 0;
  for (const m of html.matchAll(
    /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</g,
  )) {
    words++;
    const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    // Inside the page with a margin of at least 20 pt on each side.
    if (x0 < 20 || x1 > width - 20 || y0 < 20 || y1 > 842 - 12)
      outside.push(`${m[5]} @${x0},${y0}-${x1},${y1}`);
  }
  return { pages, width, outside, words };
}

function rasterize(pdf: Buffer, name: string): Buffer {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(tmp, name)]);
  return readFileSync(join(tmp, `${name}-1.png`));
}

const today = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

describe('hand-overs', () => {
  it('opening the map loads none of the export libraries (pdf-lib, fontkit, qrcode)', async () => {
    const scripts: { url: string; body: string }[] = [];
    const p = await app.open('?lang=en&ind=rubber', '', {
      before: async (page) => {
        page.on('response', async (r) => {
          if (r.request().resourceType() !== 'script') return;
          scripts.push({ url: r.url(), body: await r.text().catch(() => '') });
        });
      },
    });
    await p.waitForTimeout(500);
    expect(scripts.length).toBeGreaterThan(0);
    const heavy = scripts.filter(
      (s) =>
        /make-brief|qrcode|pdf-lib|fontkit/i.test(s.url) || /PDFDocument|registerFontkit|QRCode/.test(s.body),
    );
    expect(heavy.map((s) => s.url)).toEqual([]);
    // Opening the dialog loads qrcode (the QR) and nothing of the PDF yet.
    await openShare(p);
    await p.getByTestId('qr-canvas').waitFor();
    await expect.poll(() => scripts.filter((s) => /QRCode|toCanvas/.test(s.body)).length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /PDFDocument/.test(s.body)).map((s) => s.url)).toEqual([]);
  });

  it('the PNG is 2× the map plus its frame, with a drawn map, title and legend; the QR decodes to the view', async () => {
    const p = await app.open('?lang=zh&ind=rubber&sel=park:mohan');
    const css = await p.evaluate(() => {
      const c = window.__map?.getCanvas();
      return { w: c?.clientWidth ?? 0, h: c?.clientHeight ?? 0 };
    });
    await openShare(p);
    await p.screenshot({ path: `${SHOTS}/handover-dialog-zh.png` });
    const png = await downloadOf(p, 'export-png');
    await expect.poll(() => p.getByTestId('png-status').textContent()).toMatch(/已生成 \d+ × \d+ 像素/);
    const meta = readPngText(new Uint8Array(png));
    const layout = JSON.parse(meta.text['xsbn:layout'] ?? '{}') as Record<string, Box> & {
      width: number;
      height: number;
    };
    // Documented size: width = 2 × map CSS width + 2 × 32 (16 px padding at 2×); the map at (32, 152).
    expect(meta.width).toBe(2 * css.w + 64);
    expect(layout.map).toEqual({ x: 32, y: 152, w: 2 * css.w, h: 2 * css.h });
    expect(meta.height).toBe(layout.height);
    expect(meta.height).toBeGreaterThan(2 * css.h + 152);
    expect(meta.text.Title).toContain('西双版纳产业地图');
    expect(meta.text.Title).toContain('橡胶');
    expect(meta.text.Title).toContain('磨憨');
    expect(meta.text['Creation Time']).toBe(today());
    expect(meta.text.Description).toContain('园区边界为示意范围');
    expect(meta.text.Description).toContain('含示例数据');
    const legend = layout.legend as Box;
    const title = layout.title as Box;
    const map = layout.map as Box;
    const s = await pngStats(p, png, [map, title, legend, { x: 0, y: 0, w: 32, h: 32 }]);
    writeFileSync(`${SHOTS}/handover-map-zh.png`, png);
    expect(s.width).toBe(meta.width);
    const [mapS, titleS, legendS, corner] = s.stats;
    expect(mapS?.variance, 'map area drawn').toBeGreaterThan(100);
    expect(titleS?.nonWhite, 'title drawn').toBeGreaterThan(0.01);
    expect(legendS?.nonWhite, 'legend drawn').toBeGreaterThan(0.01);
    expect(corner?.nonWhite, 'frame background').toBe(0);

    // The QR code in the dialog decodes to the view's URL.
    const href = await p.evaluate(() => window.location.href);
    expect(await p.getByTestId('qr-url').textContent()).toContain(href);
    const qr = await p.getByTestId('qr-canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height);
      return { w: c.width, h: c.height, data: Array.from(d?.data ?? []) };
    });
    const code = jsQR(Uint8ClampedArray.from(qr.data), qr.w, qr.h);
    expect(code?.data).toBe(href);
    // Esc closes the dialog and focus returns to its button.
    await p.keyboard.press('Escape');
    // The dialog leaves the page (it is loaded and mounted when the button is pressed).
    await expect.poll(() => p.getByTestId('share-dialog').count()).toBe(0);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('share-open');
  });

  it('the English PNG is titled in English and says it includes sample data', async () => {
    const p = await app.open('?lang=en&ind=rubber');
    await openShare(p);
    const png = await downloadOf(p, 'export-png');
    const meta = readPngText(new Uint8Array(png));
    expect(meta.text.Title).toMatch(/^Xishuangbanna Industry Map · Rubber/);
    expect(meta.text.Description).toContain('Park outlines are schematic');
    expect(meta.text.Description).toContain('Includes sample data');
    writeFileSync(`${SHOTS}/handover-map-en.png`, png);
  });

  for (const [lang, choice] of [
    ['zh', 'zh'],
    ['en', 'en'],
    ['en', 'both'],
  ] as const) {
    it(`the park brief (PDF, ${choice}) has the park's name, the date, provenance and the committee as text`, async () => {
      const p = await briefDialog(`park-${lang}`, `?lang=${lang}&ind=rubber&sel=park:mohan`);
      await p.getByTestId('pdf-subject').selectOption('park:mohan');
      await p.getByTestId(`pdf-lang-${choice}`).check();
      const pdf = await downloadOf(p, 'export-pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf, `park-${choice}`).replace(/\s+/g, ' ');
      const zh = choice !== 'en';
      const en = choice !== 'zh';
      if (zh) {
        expect(text).toContain('磨憨经济开发区');
        expect(text).toContain('日期:');
        expect(text).toContain('每项数据均注明来源类别');
        expect(text).toMatch(/官方|公开资料/);
        expect(text).toContain('截至');
        expect(text).toContain('示意范围');
        expect(text).toContain('管理机构');
      }
      if (en) {
        expect(text).toContain('Mohan');
        expect(text).toContain('Every figure says how it is known');
        expect(text).toMatch(/as of \d{4}/);
        expect(text).toContain('schematic');
        expect(text).toContain('Management');
      }
      // English only: no Chinese but document numbers (西政办发〔2023〕16号) and names cited as sources.
      if (!zh) expect(text.replace(/[^\s()]*〔\d{4}〕\d+号/g, '')).not.toMatch(/[\u4e00-\u9fff]{6}/);
      expect(text).toContain(today());
      // One or two A4 pages, every word inside the page.
      const layout = pdfPages(pdf, `park-${choice}`);
      expect(layout.pages, `park brief ${choice}: pages`).toBeGreaterThanOrEqual(1);
      expect(layout.pages, `park brief ${choice}: pages`).toBeLessThanOrEqual(2);
      expect(layout.width).toBeCloseTo(595.28, 0);
      expect(layout.words).toBeGreaterThan(100);
      expect(layout.outside).toEqual([]);
      // Provenance: short tags that cite the numbered sources, which are listed once.
      expect(text).toMatch(/\[1\]/);
      expect(text).toContain(zh ? '来源与方法' : 'Sources and methods');
      // The fonts are embedded subsets, not the whole font.
      const fonts = execFileSync('pdffonts', [join(tmp, `park-${choice}.pdf`)], { encoding: 'utf8' });
      expect(fonts).toMatch(/CID TrueType\s+Identity-H\s+yes/);
      expect(pdf.length).toBeLessThan(3_000_000);
      // The first page shows the map image and the QR code (not blank).
      const page1 = rasterize(pdf, `park-${choice}-r`);
      const s = await pngStats(p, page1, [{ x: 20, y: 160, w: 370, h: 200 }]);
      expect(s.stats[0]?.variance).toBeGreaterThan(50);
      if (choice === 'both') writeFileSync(`${SHOTS}/handover-brief-both-p1.png`, page1);
    });
  }

  for (const choice of ['zh', 'en', 'both'] as const)
    it(`the chain brief (PDF, ${choice}) lists the links with their statuses and the gaps to attract, on one or two pages`, async () => {
      const p = await briefDialog('chain', '?lang=en&ind=rubber');
      await p.getByTestId('pdf-subject').selectOption('chain:rubber');
      await p.getByTestId(`pdf-lang-${choice}`).check();
      const pdf = await downloadOf(p, 'export-pdf');
      const text = pdfText(pdf, `chain-${choice}`).replace(/\s+/g, ' ');
      if (choice !== 'zh') {
        expect(text).toContain('Rubber');
        expect(text).toContain('Gaps and what to attract');
        expect(text).toMatch(/Attract: /);
        expect(text).toMatch(/· (Strong|Weak|Missing)/);
      }
      if (choice !== 'en') {
        expect(text).toContain('橡胶');
        expect(text).toContain('缺口与招商方向');
        expect(text).toContain('招引目标:');
        expect(text).toMatch(/· (较强|薄弱|缺失)/);
      }
      expect(text).toMatch(/\[1\]/);
      expect(text).toContain(today());
      const layout = pdfPages(pdf, `chain-${choice}`);
      expect(layout.pages, `chain brief ${choice}: pages`).toBeLessThanOrEqual(2);
      expect(layout.outside).toEqual([]);
      await expect.poll(() => p.getByTestId('pdf-status').textContent()).toMatch(/\d/);
      expect(await p.getByTestId('pdf-status').textContent()).not.toMatch(/"\?"/);
    });

  it('printing the map gives the map drawn with its scale bar, north arrow and legend, the title, the date and the link, and no panels', async () => {
    const p = await app.open('?lang=en&ind=rubber&sel=park:mohan');
    // The map's ground width on screen (metres), before print takes the live map off the page.
    const groundWidth = await p.evaluate(() => {
      const m = window.__map;
      if (!m) return 0;
      const c = m.getCenter();
      const mpp = (40075016.686 * Math.cos((c.lat * Math.PI) / 180)) / (512 * 2 ** m.getZoom());
      return m.getCanvas().clientWidth * mpp;
    });
    expect(groundWidth).toBeGreaterThan(10_000);
    await p.emulateMedia({ media: 'print' });
    await p.getByTestId('map-print-image').waitFor({ state: 'attached' });
    // The scale bar is right: its share of the image's width times the map's ground width is its label.
    const scale = await p.evaluate((ground) => {
      const img = document.querySelector('[data-testid="map-print-image"]')?.getBoundingClientRect();
      const bar = document.querySelector('[data-testid="print-scale"]');
      if (!img || !bar) return null;
      return {
        ground: (bar.getBoundingClientRect().width / img.width) * ground,
        label: bar.textContent ?? '',
        legend: [...document.querySelectorAll('[data-testid="print-legend"] li')].map((li) => li.textContent),
      };
    }, groundWidth);
    expect(scale).not.toBeNull();
    const km = Number(/^([\d.]+) km$/.exec(scale?.label ?? '')?.[1]);
    expect(km).toBeGreaterThan(0);
    // Within the bar's 1.5 px border either way.
    expect(Math.abs((scale?.ground ?? 0) / 1000 - km) / km).toBeLessThan(0.03);
    expect(scale?.legend).toContain('National');
    expect(scale?.legend.some((l) => /^Rubber \(\d+\)$/.test(l ?? ''))).toBe(true);
    const pdf = await p.pdf({ format: 'A4', printBackground: true });
    await p.emulateMedia({ media: 'screen' });
    await expect.poll(() => p.getByTestId('map-print-image').count()).toBe(0);
    const text = pdfText(pdf, 'print-map').replace(/\s+/g, ' ');
    expect(text).toContain('Xishuangbanna Industry Map · Rubber');
    expect(text).toContain(today());
    expect(text).toContain('sel=park');
    // The scale bar, the north arrow and the legend of what is drawn print as text.
    expect(text).toContain(`${km} km`);
    expect(text).toMatch(/\bN\b/);
    expect(text).toContain('Legend');
    expect(text).toMatch(/Rubber \(\d+\)/);
    expect(text).toContain('National');
    expect(text).toContain('Park outlines are schematic');
    expect(text).toContain('OpenStreetMap');
    // No side panel, no details panel text.
    expect(text).not.toContain('Include sample data');
    const png = rasterize(pdf, 'print-map-r');
    writeFileSync(`${SHOTS}/handover-print-map.png`, png);
    // A4 at 50 dpi is about 413 × 585 px; the map box lies under the head (12 mm margins ≈ 24 px).
    const s = await pngStats(p, png, [{ x: 40, y: 90, w: 330, h: 200 }]);
    expect(Math.abs(s.width - 413)).toBeLessThanOrEqual(1);
    expect(s.stats[0]?.variance, 'printed map not blank').toBeGreaterThan(100);
  });

  it('printing a profile page gives its title, the date and the link, nothing wider than the page', async () => {
    const p = await app.openNoMap('?lang=zh&page=park:mohan');
    await p.getByTestId('park-page').waitFor();
    await p.emulateMedia({ media: 'print' });
    const overflow = await p.evaluate(() => {
      const w = document.documentElement.clientWidth;
      return [...document.querySelectorAll('.park-page *, .print-head *')]
        .filter((e) => e.getBoundingClientRect().right > w + 1)
        .map((e) => `${e.tagName}.${e.className}`);
    });
    const pdf = await p.pdf({ format: 'A4', printBackground: true });
    await p.emulateMedia({ media: 'screen' });
    expect(overflow).toEqual([]);
    const text = pdfText(pdf, 'print-park').replace(/\s+/g, ' ');
    expect(text).toContain('磨憨经济开发区');
    expect(text).toContain(today());
    expect(text).toContain('page=park');
    expect(text).not.toContain('返回园区名录');
    const png = rasterize(pdf, 'print-park-r');
    writeFileSync(`${SHOTS}/handover-print-park.png`, png);
    // The SVG locator is drawn (not blank) somewhere on the first page.
    const s = await pngStats(p, png, [{ x: 0, y: 0, w: 413, h: 585 }]);
    expect(s.stats[0]?.variance).toBeGreaterThan(100);
  });

  it('the profile page offers the QR code, print and the park brief (without a map image)', async () => {
    const p = await app.openNoMap('?lang=en&page=park:mohan');
    await p.getByTestId('park-page').waitFor();
    await openShare(p);
    await p.getByTestId('qr-canvas').waitFor();
    expect(await p.getByTestId('export-png').count()).toBe(0);
    await p.getByTestId('pdf-lang-en').check();
    const pdf = await downloadOf(p, 'export-pdf');
    const text = pdfText(pdf, 'park-page-en').replace(/\s+/g, ' ');
    expect(text).toContain('Mohan');
    expect(text).toContain('page=park');
    await p.screenshot({ path: `${SHOTS}/handover-dialog-park-en.png` });
  });
});
