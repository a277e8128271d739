import {
  AttributionControl,
  FullscreenControl,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import { NARROW_MAX_PX, PHONE_MAX_PX, PHONE_QUERY } from '@/lib/breakpoints';

// Vite does not emit MapLibre's worker on its own (the built map then fails with "Worker failed to
// load"); point MapLibre at the file Vite emits for this ?url import.
setWorkerUrl(workerUrl);

/**
 * Whether the page was opened with a camera in its hash. Read once at start-up: the map itself
 * writes the hash as soon as it exists (and React's strict mode creates it twice in development).
 */
export const OPENED_WITH_CAMERA = window.location.hash.includes('map=');

/** The prefecture's extent (from the county outlines), for the first view. */
export const PREFECTURE_BOUNDS: [[number, number], [number, number]] = [
  [99.95, 21.13],
  [101.86, 22.6],
];

/** Room for the side panel (desktop) or the bottom sheet (phone) around the first view. */
export function boundsPadding() {
  const phone = window.matchMedia(PHONE_QUERY).matches;
  return phone ? { top: 20, bottom: 70, left: 16, right: 16 } : { top: 24, bottom: 24, left: 350, right: 60 };
}

/** Room for the open panels when the camera moves to a record, so the record is not hidden under them. */
export function focusPadding() {
  const w = window.innerWidth;
  const h = window.innerHeight;
  if (w <= PHONE_MAX_PX) return { top: 20, bottom: Math.round(h * 0.55), left: 20, right: 20 };
  return { top: 40, bottom: 40, left: 420, right: w > NARROW_MAX_PX ? 420 : 60 };
}

const CUSTOM_ATTRIBUTION = ['Noto Sans SC (OFL)'];

/** Creates the map with its controls; the only place `new Map` is called. */
export function createMap(container: HTMLElement, style: StyleSpecification, locale: 'zh' | 'en'): MlMap {
  const map = new MlMap({
    container,
    style,
    hash: 'map',
    bounds: OPENED_WITH_CAMERA ? undefined : PREFECTURE_BOUNDS,
    fitBoundsOptions: { padding: boundsPadding() },
    minZoom: 5,
    maxZoom: 16,
    attributionControl: false,
    cooperativeGestures: false,
    locale: locale === 'zh' ? ZH_LOCALE : {},
  });
  map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
  map.addControl(new FullscreenControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: CUSTOM_ATTRIBUTION }),
    'bottom-right',
  );
  return map;
}

const ZH_LOCALE = {
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'NavigationControl.ResetBearing': '重置方向',
  'FullscreenControl.Enter': '全屏',
  'FullscreenControl.Exit': '退出全屏',
  'AttributionControl.ToggleAttribution': '数据来源',
  'ScaleControl.Kilometers': '公里',
  'ScaleControl.Meters': '米',
};
