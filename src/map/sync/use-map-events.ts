import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent, Map as MlMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAppStore } from '@/store/app-store';
import type { ImportedPick } from '@/store/workbench-slice';
import { INTERACTIVE, SOURCES } from '../ids';
import { NODES_FROM_ZOOM } from '../layers/node-layers';
import { pointerVertex } from '../snap-target';
import { parseImportedKey } from './use-workbench-sources';

const LAYERS = Object.keys(INTERACTIVE) as (keyof typeof INTERACTIVE)[];
const EDIT_HANDLES = ['sketch-edit-vertex', 'sketch-edit-mid'];
/** Discs that stand for several nodes: a park's badge, a cluster of nodes outside the parks. */
const BADGE_LAYERS = ['nodes-badge', 'nodes-cluster'];

/** The topmost interactive feature under the pointer: points before parks. */
function pick(map: MlMap, e: MapMouseEvent): MapGeoJSONFeature | null {
  const layers = LAYERS.filter((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  const hits = map.queryRenderedFeatures(e.point, { layers });
  return hits.find((f) => f.layer.id !== 'parks-fill') ?? hits[0] ?? null;
}

const IMPORTED_ON_TOP = ['imported-point', 'imported-multipoint', 'imported-line'];

/**
 * The imported feature under the pointer (its layer and place): points and lines always, areas only
 * when `areas` (a chain node or a place over an imported area is picked before the area).
 */
function pickImported(map: MlMap, e: MapMouseEvent, areas: boolean): ImportedPick | null {
  const layers = [...IMPORTED_ON_TOP, ...(areas ? ['imported-fill'] : [])].filter(
    (l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none',
  );
  if (layers.length === 0) return null;
  for (const f of map.queryRenderedFeatures(e.point, { layers })) {
    const picked = parseImportedKey(f.properties.__key);
    if (picked) return picked;
  }
  return null;
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
      let hovered: { source: string; sourceLayer?: string; id: string | number } | null = null;
      const clearHover = () => {
        if (hovered) map.setFeatureState(hovered, { hover: false });
        hovered = null;
      };
      const onMove = (e: MapMouseEvent) => {
        const { tool, editing } = useAppStore.getState();
        if (tool) {
          map.getCanvas().style.cursor = 'crosshair';
          return;
        }
        // Editing a site's vertices: the handles take the pointer (sync/use-vertex-edit.ts).
        if (editing) {
          clearHover();
          if (map.queryRenderedFeatures(e.point, { layers: EDIT_HANDLES }).length === 0)
            map.getCanvas().style.cursor = '';
          return;
        }
        const f = pick(map, e);
        const badge = map.queryRenderedFeatures(e.point, { layers: BADGE_LAYERS }).length > 0;
        map.getCanvas().style.cursor = f || badge || pickImported(map, e, true) ? 'pointer' : '';
        if (f?.id != null && hovered?.source === f.source && hovered.id === f.id) return;
        clearHover();
        if (f?.id != null) {
          hovered = { source: f.source, ...(f.sourceLayer ? { sourceLayer: f.sourceLayer } : {}), id: f.id };
          map.setFeatureState(hovered, { hover: true });
        }
      };
      const onClick = (e: MapMouseEvent) => {
        // A drawing or measuring tool takes the clicks: each adds a vertex, snapped onto a park's, a
        // site's or an imported vertex within a few pixels (Alt held: placed freely).
        const store = useAppStore.getState();
        if (store.tool) {
          store.addVertex(pointerVertex(map, e).p);
          return;
        }
        if (store.editing) return;
        // A cluster of nodes outside the parks: zoom in to where it splits.
        const cluster = map.queryRenderedFeatures(e.point, { layers: ['nodes-cluster'] })[0];
        if (cluster) {
          const [lon, lat] = (cluster.geometry as GeoJSON.Point).coordinates as [number, number];
          const source = map.getSource(SOURCES.outside) as GeoJSONSource | undefined;
          void source
            ?.getClusterExpansionZoom(Number(cluster.properties.cluster_id))
            .then((zoom) => map.easeTo({ center: [lon, lat], zoom: Math.min(zoom, NODES_FROM_ZOOM) }))
            .catch(() => map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 }));
          return;
        }
        // A park's badge (the prefecture view): zoom to the park's nodes and select the park.
        const badge = map.queryRenderedFeatures(e.point, { layers: ['nodes-badge'] })[0];
        if (badge) {
          const [lon, lat] = (badge.geometry as GeoJSON.Point).coordinates as [number, number];
          map.easeTo({ center: [lon, lat], zoom: NODES_FROM_ZOOM + 2 });
          useAppStore.getState().select({ kind: 'park', id: String(badge.properties.ref) });
          return;
        }
        const f = pick(map, e);
        // An imported feature shows its attributes: its points and lines first, then a chain node or a
        // place, then its areas, then a park. Any other click puts its attributes away.
        const imported = pickImported(map, e, f === null || f.layer.id === 'parks-fill');
        useAppStore.getState().selectImported(imported);
        if (imported) return;
        const kind = f ? INTERACTIVE[f.layer.id as keyof typeof INTERACTIVE] : undefined;
        const id = f?.properties.id;
        useAppStore.getState().select(kind && typeof id === 'string' ? { kind, id } : null);
      };
      // Double-click finishes a sketch (and does not zoom while a tool is on); Enter finishes, Escape cancels.
      const onDblClick = (e: MapMouseEvent) => {
        const store = useAppStore.getState();
        if (!store.tool) return;
        e.preventDefault();
        store.finishSketch();
      };
      const onKey = (e: KeyboardEvent) => {
        const store = useAppStore.getState();
        if (!store.tool && !store.measured) return;
        if (e.key === 'Escape') store.cancelTool();
        else if (e.key === 'Enter' && store.tool) store.finishSketch();
      };
      map.on('dblclick', onDblClick);
      window.addEventListener('keydown', onKey);
      map.on('mousemove', onMove);
      map.on('mouseout', clearHover);
      map.on('click', onClick);
      return () => {
        map.off('mousemove', onMove);
        map.off('mouseout', clearHover);
        map.off('click', onClick);
        map.off('dblclick', onDblClick);
        window.removeEventListener('keydown', onKey);
      };
    },
    [map],
  );
}
