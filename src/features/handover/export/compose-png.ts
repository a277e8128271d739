/**
 * The map image: the map as drawn (a snapshot of MapLibre's canvas at 2×) in a frame with the title,
 * the date, a north arrow, a scale bar, the legend of what is drawn, the notes that apply and the
 * attribution. Boxes come from model/png-layout.ts; this file only draws. The PNG carries its title,
 * date and layout in iTXt chunks (readable with any PNG tool; the browser test reads them).
 */
import type { MapSnapshot } from '@/lib/map-snapshot';
import { palette } from '@/lib/palette';
import { withPngText } from '@/lib/png-text';
import type { LegendItem } from '../model/legend-content';
import {
  type Box,
  FRAME,
  legendCell,
  niceScale,
  type PngLayout,
  pngLayout,
  scaleLabel,
} from '../model/png-layout';

export const FONT = '"XSBN Sans", "Noto Sans SC", system-ui, sans-serif';

export interface PngText {
  title: string;
  subtitle: string;
  legendHeading: string;
  north: string;
  units: { km: string; m: string };
  items: LegendItem[];
  notes: string[];
}

export interface ComposedPng {
  blob: Blob;
  layout: PngLayout;
}

/** Waits for the font files that hold these characters (the canvas does not fetch them itself). */
async function loadFonts(text: string): Promise<void> {
  if (!document.fonts) return;
  await Promise.all([
    document.fonts.load(`16px ${FONT}`, text),
    document.fonts.load(`bold 16px ${FONT}`, text),
  ]).catch(() => undefined);
}

