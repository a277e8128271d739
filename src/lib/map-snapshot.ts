/**
 * A registry for the map's picture, so that code which may not import src/map (the features) can ask
 * for it: src/map fills it when the map is created and empties it when the map goes; a page without
 * a map has none (getMapSnapshot() returns null).
 */

/** The map as drawn, copied out of MapLibre's WebGL canvas into a 2D canvas. */
export interface MapSnapshot {
  /** The copy, `cssWidth × pixelRatio` by `cssHeight × pixelRatio` device pixels. */
  canvas: HTMLCanvasElement;
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Ground metres per CSS pixel at the centre of the view (for a scale bar). */
  metersPerPixel: number;
  /** Degrees clockwise from north of the view's up direction (0 = north up). */
  bearing: number;
  center: [number, number];
  zoom: number;
  /** What the map is drawn from, in the UI's language (the attribution control's lines). */
  attribution: string[];
}

/**
 * A view to draw the map at for the capture (print at scale): its centre, zoom (north up, no tilt) and
 * size in CSS pixels. The map is moved and sized for the copy, then put back as it was.
 */
export interface SnapshotView {
  center: [number, number];
  zoom: number;
  width: number;
  height: number;
}

export type MapSnapshotFn = (opts?: { pixelRatio?: number; view?: SnapshotView }) => Promise<MapSnapshot>;

let current: MapSnapshotFn | null = null;

/** Called by src/map: the function that captures the live map, or null when it is removed. */
export function setMapSnapshot(fn: MapSnapshotFn | null): void {
  current = fn;
}

/** The capture function of the map on the page, or null when no map is drawn. */
export function getMapSnapshot(): MapSnapshotFn | null {
  return current;
}

/** The map as drawn now, synchronously, at the screen's pixel ratio (for print: `beforeprint` cannot wait). */
export type MapSnapshotNowFn = () => MapSnapshot | null;

let currentNow: MapSnapshotNowFn | null = null;

/** Called by src/map: the synchronous capture of the live map, or null when it is removed. */
export function setMapSnapshotNow(fn: MapSnapshotNowFn | null): void {
  currentNow = fn;
}

/** The synchronous capture of the map on the page, or null when no map is drawn. */
export function getMapSnapshotNow(): MapSnapshotNowFn | null {
  return currentNow;
}

/** Ground metres per CSS pixel of a Web-Mercator map with 512 px tiles (MapLibre's) at a latitude. */
export function metersPerPixel(latitude: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE_M = 40075016.686;
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
}
