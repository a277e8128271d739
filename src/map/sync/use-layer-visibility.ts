import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { LayerGroup } from '@/lib/layer-groups';
import { groupOf } from '../layers/common';

/**
 * useLayerVisibility
 * Receives: the map and the hidden groups. Emits: `visibility` on each layer of each group that changed.
 */
export function useLayerVisibility(map: MlMap | null, hidden: LayerGroup[]): void {
  const last = useRef<string>('');
  useEffect(
    function pushVisibility() {
      const key = [...hidden].sort().join(',');
      if (!map || last.current === key) return;
      last.current = key;
      for (const layer of map.getStyle().layers) {
        const g = groupOf(layer);
        if (!g) continue;
        const want = hidden.includes(g) ? 'none' : 'visible';
        if (map.getLayoutProperty(layer.id, 'visibility') !== want)
          map.setLayoutProperty(layer.id, 'visibility', want);
      }
    },
    [map, hidden],
  );
}
