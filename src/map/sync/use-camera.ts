import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { CameraRequest } from '@/store/app-store';
import { coverPadding, flyToPoint, focusSelection } from '../focus';

/**
 * useCamera
 * Receives: the map, the store's camera request and the data. Emits: one camera move per new request
 * (a record, a point or a box), clear of the panels over the map; a request made before the map
 * existed is served once it does.
 */
export function useCamera(map: MlMap | null, request: CameraRequest | null, data: GeoData): void {
  const served = useRef(0);
  useEffect(
    function moveCamera() {
      if (!map || !request || request.n === served.current) return;
      served.current = request.n;
      if (request.kind === 'record') focusSelection(map, request.selection, data);
      else if (request.kind === 'point') flyToPoint(map, request.center, request.zoom);
      else {
        const [w, s, e, n] = request.bbox;
        map.fitBounds(
          [
            [w, s],
            [e, n],
          ],
          { padding: request.padding ?? coverPadding(map), maxZoom: request.maxZoom ?? 14 },
        );
      }
    },
    [map, request, data],
  );
}
