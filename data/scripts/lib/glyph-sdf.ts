/**
 * Signed distance fields for map labels, computed from a font's outlines (not from a raster), in the
 * form MapLibre reads from a `glyphs` URL: 24 px glyphs, a 3 px border, distances scaled over 8 px
 * with the edge at 0.75 of the byte range (the conventions of MapLibre's glyph PBFs and its own
 * TinySDF rasteriser). Pure: an outline in, a bitmap and metrics out.
 */

/** Glyph size, border and SDF radius MapLibre's shaders assume for glyphs from a `glyphs` URL. */
export const GLYPH_SIZE = 24;
export const GLYPH_BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/**
 * MapLibre lines its locally drawn glyphs up with server glyphs by taking 27.5 px off their top
 * (render/glyph_manager.ts, `topAdjustment`). The same here, so a label that mixes pre-built glyphs
 * with glyphs drawn from the fallback font files keeps one baseline.
 */
const TOP_ADJUST = 27.5;

export type PathCommand = { command: string; args: number[] };

export interface SdfGlyph {
  id: number;
  /** (width + 6) × (height + 6) bytes, row by row from the top; empty for a blank glyph. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

/** Flattens a glyph path (font units, y up) into line segments [x0, y0, x1, y1, …] in pixels. */
export function flattenPath(commands: PathCommand[], scale: number, steps = 8): number[] {
  const out: number[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const line = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) out.push(x, y, nx, ny);
    x = nx;
    y = ny;
  };
  for (const { command, args } of commands) {
    const a = args.map((v) => v * scale);
    if (command === 'moveTo') {
      if (x !== sx || y !== sy) line(sx, sy);
      [x, y] = [a[0] ?? 0, a[1] ?? 0];
      [sx, sy] = [x, y];
    } else if (command === 'lineTo') line(a[0] ?? 0, a[1] ?? 0);
    else if (command === 'quadraticCurveTo') {
      const [x0, y0, [cx, cy, ex, ey]] = [x, y, a as [number, number, number, number]];
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        line(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
      }
    } else if (command === 'bezierCurveTo') {
      const [x0, y0, [c1x, c1y, c2x, c2y, ex, ey]] = [
        x,
        y,
        a as [number, number, number, number, number, number],
      ];
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
          u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
        );
      }
    } else if (command === 'closePath') line(sx, sy);
  }
  if (x !== sx || y !== sy) line(sx, sy);
  return out;
}

function segmentDistance2(px: number, py: number, s: number[], i: number): number {
  const x0 = s[i] as number;
  const y0 = s[i + 1] as number;
  const dx = (s[i + 2] as number) - x0;
  const dy = (s[i + 3] as number) - y0;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
  t = t < 0 ? 0 : Math.min(t, 1);
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return ex * ex + ey * ey;
}

/** Non-zero winding number of the outline around (px, py): a CFF or TrueType glyph's fill rule. */
function winding(px: number, py: number, s: number[]): number {
  let w = 0;
  for (let i = 0; i < s.length; i += 4) {
    const y0 = s[i + 1] as number;
    const y1 = s[i + 3] as number;
    if (y0 <= py === y1 <= py) continue;
    const x0 = s[i] as number;
    const x1 = s[i + 2] as number;
    const cx = x0 + ((py - y0) / (y1 - y0)) * (x1 - x0);
    if (cx > px) w += y1 > y0 ? 1 : -1;
  }
  return w;
}

/**
 * The SDF of one glyph from its flattened outline (pixels, y up) and advance (pixels). A pixel's value
 * is 255 − 255 · (d / 8 + 0.25), d its signed distance to the outline (positive outside), clamped.
 */
export function renderSdf(id: number, segments: number[], advance: number): SdfGlyph {
  if (segments.length === 0)
    return {
      id,
      bitmap: new Uint8Array(0),
      width: 0,
      height: 0,
      left: 0,
      top: 0,
      advance: Math.round(advance),
    };
  let xMin = Number.POSITIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < segments.length; i += 2) {
    const x = segments[i] as number;
    const y = segments[i + 1] as number;
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
    if (y < yMin) yMin = y;
    if (y > yMax) yMax = y;
  }
  const left = Math.floor(xMin);
  const bottom = Math.floor(yMin);
  const topEdge = Math.ceil(yMax);
  const width = Math.max(1, Math.ceil(xMax) - left);
  const height = Math.max(1, topEdge - bottom);
  const w = width + 2 * GLYPH_BORDER;
  const h = height + 2 * GLYPH_BORDER;
  const bitmap = new Uint8Array(w * h);
  for (let r = 0; r < h; r++) {
    const py = topEdge + GLYPH_BORDER - r - 0.5;
    for (let c = 0; c < w; c++) {
      const px = left - GLYPH_BORDER + c + 0.5;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < segments.length; i += 4) {
        const d2 = segmentDistance2(px, py, segments, i);
        if (d2 < best) best = d2;
      }
      const d = Math.sqrt(best) * (winding(px, py, segments) !== 0 ? -1 : 1);
      const v = Math.round(255 - 255 * (d / RADIUS + CUTOFF));
      bitmap[r * w + c] = v < 0 ? 0 : Math.min(v, 255);
    }
  }
  return {
    id,
    bitmap,
    width,
    height,
    left,
    top: Math.round(topEdge - TOP_ADJUST),
    advance: Math.round(advance),
  };
}
