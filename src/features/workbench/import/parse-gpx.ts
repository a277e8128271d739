/** GPX 1.0/1.1 (waypoints, routes, tracks) with @tmcw/togeojson over @xmldom/xmldom; always WGS84. */
import { parseXml } from './parse-xml';
import { decodeXml } from './read-text';
import { fail, type RawDataset } from './types';

export async function parseGpx(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const text = decodeXml(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  const doc = await parseXml(label, text);
  const { gpx } = await import('@tmcw/togeojson');
  const fc = gpx(doc as unknown as Parameters<typeof gpx>[0]);
  return {
    label,
    format: 'gpx',
    warnings: [],
    crsHint: { epsg: 4326, name: 'WGS 84', from: 'gpx' },
    features: fc.features.map((f, index) => {
      const { coordinateProperties: _times, ...properties } = (f.properties ?? {}) as Record<string, unknown>;
      return { geometry: f.geometry, properties, index };
    }),
  };
}
