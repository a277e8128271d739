import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAppStore } from '@/store/app-store';
import { INTERACTIVE, SOURCES } from '../ids';

const LAYERS = Object.keys(INTERACTIVE) as (keyof typeof INTERACTIVE)[];

/** The topmost interactive feature under the pointer: points before parks. */
function pick(map: MlMap, e: MapMouseEvent): MapGeoJSONFeature | null {
  const layers = LAYERS.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  const hits = map.queryRenderedFeatures(e.point, { layers });
  return hits.find((f) => f.layer.id !== 'parks-fill') ?? hits[0] ?? null;
}

/**
 * useMapEvents
 * Receives: the map. Emits: feature-state `hover` under the pointer, and the selection on click
 * (written to the store with getState(), so the handlers are bound once).
 */
export function useMapEvents(map: MlMap | null): void {
  useEffect(
    function bindPointer() {
      if (!map) return;
      let hovered: { source: string; id: string | number } | null = null;
      const clearHover = () => {
        if (hovered) map.setFeatureState(hovered, { hover: false });
        hovered = null;
      };
      const onMove = (e: MapMouseEvent) => {
        const f = pick(map, e);
        const cluster = map.queryRenderedFeatures(e.point, { layers: ['nodes-cluster'] }).length > 0;
        map.getCanvas().style.cursor = f || cluster ? 'pointer' : '';
        if (f?.id != null && hovered?.source === f.source && hovered.id === f.id) return;
        clearHover();
        if (f?.id != null) {
          hovered = { source: f.source, id: f.id };
          map.setFeatureState(hovered, { hover: true });
        }
      };
      const onClick = async (e: MapMouseEvent) => {
        const cluster = map.queryRenderedFeatures(e.point, { layers: ['nodes-cluster'] })[0];
        if (cluster) {
          const src = map.getSource<GeoJSONSource>(SOURCES.nodes);
          const zoom = await src?.getClusterExpansionZoom(Number(cluster.properties.cluster_id));
          const [lon, lat] = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
          map.easeTo({ center: [lon, lat], zoom: (zoom ?? map.getZoom() + 2) + 0.2 });
          return;
        }
        const f = pick(map, e);
        const kind = f ? INTERACTIVE[f.layer.id as keyof typeof INTERACTIVE] : undefined;
        const id = f?.properties.id;
        useAppStore.getState().select(kind && typeof id === 'string' ? { kind, id } : null);
      };
      map.on('mousemove', onMove);
      map.on('mouseout', clearHover);
      map.on('click', onClick);
      return () => {
        map.off('mousemove', onMove);
        map.off('mouseout', clearHover);
        map.off('click', onClick);
      };
    },
    [map],
  );
}
