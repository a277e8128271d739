/**
 * The chain nodes outside every park, as the map's clustered source draws them below the zoom where
 * every node is its own dot: only the fields its clusters count by and its dots are painted and
 * filtered with, names included (while a text query is typed the map draws them unclustered). The data build writes the shipped
 * ones (geo/outside.geojson) with this function, and the map makes them so from any other nodes (the
 * bureau's ledger, the shipped nodes once parsed), so the two cannot differ.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';

export const OUTSIDE_FILE = 'outside.geojson';

const FIELDS = [
  'id',
  'kind',
  'leading',
  'stage',
  'in_park',
  'industry',
  'link',
  'provenance',
  'name_zh',
  'name_en',
] as const;

export function outsideNodes(nodes: FeatureCollection): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const f of nodes.features) {
    const p = f.properties;
    if (p?.in_park !== false || f.geometry?.type !== 'Point') continue;
    const properties: Record<string, unknown> = {};
    for (const k of FIELDS) properties[k] = p[k];
    features.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  return { type: 'FeatureCollection', features };
}
