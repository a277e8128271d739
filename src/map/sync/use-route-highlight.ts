import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { featureTarget } from '../feature-target';
import { SOURCES } from '../ids';

/**
 * useRouteHighlight
 * Receives: the map and the parks that pass every routing rule (store `routeHighlight`). Emits:
 * feature-state `routed` on those parks (the parks layers draw a bold outline), removed from the
 * parks no longer in the list; nothing is re-created.
 */
export function useRouteHighlight(map: MlMap | null, parks: string[]): void {
  const last = useRef<string[]>([]);
  useEffect(
    function pushRouteHighlight() {
      if (!map) return;
      const next = new Set(parks);
      for (const id of last.current)
        if (!next.has(id)) map.removeFeatureState(featureTarget(map, SOURCES.parks, id), 'routed');
      for (const id of next) map.setFeatureState(featureTarget(map, SOURCES.parks, id), { routed: true });
      last.current = [...next];
    },
    [map, parks],
  );
}
