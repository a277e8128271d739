import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { GeoData } from '@/lib/data/use-geo-data';
import { SOURCES } from '../ids';

/**
 * useNodeData
 * Receives: the map and the nodes (the shipped file's, or the bureau's while applied). Emits: `setData`
 * on the nodes source when they change after the map was created (the map is never created again).
 */
export function useNodeData(map: MlMap | null, nodes: GeoData['nodes']): void {
  // What the style was created with counts as already pushed.
  const last = useRef(nodes);
  useEffect(
    function pushNodes() {
      if (!map || last.current === nodes) return;
      const source = map.getSource<GeoJSONSource>(SOURCES.nodes);
      if (!source) return;
      last.current = nodes;
      source.setData(nodes as GeoJSON.FeatureCollection);
    },
    [map, nodes],
  );
}
