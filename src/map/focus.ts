import type { Map as MlMap } from 'maplibre-gl';
import { cameraPadding, type Padding } from '@/lib/camera-padding';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { Selection } from '@/store/app-store';

/**
 * Room for what lies over the map now: every element marked `data-map-cover` (the side panel and
 * the details on a desktop, the bottom sheet on a phone), measured as laid out, against the map's box.
 */
export function coverPadding(map: MlMap): Padding {
  const box = map.getContainer().getBoundingClientRect();
  const covers = [...document.querySelectorAll<HTMLElement>('[data-map-cover]')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return cameraPadding(box, covers);
}

/**
 * Moves the camera to a selected record: a park's bbox, or a point at street-block zoom, in the part
 * of the map the panels leave visible. Padding is given per move (fitBounds) or as an offset (flyTo),
 * never set on the map, so it does not shift later views.
 */
export function focusSelection(map: MlMap, s: Selection, data: GeoData, animate = true): void {
  const pad = coverPadding(map);
  if (s.kind === 'park') {
    const park = data.index.park(s.id);
    if (!park) return;
    const [w, so, e, n] = park.bbox as [number, number, number, number];
    map.fitBounds(
      [
        [w, so],
        [e, n],
      ],
      { padding: pad, maxZoom: 13, animate },
    );
    return;
  }
  const list = s.kind === 'node' ? data.nodes.features : data.places.features;
  const f = list.find((x) => x.properties.id === s.id);
  if (!f) return;
  flyToPoint(map, f.geometry.coordinates as [number, number], Math.max(map.getZoom(), 12.5), animate, pad);
}

/** Flies to a point, centred in the part of the map the panels leave visible. */
export function flyToPoint(
  map: MlMap,
  center: [number, number],
  zoom: number,
  animate = true,
  pad: Padding = coverPadding(map),
): void {
  map.flyTo({
    center,
    zoom,
    offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2],
    animate,
  });
}