/** Splits text into lines no wider than `width` (at spaces, or anywhere in CJK text). */
export function wrapCanvasText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of [...text]) {
    const next = line + ch;
    if (ctx.measureText(next).width <= width || line === '') {
      line = next;
      continue;
    }
    const space = line.lastIndexOf(' ');
    if (space > 0 && ch !== ' ') {
      lines.push(line.slice(0, space));
      line = line.slice(space + 1) + ch;
    } else {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function drawSymbol(ctx: CanvasRenderingContext2D, item: LegendItem, box: Box, r: number): void {
  const s = item.symbol;
  const cx = box.x + 14 * r;
  const cy = box.y + box.h / 2;
  ctx.save();
  if (s.kind === 'line') {
    ctx.strokeStyle = s.color;
    ctx.lineWidth = (s.width ?? 3) * r;
    ctx.setLineDash(
      (s.dash ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((d) => Number(d) * r),
    );
    ctx.beginPath();
    ctx.moveTo(box.x + r, cy);
    ctx.lineTo(box.x + 27 * r, cy);
    ctx.stroke();
  } else if (s.kind === 'fill') {
    ctx.globalAlpha = s.opacity ?? 0.3;
    ctx.fillStyle = s.color;
    ctx.fillRect(box.x + r, cy - 6 * r, 26 * r, 12 * r);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = s.stroke ?? s.color;
    ctx.lineWidth = r;
    ctx.setLineDash([3 * r, 2 * r]);
    ctx.strokeRect(box.x + r, cy - 6 * r, 26 * r, 12 * r);
  } else {
    const rad = (item.letter ? 7 : 5.5) * r;
    ctx.beginPath();
    ctx.arc(cx, cy, rad, 0, Math.PI * 2);
    ctx.globalAlpha = s.opacity ?? 1;
    ctx.fillStyle = s.color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = s.stroke ?? '#ffffff';
    ctx.lineWidth = 2 * r;
    ctx.stroke();
    if (item.letter) {
      ctx.fillStyle = s.letterColor ?? '#ffffff';
      ctx.font = `${9 * r}px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(item.letter, cx, cy);
    }
  }
  ctx.restore();
}

function drawNorth(ctx: CanvasRenderingContext2D, b: Box, bearing: number, label: string, r: number): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.strokeStyle = palette.prefectureBorder;
  ctx.lineWidth = r;
  ctx.beginPath();
  ctx.arc(b.x + b.w / 2, b.y + b.h / 2, b.w / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  ctx.translate(b.x + b.w / 2, b.y + b.h / 2);
  ctx.rotate((-bearing * Math.PI) / 180);
  const h = b.h * 0.36;
  ctx.fillStyle = palette.text;
  ctx.beginPath();
  ctx.moveTo(0, -h);
  ctx.lineTo(h * 0.45, h * 0.2);
  ctx.lineTo(0, 0);
  ctx.lineTo(-h * 0.45, h * 0.2);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${11 * r}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, 0, h * 0.62);
  ctx.restore();
}

function drawScale(ctx: CanvasRenderingContext2D, b: Box, px: number, label: string, r: number): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(b.x, b.y, b.w, b.h);
  const x0 = b.x + 12 * r;
  const y = b.y + b.h - 8 * r;
  ctx.strokeStyle = palette.text;
  ctx.lineWidth = 2 * r;
  ctx.beginPath();
  ctx.moveTo(x0, y - 6 * r);
  ctx.lineTo(x0, y);
  ctx.lineTo(x0 + px, y);
  ctx.lineTo(x0 + px, y - 6 * r);
  ctx.stroke();
  ctx.fillStyle = palette.text;
  ctx.font = `${11 * r}px ${FONT}`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, x0 + 4 * r, y - 8 * r);
  ctx.restore();
}

/** Draws the framed map image and encodes it as a PNG with its title, date and layout as text. */
export async function composeMapPng(snap: MapSnapshot, text: PngText, date: string): Promise<ComposedPng> {
  const r = snap.pixelRatio;
  const all = [text.title, text.subtitle, text.legendHeading, text.north, ...text.notes, ...snap.attribution]
    .concat(text.items.map((i) => `${i.label}${i.letter ?? ''}`))
    .join('');
  await loadFonts(all);
  const scale = niceScale(snap.metersPerPixel);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  ctx.font = `${FRAME.attributionText * r}px ${FONT}`;
  const attribution = wrapCanvasText(ctx, snap.attribution.join(' · '), snap.cssWidth * r);
  const layout = pngLayout({
    mapCssWidth: snap.cssWidth,
    mapCssHeight: snap.cssHeight,
    ratio: r,
    legendItems: text.items.length,
    notes: text.notes.length,
    attributionLines: attribution.length,
    scaleCssPx: scale.cssPx,
  });
  canvas.width = layout.width;
  canvas.height = layout.height;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = palette.text;
  ctx.font = `bold ${FRAME.titleSize * r}px ${FONT}`;
  ctx.fillText(text.title, layout.title.x, layout.title.y, layout.title.w);
  ctx.font = `${FRAME.subtitleSize * r}px ${FONT}`;
  ctx.fillStyle = palette.foreignLabel;
  ctx.fillText(text.subtitle, layout.subtitle.x, layout.subtitle.y, layout.subtitle.w);
  const m = layout.map;
  ctx.drawImage(snap.canvas, m.x, m.y, m.w, m.h);
  ctx.strokeStyle = palette.prefectureBorder;
  ctx.lineWidth = r;
  ctx.strokeRect(m.x - r / 2, m.y - r / 2, m.w + r, m.h + r);
  drawNorth(ctx, layout.north, snap.bearing, text.north, r);
  drawScale(ctx, layout.scale, scale.cssPx * r, scaleLabel(scale.meters, text.units), r);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.text;
  ctx.font = `bold ${FRAME.legendText * r}px ${FONT}`;
  ctx.fillText(text.legendHeading, layout.legend.x, layout.legend.y + (FRAME.legendHead * r) / 2);
  ctx.font = `${FRAME.legendText * r}px ${FONT}`;
  text.items.forEach((item, n) => {
    const cell = legendCell(layout, n);
    drawSymbol(ctx, item, cell, r);
    ctx.fillStyle = palette.text;
    ctx.fillText(item.label, cell.x + 32 * r, cell.y + cell.h / 2, cell.w - 36 * r);
  });
  ctx.font = `${FRAME.noteText * r}px ${FONT}`;
  text.notes.forEach((note, n) => {
    ctx.fillText(note, layout.notes.x, layout.notes.y + (n + 0.5) * FRAME.noteRow * r, layout.notes.w);
  });
  ctx.font = `${FRAME.attributionText * r}px ${FONT}`;
  ctx.fillStyle = palette.foreignLabel;
  attribution.forEach((line, n) => {
    ctx.fillText(line, layout.attribution.x, layout.attribution.y + (n + 0.5) * FRAME.attributionRow * r);
  });
  const raw = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
  const bytes = withPngText(new Uint8Array(await raw.arrayBuffer()), {
    Title: text.title,
    'Creation Time': date,
    Description: text.notes.join(' '),
    'xsbn:layout': JSON.stringify({
      width: layout.width,
      height: layout.height,
      title: layout.title,
      map: layout.map,
      legend: layout.legend,
      north: layout.north,
      scale: layout.scale,
      notes: layout.notes,
    }),
  });
  return { blob: new Blob([bytes as BlobPart], { type: 'image/png' }), layout };
}
