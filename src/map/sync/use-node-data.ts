import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { GeoData } from '@/lib/data/use-geo-data';
import { SOURCES } from '../ids';
import { outsideNodes } from '@/lib/domain/outside-nodes';
import { swapToGeoJson } from '../swap-source';

/**
 * useNodeData
 * Receives: the map and the nodes (the shipped file's, or the bureau's while applied). Emits: `setData`
 * on the nodes source when they change after the map was created (the map is never created again).
 */
export function useNodeData(map: MlMap | null, nodes: GeoData['nodes'], shippedTiles = false): void {
  // What the style was created with counts as already pushed.
  const last = useRef(nodes);
  useEffect(
    function pushNodes() {
      if (!map || last.current === nodes) return;
      const source = map.getSource(SOURCES.nodes);
      if (!source) return;
      last.current = nodes;
      // The shipped nodes while the source still reads their tiles: nothing to change.
      if (source.type === 'vector' && shippedTiles) return;
      // Nodes from tiles (above the data build's threshold) cannot take other records: the source
      // becomes GeoJSON with them, its layers kept as they were.
      if (source.type === 'vector') swapToGeoJson(map, SOURCES.nodes, nodes as GeoJSON.FeatureCollection);
      else (source as GeoJSONSource).setData(nodes as GeoJSON.FeatureCollection);
    },
    [map, nodes, shippedTiles],
  );
}

/**
 * useOutsideNodes
 * Receives: the map, the nodes, and `fileUrl` when they are the shipped nodes of a tiled build (the
 * source reads those from geo/outside.geojson, before the nodes are parsed). Emits: `setData` on the
 * clustered source of the nodes outside every park when that changes after the map was created (the
 * bureau's records applied, or reset: the file again).
 */
export function useOutsideNodes(
  map: MlMap | null,
  nodes: GeoData['nodes'],
  links: readonly { id: string }[],
  fileUrl: string | null,
): void {
  const last = useRef(nodes);
  // What the style was created with: the file, or these very nodes.
  const holdsFile = useRef(fileUrl !== null);
  useEffect(
    function pushOutside() {
      if (!map || last.current === nodes) return;
      const source = map.getSource(SOURCES.outside) as GeoJSONSource | undefined;
      if (!source) return;
      last.current = nodes;
      if (fileUrl !== null) {
        if (!holdsFile.current) source.setData(fileUrl);
        holdsFile.current = true;
        return;
      }
      source.setData(outsideNodes(nodes as GeoJSON.FeatureCollection, links));
      holdsFile.current = false;
    },
    [map, nodes, links, fileUrl],
  );
}
