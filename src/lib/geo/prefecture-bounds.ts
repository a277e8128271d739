/**
 * The prefecture's extent (from the county outlines): the map's first view fits it, and the static
 * overview the page paints before the map (geo/overview.svg, written by the data build) is drawn over
 * exactly this box in Web Mercator, so the map takes over where the picture was.
 */
export const PREFECTURE_BOUNDS: [[number, number], [number, number]] = [
  [99.95, 21.13],
  [101.86, 22.6],
];
