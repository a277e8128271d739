/**
 * The locator's projection: the prefecture's box (a little wider than its three counties) drawn
 * equirectangular with the cosine of its middle latitude, so shapes are not stretched. One projection
 * for the profile's SVG (features/parks/components/locator-map.tsx) and the link preview image
 * (og-image.ts): both show the same picture.
 */
import { thinRing } from '@/lib/geo/thin-ring';

export const LOCATOR_BOX = { w: 99.9, e: 101.9, s: 21.1, n: 22.65 };
const K = Math.cos((21.9 * Math.PI) / 180);
/** Height over width of the box as drawn. */
export const LOCATOR_ASPECT = (LOCATOR_BOX.n - LOCATOR_BOX.s) / ((LOCATOR_BOX.e - LOCATOR_BOX.w) * K);

export interface Projection {
  width: number;
  height: number;
  x: (lon: number) => number;
  y: (lat: number) => number;
  /** An SVG path of a Polygon or MultiPolygon. */
  pathOf: (geometry: { type: string; coordinates: unknown[] }) => string;
}

export { THIN_PX, thinRing } from '@/lib/geo/thin-ring';

/** The box drawn `width` wide (height from the aspect, rounded), offset by `dx`, `dy`. */
export function locatorProjection(width: number, dx = 0, dy = 0): Projection {
  const { w, e, s, n } = LOCATOR_BOX;
  const height = Math.round(width * LOCATOR_ASPECT);
  const x = (lon: number) => dx + ((lon - w) / (e - w)) * width;
  const y = (lat: number) => dy + ((n - lat) / (n - s)) * height;
  const pathOf = (geometry: { type: string; coordinates: unknown[] }) => {
    const polys = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as number[][][][];
    return polys
      .flatMap((poly) =>
        poly.map((ring) => `M${thinRing(ring.map(([lon = 0, lat = 0]) => [x(lon), y(lat)]))}Z`),
      )
      .join('');
  };
  return { width, height, x, y, pathOf };
}
