/**
 * The chain nodes outside every park, as the map's clustered source draws them below the zoom where
 * every node is its own dot: only the fields its clusters count by and its dots are painted and
 * filtered with, names included (while a text query is typed the map draws them unclustered). The
 * data build writes the shipped ones (geo/outside.geojson) with this function, and the map makes them
 * so from any other nodes (the bureau's ledger, the shipped nodes once parsed): the two cannot differ.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { isPublicProvenance } from '@/lib/domain/evidence';
import type { Provenance } from '@/lib/schemas/vocab';

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

/**
 * A node's cluster key, `ck`: its link's place in the catalogue's list × 2, plus 1 for a public record
 * (official or public), -1 for a link the catalogue lacks. The clusters count one number per key
 * (map/layers/node-layers.ts): comparing one number per key is what keeps clustering 10,000 nodes cheap.
 */
export function clusterKey(linkIndex: number, isPublic: boolean): number {
  return linkIndex < 0 ? -1 : linkIndex * 2 + (isPublic ? 1 : 0);
}

export function outsideNodes(
  nodes: FeatureCollection,
  links: readonly { id: string }[],
): FeatureCollection<Point> {
  const index = new Map(links.map((l, i) => [l.id, i]));
  const features: Feature<Point>[] = [];
  for (const f of nodes.features) {
    const p = f.properties;
    if (p?.in_park !== false || f.geometry?.type !== 'Point') continue;
    const properties: Record<string, unknown> = {};
    for (const k of FIELDS) properties[k] = p[k];
    properties.ck = clusterKey(
      index.get(String(p.link)) ?? -1,
      isPublicProvenance(p.provenance as Provenance),
    );
    features.push({ type: 'Feature', properties, geometry: f.geometry });
  }
  return { type: 'FeatureCollection', features };
}
