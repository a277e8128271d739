/**
 * Label render test: a label the map draws from its pre-built glyphs (fonts/map-glyphs.bin) against
 * the same words drawn by Chromium's own text engine in the same font file, pixel by pixel. This
 * machine has no Chinese system font (`fc-list :lang=zh` is empty on CI's Debian), so a glyph the
 * bundle lacked or drew wrong would show as a blank, a box or a misplaced shape here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';

interface Compared {
  /** Ink box of the map's label and of the reference, in pixels. */
  map: [number, number];
  ref: [number, number];
  /** Intersection over union of the two ink masks, the map's scaled onto the reference's box. */
  iou: number;
  /** The same against the reference of other words of the same length (the test's control). */
  control: number;
}

/** Draws `text` alone on a white map, and the reference and control with the DOM's font, then compares. */
function compare(page: Page, text: string, other: string, size: number): Promise<Compared> {
  return page.evaluate(
    async ({ text, other, size }) => {
      const map = window.__map;
      if (!map) throw new Error('no map');
      const idle = () =>
        new Promise<void>((r) => {
          map.once('idle', () => r());
          map.triggerRepaint();
        });
      for (const l of map.getStyle().layers) map.setLayoutProperty(l.id, 'visibility', 'none');
      map.addLayer({ id: 'probe-bg', type: 'background', paint: { 'background-color': '#ffffff' } });
      map.addSource('probe', {
        type: 'geojson',
        data: {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: map.getCenter().toArray() },
          properties: {},
        },
      });
      map.addLayer({
        id: 'probe',
        type: 'symbol',
        source: 'probe',
        layout: {
          'text-field': text,
          'text-font': ['Noto Sans SC'],
          'text-size': size,
          // One line, however long: the reference is one line.
          'text-max-width': 100,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': '#000000' },
      });
      await idle();
      const canvas = map.getCanvas();
      const drawn = await new Promise<ImageData>((resolve) => {
        map.once('render', () => {
          const c = document.createElement('canvas');
          c.width = canvas.width;
          c.height = canvas.height;
          const ctx = c.getContext('2d') as CanvasRenderingContext2D;
          ctx.drawImage(canvas, 0, 0);
          resolve(ctx.getImageData(0, 0, c.width, c.height));
        });
        map.triggerRepaint();
      });
      const scale = canvas.width / canvas.clientWidth;
      const font = `${size * scale}px "XSBN Sans", "Noto Sans SC"`;
      await document.fonts.load(font, text + other);
      const reference = (words: string) => {
        const c = document.createElement('canvas');
        c.width = Math.ceil(size * scale * (words.length + 2));
        c.height = Math.ceil(size * scale * 3);
        const ctx = c.getContext('2d') as CanvasRenderingContext2D;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, c.width, c.height);
        ctx.fillStyle = '#000';
        ctx.font = font;
        ctx.fillText(words, size * scale, size * scale * 2);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      // Ink: darker than mid-grey. Its box, and the mask inside the box.
      const ink = (img: ImageData) => {
        let [x0, y0, x1, y1] = [img.width, img.height, -1, -1];
        const on = (x: number, y: number) => {
          const i = (y * img.width + x) * 4;
          return (img.data[i] ?? 255) + (img.data[i + 1] ?? 255) + (img.data[i + 2] ?? 255) < 3 * 128;
        };
        for (let y = 0; y < img.height; y++)
          for (let x = 0; x < img.width; x++)
            if (on(x, y)) {
              x0 = Math.min(x0, x);
              x1 = Math.max(x1, x);
              y0 = Math.min(y0, y);
              y1 = Math.max(y1, y);
            }
        return { x0, y0, w: x1 - x0 + 1, h: y1 - y0 + 1, on };
      };
      const iou = (a: ReturnType<typeof ink>, b: ReturnType<typeof ink>) => {
        let both = 0;
        let either = 0;
        for (let y = 0; y < b.h; y++)
          for (let x = 0; x < b.w; x++) {
            const pa = a.on(a.x0 + Math.floor((x * a.w) / b.w), a.y0 + Math.floor((y * a.h) / b.h));
            const pb = b.on(b.x0 + x, b.y0 + y);
            if (pa && pb) both++;
            if (pa || pb) either++;
          }
        return either ? both / either : 0;
      };
      const m = ink(drawn);
      const r = ink(reference(text));
      const c = ink(reference(other));
      map.removeLayer('probe');
      map.removeSource('probe');
      map.removeLayer('probe-bg');
      return { map: [m.w, m.h], ref: [r.w, r.h], iou: iou(m, r), control: iou(m, c) } as Compared;
    },
    { text, other, size },
  );
}

describe('map labels from the pre-built glyphs (a render test against the font itself)', () => {
  const app = setupApp({ width: 900, height: 600 }, { scale: 2 });

  it('Chinese and English labels match the font’s own drawing: size, shape, and no font file fetched', async () => {
    const page = await app.open('?lang=zh');
    const cases: [string, string][] = [
      // Words of the shipped labels, and a control of the same length and script.
      ['勐海产业园区', '景洪工业园区'],
      ['Menghai Industrial Park', 'Mohan Port Zone Eastwing'],
      ['磨憨 Mohan 2025', '嘎洒 Gasha 5202'],
    ];
    const results: (Compared & { text: string })[] = [];
    for (const [text, other] of cases) results.push({ text, ...(await compare(page, text, other, 24)) });
    console.log(
      results
        .map(
          (r) =>
            `${r.text}: map ${r.map.join('×')} ref ${r.ref.join('×')} IoU ${r.iou.toFixed(2)} (control ${r.control.toFixed(2)})`,
        )
        .join('\n'),
    );
    for (const r of results) {
      // The label's box is the font's (advances and heights from its metrics), within a few per cent.
      expect(r.map[0] / r.ref[0], `${r.text}: width`).toBeGreaterThan(0.95);
      expect(r.map[0] / r.ref[0], `${r.text}: width`).toBeLessThan(1.05);
      expect(r.map[1] / r.ref[1], `${r.text}: height`).toBeGreaterThan(0.9);
      expect(r.map[1] / r.ref[1], `${r.text}: height`).toBeLessThan(1.1);
      // The same shapes: most ink where the font puts it, and clearly more than for other words.
      expect(r.iou, `${r.text}: overlap with the reference`).toBeGreaterThan(0.5);
      expect(r.iou - r.control, `${r.text}: against the control`).toBeGreaterThan(0.2);
    }
    // The labels came from the bundle: MapLibre fetched no font file for them.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch')
        .map((e) => e.name.replace(/.*\/fonts\//, 'fonts/'))
        .filter((n) => /\.woff2|map-glyphs/.test(n)),
    );
    expect(fetched.filter((n) => n.endsWith('.woff2'))).toEqual([]);
    expect(fetched.filter((n) => n.startsWith('fonts/map-glyphs.bin')).length).toBeGreaterThan(0);
  });
});
