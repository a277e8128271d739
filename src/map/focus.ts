import type { Map as MlMap } from 'maplibre-gl';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { Selection } from '@/store/app-store';
import { focusPadding } from './create-map';

/** Moves the camera to a selected record: a park's bbox, or a point at street-block zoom. */
export function focusSelection(map: MlMap, s: Selection, data: GeoData, animate = true): void {
  if (s.kind === 'park') {
    const park = data.index.park(s.id);
    if (!park) return;
    const [w, so, e, n] = park.bbox as [number, number, number, number];
    map.fitBounds(
      [
        [w, so],
        [e, n],
      ],
      { padding: 60, maxZoom: 13, animate },
    );
    return;
  }
  const list = s.kind === 'node' ? data.nodes.features : data.places.features;
  const f = list.find((x) => x.properties.id === s.id);
  if (!f) return;
  // An offset, not `padding`: camera padding would persist and shift every later view.
  const pad = focusPadding();
  map.flyTo({
    center: f.geometry.coordinates,
    zoom: Math.max(map.getZoom(), 12.5),
    offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2],
    animate,
  });
}
