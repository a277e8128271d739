import { palette } from './palette';

/**
 * The colours a planner picks from for an imported layer (the layer list's swatches): eight hues that
 * stay distinct from each other and readable on the light basemap, none the candidate sites' orange.
 * The first is the imported layers' default; red-line layers start in the red-line colour.
 */
export const LAYER_COLORS = [
  palette.imported,
  '#1f6fb4',
  '#00838f',
  '#2e7d32',
  '#9e7700',
  '#c2185b',
  '#6d4c41',
  '#37474f',
] as const;

const HEX = /^#[0-9a-f]{6}$/i;

/** Whether a colour is one the layer list can show and the map can draw (#rrggbb, as <input type=color> gives). */
export const isLayerColor = (c: unknown): c is string => typeof c === 'string' && HEX.test(c);

/** The colour a new layer gets: red lines their own red, others the first palette colour not yet in use. */
export function defaultLayerColor(redline: boolean, used: readonly (string | undefined)[]): string {
  if (redline) return palette.redline;
  const taken = new Set(used.map((c) => c?.toLowerCase()));
  return (
    LAYER_COLORS.find((c) => !taken.has(c.toLowerCase())) ??
    LAYER_COLORS[used.length % LAYER_COLORS.length] ??
    palette.imported
  );
}
