/**
 * The map image's frame: where the title, the map, the north arrow, the scale bar, the legend, the
 * notes and the attribution go, in device pixels of the output. Pure (numbers in, boxes out).
 *
 * The documented size: width = map CSS width × ratio + 2 × PAD × ratio; the map itself is drawn at
 * (PAD, PAD + HEADER) × ratio, map CSS size × ratio; height = that map box + the legend, notes and
 * attribution below it + PAD × ratio.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** CSS-pixel sizes of the frame (multiplied by the ratio). */
export const FRAME = {
  pad: 16,
  header: 60,
  titleSize: 22,
  subtitleSize: 13,
  gap: 12,
  legendHead: 22,
  legendColumn: 230,
  legendRow: 22,
  legendText: 13,
  noteRow: 18,
  noteText: 12,
  attributionRow: 16,
  attributionText: 11,
  northSize: 44,
  scaleHeight: 30,
  scaleMaxPx: 120,
  inset: 12,
} as const;

export interface PngLayoutInput {
  mapCssWidth: number;
  mapCssHeight: number;
  ratio: number;
  legendItems: number;
  notes: number;
  attributionLines: number;
  /** The scale bar's length in CSS pixels (from niceScale). */
  scaleCssPx: number;
}

export interface PngLayout {
  width: number;
  height: number;
  ratio: number;
  title: Box;
  subtitle: Box;
  map: Box;
  north: Box;
  scale: Box;
  legend: Box;
  legendColumns: number;
  legendRows: number;
  notes: Box;
  attribution: Box;
}

export function pngLayout(i: PngLayoutInput): PngLayout {
  const r = i.ratio;
  const u = (v: number) => Math.round(v * r);
  const pad = u(FRAME.pad);
  const map: Box = { x: pad, y: pad + u(FRAME.header), w: u(i.mapCssWidth), h: u(i.mapCssHeight) };
  const width = map.w + 2 * pad;
  const title: Box = { x: pad, y: pad, w: map.w, h: u(FRAME.titleSize * 1.5) };
  const subtitle: Box = { x: pad, y: title.y + title.h, w: map.w, h: u(FRAME.subtitleSize * 1.6) };
  const inset = u(FRAME.inset);
  const north: Box = {
    x: map.x + map.w - inset - u(FRAME.northSize),
    y: map.y + inset,
    w: u(FRAME.northSize),
    h: u(FRAME.northSize),
  };
  const scale: Box = {
    x: map.x + inset,
    y: map.y + map.h - inset - u(FRAME.scaleHeight),
    w: u(i.scaleCssPx + 24),
    h: u(FRAME.scaleHeight),
  };
  const legendColumns = Math.max(1, Math.floor(map.w / u(FRAME.legendColumn)));
  const legendRows = Math.ceil(i.legendItems / legendColumns);
  const legend: Box = {
    x: pad,
    y: map.y + map.h + u(FRAME.gap),
    w: map.w,
    h: u(FRAME.legendHead) + legendRows * u(FRAME.legendRow),
  };
  const notes: Box = { x: pad, y: legend.y + legend.h + u(8), w: map.w, h: i.notes * u(FRAME.noteRow) };
  const attribution: Box = {
    x: pad,
    y: notes.y + notes.h + u(4),
    w: map.w,
    h: i.attributionLines * u(FRAME.attributionRow),
  };
  return {
    width,
    height: attribution.y + attribution.h + pad,
    ratio: r,
    title,
    subtitle,
    map,
    north,
    scale,
    legend,
    legendColumns,
    legendRows,
    notes,
    attribution,
  };
}

/** The place of legend item `n` (row-major in columns). */
export function legendCell(l: PngLayout, n: number): Box {
  const colW = Math.floor(l.legend.w / l.legendColumns);
  const rowH = Math.round(FRAME.legendRow * l.ratio);
  return {
    x: l.legend.x + (n % l.legendColumns) * colW,
    y: l.legend.y + Math.round(FRAME.legendHead * l.ratio) + Math.floor(n / l.legendColumns) * rowH,
    w: colW,
    h: rowH,
  };
}

/**
 * The scale bar: the longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxCssPx`.
 * @example niceScale(100, 120) // { meters: 10000, cssPx: 100 }
 */
export function niceScale(metersPerCssPx: number, maxCssPx: number = FRAME.scaleMaxPx) {
  const max = metersPerCssPx * maxCssPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].find((s) => s * pow <= max) ?? 1;
  const meters = step * pow;
  return { meters, cssPx: meters / metersPerCssPx };
}

/**
 * The printed map's scale bar: a round distance at most a quarter of the map's width, and its length
 * as a share of that width (so that it is right at any printed size of the image).
 * @example printScale(100, 1000) // { meters: 20000, share: 0.2 }
 */
export function printScale(metersPerCssPx: number, mapCssWidth: number) {
  const { meters, cssPx } = niceScale(metersPerCssPx, mapCssWidth / 4);
  return { meters, share: cssPx / Math.max(mapCssWidth, 1) };
}

/** The scale bar's label: kilometres from 1 km up, else metres (units given in the UI's language). */
export function scaleLabel(meters: number, units: { km: string; m: string }): string {
  return meters >= 1000 ? `${meters / 1000} ${units.km}` : `${meters} ${units.m}`;
}
