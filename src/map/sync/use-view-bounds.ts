import type { Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAppStore } from '@/store/app-store';

/** How long the view must rest before the store hears of it (a drag or a flight sends many moves). */
export const VIEW_BOUNDS_DEBOUNCE_MS = 250;

/**
 * useViewBounds
 * Receives: the map. Emits: the view's box (west, south, east, north) into the store once the map is
 * there and after each move, debounced; null again when the map goes. The list view reads it.
 */
export function useViewBounds(map: MlMap | null): void {
  useEffect(
    function reportViewBounds() {
      if (!map) return;
      const { setViewBounds } = useAppStore.getState();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const send = () => {
        const b = map.getBounds();
        setViewBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
      };
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(send, VIEW_BOUNDS_DEBOUNCE_MS);
      };
      send();
      map.on('moveend', later);
      map.on('resize', later);
      return () => {
        clearTimeout(timer);
        map.off('moveend', later);
        map.off('resize', later);
        setViewBounds(null);
      };
    },
    [map],
  );
}
