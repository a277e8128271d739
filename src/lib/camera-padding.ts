/**
 * Room the camera leaves for what lies over the map: the side and details panels on a desktop, the
 * bottom sheet on a phone. Pure: the map (src/map/focus.ts) measures the DOM rects, this decides.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Space kept around the selection inside the visible part of the map (px). */
export const CAMERA_MARGIN_PX = 24;
/** The part of the map's width and height that always stays for the selection. */
export const MIN_VISIBLE_SHARE = 0.3;

/**
 * Padding for fitBounds / flyTo: each cover (a panel's rect, in the same coordinates as `map`) that
 * overlaps the map pushes in from the one edge that loses the least of the map to it: a full-height
 * side panel from the left or right, a sheet from the bottom, a collapsed panel in a corner from the
 * top. The margin is added on every side; no two opposite sides take more than leaves
 * MIN_VISIBLE_SHARE of the map, so a cover over nearly everything never leaves a negative box.
 */
export function cameraPadding(map: Rect, covers: readonly Rect[], margin = CAMERA_MARGIN_PX): Padding {
  const w = map.right - map.left;
  const h = map.bottom - map.top;
  const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const c of covers) {
    const l = Math.max(c.left, map.left);
    const r = Math.min(c.right, map.right);
    const t = Math.max(c.top, map.top);
    const b = Math.min(c.bottom, map.bottom);
    if (r <= l || b <= t) continue;
    const options: [keyof Padding, number, number][] = [
      ['left', r - map.left, (r - map.left) * h],
      ['right', map.right - l, (map.right - l) * h],
      ['top', b - map.top, (b - map.top) * w],
      ['bottom', map.bottom - t, (map.bottom - t) * w],
    ];
    const [side, px] = options.reduce((best, o) => (o[2] < best[2] ? o : best));
    pad[side] = Math.max(pad[side], px);
  }
  const share = (a: number, b: number, size: number): [number, number] => {
    const room = size * (1 - MIN_VISIBLE_SHARE);
    const sa = a + margin;
    const sb = b + margin;
    if (sa + sb <= room) return [sa, sb];
    const k = room / (sa + sb);
    return [sa * k, sb * k];
  };
  const [left, right] = share(pad.left, pad.right, w);
  const [top, bottom] = share(pad.top, pad.bottom, h);
  return {
    top: Math.round(top),
    right: Math.round(right),
    bottom: Math.round(bottom),
    left: Math.round(left),
  };
}
