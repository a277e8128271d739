import type { LayerSpecification, Map as MlMap } from 'maplibre-gl';

/**
 * Replaces a source drawn from tiles with a GeoJSON one holding `data`, keeping its layers where they
 * were (each removed and added back before the same neighbour, without `source-layer`). For the one
 * case tiles cannot follow: the bureau's own records applied on a map whose nodes came from tiles.
 * The map itself stays; only this source and its layers are renewed.
 */
export function swapToGeoJson(map: MlMap, id: string, data: GeoJSON.FeatureCollection): void {
  const layers = map.getStyle().layers;
  const mine = layers
    .map((l, i) => ({ l, before: layers.slice(i + 1).find((n) => !('source' in n) || n.source !== id)?.id }))
    .filter(({ l }) => 'source' in l && l.source === id);
  for (const { l } of mine) map.removeLayer(l.id);
  map.removeSource(id);
  map.addSource(id, { type: 'geojson', data, promoteId: 'id' });
  for (const { l, before } of mine) {
    const { 'source-layer': _dropped, ...rest } = l as LayerSpecification & { 'source-layer'?: string };
    map.addLayer(rest as LayerSpecification, before);
  }
}
