import type { Polygon } from 'geojson';
import type { IdFeature } from '../../src/features/workbench/model/site-metrics';

/** 1 km in degrees on the equator (turf's mean Earth radius 6,371.0088 km), for hand-worked fixtures. */
export const KM = 1 / 111.19508;

/** A square of `s` km whose south-west corner is (x, y) km from (0°, 0°). */
export function kmSquare(
  x: number,
  y: number,
  s: number,
  props: Record<string, unknown> = {},
): IdFeature<Polygon> {
  const [a, b, c, d] = [x * KM, y * KM, (x + s) * KM, (y + s) * KM];
  return {
    type: 'Feature',
    properties: { id: 'sq', ...props },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [a, b],
          [c, b],
          [c, d],
          [a, d],
          [a, b],
        ],
      ],
    },
  };
}

/** A point (x, y) km from (0°, 0°). */
export function kmPoint(x: number, y: number, props: Record<string, unknown>): IdFeature<GeoJSON.Point> {
  return {
    type: 'Feature',
    properties: { id: 'pt', ...props },
    geometry: { type: 'Point', coordinates: [x * KM, y * KM] },
  };
}
