import { palette } from '@/lib/palette';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { ui } from '@/lib/ui-tokens';
import { locatorProjection } from './locator-geometry';

/** The link preview's size (Open Graph, twitter:card summary_large_image). */
export const OG_SIZE = { width: 1200, height: 630 } as const;

type CountyFeature = { properties: { id: string }; geometry: { type: string; coordinates: unknown[] } };

/**
 * A park's link preview as SVG, rasterised to PNG by the build (scripts/vite-prerender.ts): the
 * profile's locator (the three counties, the park's county highlighted, its box and dot) centred on
 * the card. No text, so no font is needed to draw it: the page's title says the rest. `park` null:
 * the directory's card (every park's dot).
 */
export function ogImageSvg(counties: CountyFeature[], parks: BuiltPark[], park: BuiltPark | null): string {
  const { width: W, height: H } = OG_SIZE;
  const pad = 40;
  // The box's height fills the card's height; its width follows from the aspect.
  const probe = locatorProjection(1000);
  const width = Math.round(((H - 2 * pad) * 1000) / probe.height);
  const p = locatorProjection(width, (W - width) / 2, pad);
  const shapes = counties
    .map((c) => {
      const on = park !== null && c.properties.id === park.county;
      return `<path d="${p.pathOf(c.geometry)}" fill="${on ? ui.locatorCountyOn : palette.prefecture}" stroke="${palette.countyLine}" stroke-width="2"/>`;
    })
    .join('');
  const dot = (q: BuiltPark, r: number) => {
    const [lon = 0, lat = 0] = q.label;
    return `<circle cx="${p.x(lon).toFixed(1)}" cy="${p.y(lat).toFixed(1)}" r="${r}" fill="${ui.locatorPark}" stroke="${ui.surface}" stroke-width="4"/>`;
  };
  let marks = '';
  if (park) {
    const [bw = 0, bs = 0, be = 0, bn = 0] = park.bbox;
    if (park.extent === 'polygon')
      marks += `<rect x="${(p.x(bw) - 8).toFixed(1)}" y="${(p.y(bn) - 8).toFixed(1)}" width="${(p.x(be) - p.x(bw) + 16).toFixed(1)}" height="${(p.y(bs) - p.y(bn) + 16).toFixed(1)}" fill="none" stroke="${ui.locatorPark}" stroke-width="4"/>`;
    marks += dot(park, 14);
  } else marks = parks.map((q) => dot(q, 10)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${ui.locatorBg}"/>${shapes}${marks}</svg>`;
}
