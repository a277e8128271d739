/**
 * WCAG 2.x colour contrast: relative luminance and contrast ratio of sRGB colours, with alpha
 * compositing for colours drawn at an opacity. Pure; used by the map style's legibility test and the
 * browser legibility checks.
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i;

/** `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)`; throws on anything else. */
export function parseColor(text: string): Rgba {
  const s = text.trim();
  const hex = HEX.exec(s);
  if (hex?.[1]) {
    const h = hex[1];
    const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: full.length === 8 ? n(6) / 255 : 1 };
  }
  const rgb = RGB.exec(s);
  if (rgb) {
    const alpha = rgb[4];
    const a =
      alpha === undefined
        ? 1
        : alpha.endsWith('%')
          ? Number.parseFloat(alpha) / 100
          : Number.parseFloat(alpha);
    return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]), a };
  }
  throw new Error(`not a colour: ${text}`);
}

/** `top` drawn at its alpha times `opacity` over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top.a * opacity;
  const mix = (t: number, b: number) => t * a + b * (1 - a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of an opaque colour (alpha ignored). */
export function luminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio (1–21) of two colours; a see-through foreground is composited over the background. */
export function contrastRatio(fg: Rgba | string, bg: Rgba | string): number {
  const b = typeof bg === 'string' ? parseColor(bg) : bg;
  const f0 = typeof fg === 'string' ? parseColor(fg) : fg;
  const f = f0.a < 1 ? composite(f0, b) : f0;
  const [hi, lo] = [luminance(f), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 1.4.3 (AA) for normal text. */
export const AA_TEXT = 4.5;

/** The text colour of `dark` and `light` that reads better on `bg` (a count on a badge of any colour). */
export function inkOn(bg: string, dark: string, light = '#ffffff'): string {
  return contrastRatio(dark, bg) >= contrastRatio(light, bg) ? dark : light;
}
