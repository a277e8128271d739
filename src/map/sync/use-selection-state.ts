import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Selection } from '@/store/app-store';
import { featureTarget } from '../feature-target';
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
      if (prev) map.removeFeatureState(featureTarget(map, sourceOfKind[prev.kind], prev.id), 'selected');
      if (selection)
        map.setFeatureState(featureTarget(map, sourceOfKind[selection.kind], selection.id), {
          selected: true,
        });
      last.current = selection;
    },
    [map, selection],
  );
}
