/** GeoJSON (RFC 7946): WGS84/CGCS2000 longitude/latitude (the two agree within centimetres), attributes kept. */
import type { ExportLayer } from './types';

export function writeGeoJson(layer: ExportLayer): string {
  return JSON.stringify(
    {
      type: 'FeatureCollection',
      name: layer.name,
      features: layer.features.map((f) => ({
        type: 'Feature',
        properties: f.properties ?? {},
        geometry: f.geometry,
      })),
    },
    null,
    1,
  );
}
