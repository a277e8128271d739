/** Layer groups, each with one legend entry and one visibility toggle (the store, the map and the legend share them). */
export const GROUPS = [
  'basemap',
  'protected',
  'axis',
  'wings',
  'parks',
  'ports',
  'nodes',
  'planner',
] as const;
export type LayerGroup = (typeof GROUPS)[number];

/** Kinds of record that can be selected (on the map, in a list, from search). */
export type SelectableKind = 'park' | 'node' | 'place';
