/**
 * The map as drawn, for the map image and print: MapLibre's own canvas at a higher pixel ratio,
 * copied into a 2D canvas. The WebGL drawing buffer is not preserved between frames, so the copy is
 * made inside a `render` event (right after MapLibre drew the frame); the pixel ratio is restored after.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { type MapSnapshot, metersPerPixel, type SnapshotView } from '@/lib/map-snapshot';

/** The largest side MapLibre's canvas may have (WebGL limits); the ratio is lowered to fit. */
const MAX_SIDE_PX = 8192;

/** The next `idle` (or, should tiles never settle, 20 s later: the copy is made with what is drawn). */
function once(map: MlMap, event: 'idle'): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 20_000);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The snapshot's description of the view (the canvas copy made by the caller). */
function describe(
  map: MlMap,
  out: HTMLCanvasElement,
  cssWidth: number,
  cssHeight: number,
  attribution: string[],
): MapSnapshot {
  const c = map.getCenter();
  return {
    canvas: out,
    cssWidth,
    cssHeight,
    pixelRatio: out.width / Math.max(cssWidth, 1),
    metersPerPixel: metersPerPixel(c.lat, map.getZoom()),
    bearing: map.getBearing(),
    center: [c.lng, c.lat],
    zoom: map.getZoom(),
    attribution,
  };
}

/**
 * The map as drawn, now: redrawn synchronously and copied at the current pixel ratio (for print,
 * where `beforeprint` cannot wait for a frame). Null when the canvas cannot be read.
 */
export function captureMapNow(map: MlMap, attribution: string[] = []): MapSnapshot | null {
  const canvas = map.getCanvas();
  if (canvas.width === 0 || canvas.height === 0) return null;
  map.redraw();
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  out.getContext('2d')?.drawImage(canvas, 0, 0);
  // The drawn picture's own size (its buffer over the pixel ratio): the page's layout may already be
  // the print layout, where the canvas's box is not the size it was drawn at.
  const ratio = map.getPixelRatio();
  return describe(map, out, canvas.width / ratio, canvas.height / ratio, attribution);
}

/**
 * The map drawn at `view` (print at scale): the container sized to the view's CSS pixels, the camera at its
 * centre and zoom (north up), copied when every tile is drawn; then the size and the camera are put back.
 */
async function captureView(
  map: MlMap,
  view: SnapshotView,
  opts: { pixelRatio: number; attribution: string[] },
): Promise<MapSnapshot> {
  const box = map.getContainer();
  const was = {
    width: box.style.width,
    height: box.style.height,
    center: map.getCenter(),
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  };
  try {
    box.style.width = `${view.width}px`;
    box.style.height = `${view.height}px`;
    map.resize();
    map.jumpTo({ center: view.center, zoom: view.zoom, bearing: 0, pitch: 0 });
    return await captureMap(map, { ...opts, settle: true });
  } finally {
    box.style.width = was.width;
    box.style.height = was.height;
    map.resize();
    map.jumpTo({ center: was.center, zoom: was.zoom, bearing: was.bearing, pitch: was.pitch });
  }
}

export async function captureMap(
  map: MlMap,
  {
    pixelRatio = 2,
    attribution = [] as string[],
    view,
    settle = false,
  }: { pixelRatio?: number; attribution?: string[]; view?: SnapshotView; settle?: boolean } = {},
): Promise<MapSnapshot> {
  if (view) return captureView(map, view, { pixelRatio, attribution });
  const canvas = map.getCanvas();
  const cssWidth = canvas.clientWidth;
  const cssHeight = canvas.clientHeight;
  const ratio = Math.max(0.5, Math.min(pixelRatio, MAX_SIDE_PX / Math.max(cssWidth, cssHeight, 1)));
  const previous = map.getPixelRatio();
  const changed = Math.abs(previous - ratio) > 1e-6;
  const out = document.createElement('canvas');
  try {
    if (changed) map.setPixelRatio(ratio);
    // Let every label be placed again at the new resolution (and every tile of a new view load) first.
    if (changed || settle) await once(map, 'idle');
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        out.width = canvas.width;
        out.height = canvas.height;
        out.getContext('2d')?.drawImage(canvas, 0, 0);
        resolve();
      });
      map.triggerRepaint();
    });
  } finally {
    if (changed) map.setPixelRatio(previous);
  }
  return describe(map, out, cssWidth, cssHeight, attribution);
}
