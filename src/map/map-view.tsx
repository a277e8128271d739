import type { Map as MlMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { allFontFacesQueryOptions, nodesAreTiled } from '@/lib/data/built-files';
import { loadGlyphBundle } from '@/lib/data/map-glyphs';
import type { GeoData } from '@/lib/data/use-geo-data';
import { assetUrl } from '@/lib/paths';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import {
  getMapSnapshot,
  getMapSnapshotNow,
  type MapSnapshotFn,
  type MapSnapshotNowFn,
  setMapSnapshot,
  setMapSnapshotNow,
} from '@/lib/map-snapshot';
import { captureMap, captureMapNow } from './capture';
import { ATTRIBUTION, boundsPadding, createMap, OPENED_WITH_CAMERA } from './create-map';
import { overviewShown, placeOverview, removeOverview } from './overview';
import { sayMapSettled } from '@/lib/map-settled';
import { focusSelection } from './focus';
import { MapStatus } from './map-status';
import { BUILT_SOURCES, type BuiltSourceId, SOURCES } from './ids';
import { GLYPHS_URL, registerGlyphProtocol } from './glyphs';
import { registerPmtiles } from './pmtiles-protocol';
import { buildStyle, tileUrls } from './style';
import { useCamera } from './sync/use-camera';
import { useLayerVisibility } from './sync/use-layer-visibility';
import { MapHealth, useMapHealth } from './sync/use-map-health';
import { useNodeData, useOutsideNodes } from './sync/use-node-data';
import { outsideNodes } from '@/lib/domain/outside-nodes';
import { filterGlobalState, nodeFilterBase, useNodeFilter } from './sync/use-node-filter';
import { useMapEvents } from './sync/use-map-events';
import { useWorkbenchSources } from './sync/use-workbench-sources';
import { useImportedSelection } from './sync/use-imported-selection';
import { useVertexEdit } from './sync/use-vertex-edit';
import { useMapLanguage } from './sync/use-map-language';
import { useRouteHighlight } from './sync/use-route-highlight';
import { useSelectionState } from './sync/use-selection-state';
import { useViewBounds } from './sync/use-view-bounds';

declare global {
  interface Window {
    /** The MapLibre map, for scripting and browser tests. */
    __map?: MlMap;
    /** performance.now() at the map's first idle (for `npm run bench`). */
    __firstIdleAt?: number;
    /** The view store, for scripting and benchmarks. */
    __store?: typeof import('@/store/app-store').useAppStore;
  }
}

interface Props {
  data: GeoData;
  onError: (message: string) => void;
}

/** The longest the canvas stays hidden behind the overview (the map's own wait: src/lib/map-settled.ts). */
const VEIL_MS = 8000;

/**
 * MapView: the single component that creates and removes the map.
 * Receives: the built data (once). Emits: the map into context after its first `load`.
 */
export function MapView({ data, onError }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MlMap | null>(null);
  const [health, setHealth] = useState<MapHealth | null>(null);
  // The data the map was made with; kept current for what runs later (the first load's selection):
  // a map started on the boot data (see GeoState) gets the whole data without being made again.
  const dataRef = useRef(data);
  useEffect(() => {
    dataRef.current = data;
  });
  // The query client is one for the app's life: read through a ref, like the data (the map is created once).
  const clientRef = useRef(useQueryClient());
  const filter = useAppStore(useShallow(selectNodeFilter));
  const filterBase = useMemo(() => nodeFilterBase(data), [data]);
  const filterInput = useMemo(() => ({ filter, ...filterBase }), [filter, filterBase]);
  // The filter's global state at creation goes into the style, so the first frame already shows it.
  const initialFilter = useRef(filterGlobalState(filterInput));
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  // Each built source's URL, versioned by its content hash (unversioned when the manifest lacks it:
  // the request then fails and the layer is reported missing, instead of the map not starting).
  const urls = useMemo(() => {
    const out = {} as Record<BuiltSourceId, string>;
    for (const id of BUILT_SOURCES) {
      const entry = data.manifest.files.find((f) => f.file === `${id}.geojson`);
      out[id] = assetUrl(`geo/${id}.geojson`, entry?.hash);
    }
    return out;
  }, [data.manifest]);
  const urlsRef = useRef(urls);

  useEffect(function createOnce() {
    if (!container.current) return;
    const d = dataRef.current;
    const urls = urlsRef.current;
    const state = useAppStore.getState();
    let m: MlMap;
    try {
      // Above the data build's size threshold the nodes and the parks come from its PMTiles archives
      // (the bureau's own records, when applied, are drawn from GeoJSON as they are).
      const tiles = d.bureau ? {} : tileUrls(d.manifest);
      if (Object.keys(tiles).length > 0) registerPmtiles();
      const style = buildStyle({
        urls,
        tiles,
        fontFaces: d.fonts.faces,
        ...(d.fonts.glyphs ? { glyphs: GLYPHS_URL } : {}),
        industries: d.catalog.industries,
        links: d.catalog.links,
        lang: state.lang,
        filterState: initialFilter.current,
        hidden: state.hidden,
      });
      // Nodes and places are already parsed for the panels: hand the objects over instead of refetching.
      if (!tiles.nodes) (style.sources[SOURCES.nodes] as { data: unknown }).data = d.nodes;
      (style.sources[SOURCES.places] as { data: unknown }).data = d.places;
      // And the nodes outside the parks, unless the map starts before them (a tiled build reads its file).
      if (!tiles.nodes)
        (style.sources[SOURCES.outside] as { data: unknown }).data = outsideNodes(
          d.nodes as GeoJSON.FeatureCollection,
          d.catalog.links,
        );
      // The static overview sits where this first view will draw the prefecture until the map is idle.
      if (!OPENED_WITH_CAMERA) placeOverview(container.current.getBoundingClientRect(), boundsPadding());
      if (d.fonts.glyphs) registerGlyphProtocol();
      m = createMap(container.current, style, state.lang);
    } catch (e) {
      removeOverview();
      sayMapSettled();
      onErrorRef.current(e instanceof Error ? e.message : String(e));
      return;
    }
    window.__map = m;
    // While the static overview stands in for the map, the canvas is not shown: with no GPU to
    // composite on (software rendering), every frame shown while loading is read back from WebGL on
    // the main thread (~150 ms each at a phone's 1.75 pixel ratio here), and the first idle came a
    // third later (README, "A light map page"). It is shown when the overview goes (first idle, or
    // a selection or camera at load), or after VEIL_MS whatever happens.
    const veiled = !OPENED_WITH_CAMERA && overviewShown();
    const canvas = m.getCanvas();
    const unveil = () => {
      canvas.style.visibility = '';
    };
    if (veiled) canvas.style.visibility = 'hidden';
    const veilTimer = veiled ? window.setTimeout(unveil, VEIL_MS) : 0;
    // The map image and print ask for the map as drawn through this registry (features cannot import src/map).
    const snapshot: MapSnapshotFn = (opts) =>
      captureMap(m, {
        pixelRatio: opts?.pixelRatio,
        view: opts?.view,
        attribution: ATTRIBUTION[useAppStore.getState().lang],
      });
    setMapSnapshot(snapshot);
    // Print draws the map from a synchronous copy (the WebGL canvas keeps no picture to print).
    const snapshotNow: MapSnapshotNowFn = () => captureMapNow(m, ATTRIBUTION[useAppStore.getState().lang]);
    setMapSnapshotNow(snapshotNow);
    m.on('error', (e) => console.warn('map:', e.error?.message));
    // Watched from creation: a source can fail before the first `load`.
    const health = new MapHealth(m, urls);
    setHealth(health);
    // The pre-built label glyphs failed to download: every glyph is drawn from the font files instead
    // (the whole list; fonts/map-labels.json leaves out what the bundle holds), and the map says so.
    if (d.fonts.glyphs)
      loadGlyphBundle(d.fonts.glyphs).catch(async () => {
        try {
          const faces = await clientRef.current.fetchQuery(allFontFacesQueryOptions());
          m.setFontFaces({ 'Noto Sans SC': faces });
          health.noteGlyphs('font-files');
        } catch {
          health.noteGlyphs('none');
        }
      });
    m.once('idle', () => {
      window.__firstIdleAt ??= performance.now();
      unveil();
      removeOverview(true);
      sayMapSettled();
    });
    m.once('load', () => {
      // A selection from the URL, shown without animation (a pending camera request moves it instead).
      const { selection: sel, camera } = useAppStore.getState();
      if (sel && !camera && !OPENED_WITH_CAMERA) focusSelection(m, sel, d, false);
      // The map leaves the first view (a selection or a camera request): the picture would be elsewhere.
      if (sel || camera) {
        unveil();
        removeOverview();
      }
      setMap(m);
    });
    return () => {
      window.clearTimeout(veilTimer);
      setMap(null);
      setHealth(null);
      if (window.__map === m) window.__map = undefined;
      if (getMapSnapshot() === snapshot) setMapSnapshot(null);
      if (getMapSnapshotNow() === snapshotNow) setMapSnapshotNow(null);
      removeOverview();
      m.remove();
    };
  }, []);

  const lang = useAppStore((s) => s.lang);
  const hidden = useAppStore((s) => s.hidden);
  const selection = useAppStore((s) => s.selection);
  useMapLanguage(map, lang);
  useLayerVisibility(map, hidden);
  useSelectionState(map, selection);
  useRouteHighlight(
    map,
    useAppStore((s) => s.routeHighlight),
  );
  useMapEvents(map);
  useViewBounds(map);
  // The bureau's data applied or reset: the nodes source follows in place. The shipped nodes of a
  // tiled build are the tiles' already (they come after the map when it started on the boot data).
  useNodeData(map, data.nodes, !data.bureau && nodesAreTiled(data.manifest));
  useOutsideNodes(
    map,
    data.nodes,
    data.catalog.links,
    !data.bureau && nodesAreTiled(data.manifest) ? urls[SOURCES.outside] : null,
  );
  useNodeFilter(map, filterInput, initialFilter.current);
  const workbench = useAppStore(
    useShallow((s) => ({
      tool: s.tool,
      sketch: s.sketch,
      measured: s.measured,
      sites: s.sites,
      imported: s.imported,
    })),
  );
  useWorkbenchSources(map, workbench);
  useImportedSelection(
    map,
    useAppStore((s) => s.selectedImported),
  );
  useVertexEdit(
    map,
    useAppStore((s) => s.editing),
  );
  const tool = useAppStore((s) => s.tool);
  useEffect(
    function crosshairWhileDrawing() {
      if (!map) return;
      map.getCanvas().style.cursor = tool ? 'crosshair' : '';
    },
    [map, tool],
  );
  useCamera(
    map,
    useAppStore((s) => s.camera),
    data,
  );
  const healthState = useMapHealth(health);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" data-testid="map" />
      <MapStatus state={healthState} onRetry={() => health?.retrySources()} />
    </div>
  );
}
