import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { ImportedPick } from '@/store/workbench-slice';
import { importedKey } from './use-workbench-sources';

/**
 * useImportedSelection
 * Receives: the map and the imported feature picked (on the map or in the attribute table). Emits: the
 * global state `importedSelected` (its key), which outlines it (workbench-layers.ts: imported-picked-*).
 */
export function useImportedSelection(map: MlMap | null, picked: ImportedPick | null): void {
  useEffect(
    function outlinePicked() {
      if (map)
        map.setGlobalStateProperty(
          'importedSelected',
          picked ? importedKey(picked.layer, picked.feature) : '',
        );
    },
    [map, picked],
  );
}
