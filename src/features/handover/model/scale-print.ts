/**
 * Print at a chosen scale: for a scale (1:10,000 … 1:500,000), a paper (A4, A3) and an orientation, the
 * page's boxes in millimetres, the map frame in CSS pixels (96 per inch, as browsers print), the map's zoom,
 * the lon/lat grid ticks on the frame's edges and the scale bar. Pure (numbers in, numbers out).
 *
 * The zoom: on paper 1 CSS px = 0.0254 / 96 m, so the ground metres per CSS pixel are scale × 0.0254 / 96;
 * MapLibre's Web-Mercator map (512 px tiles) has 40 075 016.686 × cos(lat) / (512 × 2^zoom) metres per
 * pixel at a latitude, so zoom = log2(40 075 016.686 × cos(lat) / (512 × mpp)) at the centre's latitude.
 * The scale holds at the centre (Mercator's scale changes with latitude by 0.2 % over 10 km at 22° N), east–
 * west. MapLibre's Web Mercator is spherical (radius a = 6 378 137 m): north–south, the ellipsoid's meridian
 * radius M = a(1 − e²)/(1 − e² sin² φ)^1.5 is 0.5 % shorter at 22° N, so ground distances north–south are
 * that much shorter than the sheet's scale says (`nsShortPercent`, stated on the sheet); east–west the
 * ellipsoid's N·cos φ is within 0.05 % of a·cos φ.
 */
import { niceScale } from './png-layout';

export const PRINT_SCALES = [10_000, 25_000, 50_000, 100_000, 250_000, 500_000] as const;
export type PrintScale = (typeof PRINT_SCALES)[number];
export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

/** ISO 216 sizes, portrait, in millimetres. */
export const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** The page's parts, in millimetres. */
export const PAGE = { margin: 10, header: 16, gutter: 7, footer: 42 } as const;

const EARTH_CIRCUMFERENCE_M = 40075016.686;
const CSS_PX_PER_MM = 96 / 25.4;

export interface GridTick {
  /** Degrees (longitude east, latitude north). */
  value: number;
  /** Position along the frame's edge, 0…1 (left → right for longitude, top → bottom for latitude). */
  share: number;
  label: string;
}

export interface ScalePrintLayout {
  scale: PrintScale;
  paper: Paper;
  orientation: Orientation;
  pageMm: [number, number];
  frameMm: [number, number];
  framePx: [number, number];
  metersPerPixel: number;
  zoom: number;
  center: [number, number];
  /** The frame's ground extent: [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  ticks: { lon: GridTick[]; lat: GridTick[] };
  /** The grid step in arc minutes. */
  stepMinutes: number;
  scaleBar: { meters: number; mm: number; share: number };
  /** North–south ground distances are this much (%) shorter than the scale says (spherical Mercator). */
  nsShortPercent: number;
}

/** WGS84 / CGCS2000 (their flattening differs in the 11th digit). */
const E2 = 0.0066943800229;

/** How much shorter (%) north–south ground distances are than the sheet's spherical scale, at a latitude. */
export function nsShortPercent(latitude: number): number {
  const s = Math.sin((latitude * Math.PI) / 180);
  return (1 - (1 - E2) / (1 - E2 * s * s) ** 1.5) * 100;
}

export const metersPerCssPixel = (scale: number) => (scale * 0.0254) / 96;

export function zoomForScale(scale: number, latitude: number): number {
  const mpp = metersPerCssPixel(scale);
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * mpp));
}

/** "1:50,000". */
export const scaleText = (scale: number) => `1:${scale.toLocaleString('en-US')}`;

/** 100°47′, 22°01′30″ (degrees, minutes and, where a step needs them, seconds). */
export function dms(value: number, withSeconds: boolean): string {
  const totalSeconds = Math.round(Math.abs(value) * 3600);
  const d = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const sign = value < 0 ? '-' : '';
  const mm = String(m).padStart(2, '0');
  return withSeconds ? `${sign}${d}°${mm}′${String(s).padStart(2, '0')}″` : `${sign}${d}°${mm}′`;
}

/** Grid steps in arc minutes, finest first. */
const STEPS = [0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120];

function ticksBetween(lo: number, hi: number, step: number, share: (v: number) => number, seconds: boolean) {
  const out: GridTick[] = [];
  const s = step / 60;
  for (let k = Math.ceil(lo / s - 1e-9); k * s <= hi + 1e-9; k++) {
    const value = Math.round(k * s * 1e9) / 1e9;
    const at = share(value);
    if (at >= 0 && at <= 1) out.push({ value, share: at, label: dms(value, seconds) });
  }
  return out;
}

export function scalePrintLayout(
  scale: PrintScale,
  paper: Paper,
  orientation: Orientation,
  center: [number, number],
): ScalePrintLayout {
  const [pw, ph] = PAPER_MM[paper];
  const pageMm: [number, number] = orientation === 'portrait' ? [pw, ph] : [ph, pw];
  const frameMm: [number, number] = [
    pageMm[0] - 2 * PAGE.margin - 2 * PAGE.gutter,
    pageMm[1] - 2 * PAGE.margin - PAGE.header - PAGE.footer - 2 * PAGE.gutter,
  ];
  const framePx: [number, number] = [
    Math.round(frameMm[0] * CSS_PX_PER_MM),
    Math.round(frameMm[1] * CSS_PX_PER_MM),
  ];
  const mpp = metersPerCssPixel(scale);
  const zoom = zoomForScale(scale, center[1]);
  const world = 512 * 2 ** zoom;
  const mercY = (lat: number) =>
    world * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI));
  const latAt = (y: number) => (180 / Math.PI) * Math.atan(Math.sinh(Math.PI - (2 * Math.PI * y) / world));
  const y0 = mercY(center[1]);
  const top = y0 - framePx[1] / 2;
  const lonSpan = (framePx[0] * 360) / world;
  const west = center[0] - lonSpan / 2;
  const east = center[0] + lonSpan / 2;
  const north = latAt(top);
  const south = latAt(top + framePx[1]);
  // The coarsest step with at least two ticks along the shorter edge (an interval 2 steps long holds two).
  const spanMin = Math.min(east - west, north - south) * 60;
  const stepMinutes = [...STEPS].reverse().find((s) => spanMin / s >= 2) ?? (STEPS[0] as number);
  const seconds = stepMinutes < 1;
  const ticks = {
    lon: ticksBetween(west, east, stepMinutes, (v) => (v - west) / lonSpan, seconds),
    lat: ticksBetween(south, north, stepMinutes, (v) => (mercY(v) - top) / framePx[1], seconds),
  };
  const bar = niceScale(mpp, framePx[0] / 4);
  return {
    scale,
    paper,
    orientation,
    pageMm,
    frameMm,
    framePx,
    metersPerPixel: mpp,
    zoom,
    center,
    bounds: [west, south, east, north],
    ticks,
    stepMinutes,
    scaleBar: { meters: bar.meters, mm: (bar.meters / scale) * 1000, share: bar.cssPx / framePx[0] },
    nsShortPercent: nsShortPercent(center[1]),
  };
}
