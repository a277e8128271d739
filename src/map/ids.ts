/** Source ids: one per built file the map draws. */
export const SOURCES = {
  countries: 'countries',
  neighbours: 'neighbours',
  counties: 'counties',
  border: 'border',
  zones: 'zones',
  lines: 'lines',
  parks: 'parks',
  protected: 'protected',
  places: 'places',
  nodes: 'nodes',
  labels: 'labels',
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

/** Layer groups, each with one legend entry and one visibility toggle. */
export const GROUPS = ['basemap', 'protected', 'axis', 'wings', 'parks', 'ports', 'nodes'] as const;
export type LayerGroup = (typeof GROUPS)[number];

/** Layers whose features can be hovered and selected, with the kind of record they hold. */
export const INTERACTIVE = {
  'parks-fill': 'park',
  'nodes-point': 'node',
  'nodes-outside': 'node',
  'places-port': 'place',
  'places-station': 'place',
} as const;
export type SelectableKind = 'park' | 'node' | 'place';
