import type { Position } from 'geojson';
import type {
  GeoJSONSource,
  MapLayerMouseEvent,
  MapLayerTouchEvent,
  MapMouseEvent,
  MapTouchEvent,
  Map as MlMap,
} from 'maplibre-gl';
import { useEffect } from 'react';
import { samePoint } from '@/lib/geo/vertex-ring';
import { useAppStore } from '@/store/app-store';
import type { VertexEdit } from '@/store/workbench-slice';
import { editFeatures, snapFeatures } from '../edit-features';
import { SOURCES } from '../ids';
import { pointerVertex, snapperFor } from '../snap-target';

const HANDLE = 'sketch-edit-vertex';
const MID = 'sketch-edit-mid';

/** Whether a key press belongs to a text field (typing there is not a drawing command). */
function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function setData(map: MlMap, id: string, data: GeoJSON.FeatureCollection) {
  map.getSource<GeoJSONSource>(id)?.setData(data);
}

/**
 * useVertexEdit
 * Receives: the map and the site being edited. Emits: the edit handles (setData on `edit`), the snap
 * indicator (`snap`) while a tool is on or a site is edited, and the store's edit actions from handle
 * drags (mouse and touch: map panning is off during a drag), clicks and keys (Backspace / Ctrl+Z undo;
 * Delete removes the selected vertex; Esc cancels; Enter saves).
 */
export function useVertexEdit(map: MlMap | null, editing: VertexEdit | null): void {
  useEffect(
    function pushHandles() {
      if (map) setData(map, SOURCES.edit, editFeatures(editing));
    },
    [map, editing],
  );
  const active = useAppStore((s) => s.tool !== null || s.editing !== null);
  useEffect(
    function loadSnapData() {
      if (map && active) snapperFor(map).preload();
      if (map && !active) setData(map, SOURCES.snap, snapFeatures(null));
    },
    [map, active],
  );
  useEffect(
    function bindEditing() {
      if (!map) return;
      let shown: Position | null = null;
      const showSnap = (p: Position | null) => {
        if (samePoint(p ?? undefined, shown ?? undefined) || (!p && !shown)) return;
        shown = p;
        setData(map, SOURCES.snap, snapFeatures(p));
      };
      let drag: { index: number; moved: boolean } | null = null;
      let frame = 0;
      let last: MapMouseEvent | MapTouchEvent | null = null;

      const moveTo = (e: MapMouseEvent | MapTouchEvent) => {
        const store = useAppStore.getState();
        if (!store.tool && !store.editing) return showSnap(null);
        const { p, snapped } = pointerVertex(map, e, { excludeSite: store.editing?.siteId });
        showSnap(snapped ? p : null);
        if (drag && store.editing) {
          if (!drag.moved) store.editCheckpoint();
          drag.moved = true;
          store.editMove(drag.index, p);
        }
      };
      // At most one snap search a frame.
      const onMove = (e: MapMouseEvent | MapTouchEvent) => {
        last = e;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (last) moveTo(last);
        });
      };
      const startDrag = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
        const store = useAppStore.getState();
        const f = e.features?.[0];
        if (!store.editing || !f) return;
        const i = Number(f.properties.i);
        if (f.layer.id === MID) {
          // A handle in the middle of edge i inserts a vertex there, and the drag moves it.
          const c = (f.geometry as GeoJSON.Point).coordinates;
          store.editInsert(i + 1, [c[0] ?? 0, c[1] ?? 0]);
          drag = { index: i + 1, moved: true };
        } else {
          store.editSelect(i);
          drag = { index: i, moved: false };
        }
        e.preventDefault();
        map.dragPan.disable();
      };
      const endDrag = () => {
        if (!drag) return;
        if (frame) {
          cancelAnimationFrame(frame);
          frame = 0;
          if (last) moveTo(last);
        }
        drag = null;
        map.dragPan.enable();
      };
      const onClick = (e: MapMouseEvent) => {
        const store = useAppStore.getState();
        if (!store.editing) return;
        const onHandle = map.queryRenderedFeatures(e.point, { layers: [HANDLE, MID] }).length > 0;
        if (!onHandle) store.editSelect(null);
      };
      // A double-click on a handle is two clicks, not a zoom.
      const onDblClick = (e: MapMouseEvent) => {
        if (useAppStore.getState().editing) e.preventDefault();
      };
      const onHover = () => {
        if (useAppStore.getState().editing) map.getCanvas().style.cursor = 'move';
      };
      const onKey = (e: KeyboardEvent) => {
        if (typing(e)) return;
        const store = useAppStore.getState();
        const undo = (e.key === 'z' || e.key === 'Z') && (e.ctrlKey || e.metaKey) && !e.shiftKey;
        if (store.editing) {
          const sel = store.editing.selected;
          if (undo) store.undoVertex();
          else if ((e.key === 'Delete' || e.key === 'Backspace') && sel !== null) store.editDelete(sel);
          else if (e.key === 'Backspace') store.undoVertex();
          else if (e.key === 'Escape') store.cancelEdit();
          else if (e.key === 'Enter') store.saveEdit();
          else return;
          e.preventDefault();
        } else if (store.tool && (undo || e.key === 'Backspace')) {
          e.preventDefault();
          store.undoVertex();
        }
      };
      map.on('mousemove', onMove);
      map.on('touchmove', onMove);
      map.on('mousedown', HANDLE, startDrag);
      map.on('mousedown', MID, startDrag);
      map.on('touchstart', HANDLE, startDrag);
      map.on('touchstart', MID, startDrag);
      map.on('mouseenter', HANDLE, onHover);
      map.on('mouseenter', MID, onHover);
      map.on('mouseup', endDrag);
      map.on('touchend', endDrag);
      map.on('touchcancel', endDrag);
      map.on('click', onClick);
      map.on('dblclick', onDblClick);
      window.addEventListener('keydown', onKey);
      // A drag released outside the map ends too.
      window.addEventListener('mouseup', endDrag);
      return () => {
        window.removeEventListener('mouseup', endDrag);
        if (frame) cancelAnimationFrame(frame);
        if (drag) map.dragPan.enable();
        map.off('mousemove', onMove);
        map.off('touchmove', onMove);
        map.off('mousedown', HANDLE, startDrag);
        map.off('mousedown', MID, startDrag);
        map.off('touchstart', HANDLE, startDrag);
        map.off('touchstart', MID, startDrag);
        map.off('mouseenter', HANDLE, onHover);
        map.off('mouseenter', MID, onHover);
        map.off('mouseup', endDrag);
        map.off('touchend', endDrag);
        map.off('touchcancel', endDrag);
        map.off('click', onClick);
        map.off('dblclick', onDblClick);
        window.removeEventListener('keydown', onKey);
      };
    },
    [map],
  );
}
