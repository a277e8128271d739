import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Selection } from '@/store/app-store';
import { featureTarget } from '../feature-target';
import { SOURCES } from '../ids';
import { sourceOfKind } from '../selection-source';

/**
 * useSelectionState
 * Receives: the map and the selection. Emits: feature-state `selected` on the new feature, removed from the old.
 */
export function useSelectionState(map: MlMap | null, selection: Selection | null): void {
  const last = useRef<Selection | null>(null);
  useEffect(
    function pushSelection() {
      if (!map) return;
      const prev = last.current;
      if (prev?.kind === selection?.kind && prev?.id === selection?.id) return;
      if (prev) {
        map.removeFeatureState(featureTarget(map, sourceOfKind[prev.kind], prev.id), 'selected');
        if (prev.kind === 'node' && map.getSource(SOURCES.outside))
          map.removeFeatureState({ source: SOURCES.outside, id: prev.id }, 'selected');
      }
      if (selection) {
        map.setFeatureState(featureTarget(map, sourceOfKind[selection.kind], selection.id), {
          selected: true,
        });
        // A node outside every park is drawn from the clustered source too, below NODES_FROM_ZOOM.
        if (selection.kind === 'node' && map.getSource(SOURCES.outside))
          map.setFeatureState({ source: SOURCES.outside, id: selection.id }, { selected: true });
      }
      last.current = selection;
    },
    [map, selection],
  );
}
