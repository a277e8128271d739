import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useCallback, useEffect, useState } from 'react';
import { BUILT_SOURCES } from '../ids';

export interface MapHealth {
  /** The WebGL context is lost: nothing is drawn until the browser gives it back. */
  contextLost: boolean;
  /** Built sources that failed to load (404, damaged file), by source id. */
  failedSources: string[];
  /** Loads the failed sources again. */
  retrySources: () => void;
}

/**
 * useMapHealth
 * Receives: the map and the URL of each built source. Emits: whether the WebGL context is lost
 * (MapLibre restores itself when it comes back) and which sources failed, with a retry.
 */
export function useMapHealth(map: MlMap | null, urls: Record<string, string>): MapHealth {
  const [contextLost, setContextLost] = useState(false);
  const [failedSources, setFailed] = useState<string[]>([]);
  useEffect(
    function watch() {
      if (!map) return;
      const onError = (e: unknown) => {
        const id = (e as { sourceId?: string }).sourceId;
        if (id && (BUILT_SOURCES as readonly string[]).includes(id))
          setFailed((f) => (f.includes(id) ? f : [...f, id]));
      };
      const onLost = () => setContextLost(true);
      const onRestored = () => setContextLost(false);
      map.on('error', onError);
      map.on('webglcontextlost', onLost);
      map.on('webglcontextrestored', onRestored);
      return () => {
        map.off('error', onError);
        map.off('webglcontextlost', onLost);
        map.off('webglcontextrestored', onRestored);
      };
    },
    [map],
  );
  const retrySources = useCallback(() => {
    if (!map) return;
    for (const id of failedSources) {
      const url = urls[id];
      if (url) map.getSource<GeoJSONSource>(id)?.setData(url);
    }
    setFailed([]);
  }, [map, failedSources, urls]);
  return { contextLost, failedSources, retrySources };
}
