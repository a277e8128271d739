import type { SelectableKind } from '@/lib/layer-groups';

/** Source ids: one per built file the map draws, and those the planner's tools fill in the browser. */
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
  sketch: 'sketch',
  sites: 'sites',
  imported: 'imported',
  /** The imported layers' points, clustered (a 200,000-point layer stays usable). */
  importedPoints: 'imported-points',
  /** The chain nodes outside every park, clustered below NODES_FROM_ZOOM (geo/outside.geojson). */
  outside: 'outside',
  /** A saved site's vertices while they are edited (src/map/edit-features.ts). */
  edit: 'edit',
  /** The vertex the pointer would snap to (src/map/snap-target.ts). */
  snap: 'snap',
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

/** Layers whose features can be hovered and selected, with the kind of record they hold. */
export const INTERACTIVE = {
  'parks-fill': 'park',
  'nodes-point': 'node',
  'nodes-outside': 'node',
  'places-port': 'place',
  'places-station': 'place',
} as const satisfies Record<string, SelectableKind>;

/**
 * The sources drawn from the data build's PMTiles archives above its size threshold, with the layer
 * name inside their tiles (data/scripts/lib/vector-tiles.ts writes the same names).
 */
export const TILE_LAYERS = { nodes: 'nodes', parks: 'parks' } as const;
export type TiledSourceId = keyof typeof TILE_LAYERS;

/** Sources filled in the browser (setData), not from a built file. */
export const LOCAL_SOURCES = ['sketch', 'sites', 'imported', 'imported-points', 'edit', 'snap'] as const;
export type LocalSourceId = (typeof LOCAL_SOURCES)[number];
export type BuiltSourceId = Exclude<SourceId, LocalSourceId>;
export const BUILT_SOURCES = Object.values(SOURCES).filter(
  (s): s is BuiltSourceId => !(LOCAL_SOURCES as readonly string[]).includes(s),
);
