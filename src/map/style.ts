import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '@/i18n/lang';
import { assetUrl } from '@/lib/paths';
import type { Manifest } from '@/lib/schemas/catalog';
import type { LayerGroup } from '@/lib/layer-groups';
import { groupOf } from './layers/common';
import {
  BUILT_SOURCES,
  type BuiltSourceId,
  LOCAL_SOURCES,
  SOURCES,
  TILE_LAYERS,
  type TiledSourceId,
} from './ids';
import { workbenchLayers } from './layers/workbench-layers';
import { inkOn } from '@/lib/contrast';
import { palette } from '@/lib/palette';
import { axisLayers, wingLayers } from './layers/axis-layers';
import { basemapLabelLayers, basemapLayers } from './layers/basemap-layers';
import {
  type ClusterLink,
  type IndustryColour,
  nodeLayers,
  nodesSource,
  outsideSource,
} from './layers/node-layers';
import { protectedLabelLayers, protectedLayers } from './layers/protected-layers';
import { parkLayers } from './layers/park-layers';
import { portLayers } from './layers/place-layers';

export interface StyleInput {
  /** Absolute URL of each built file, with its content hash as a cache-buster. */
  urls: Record<BuiltSourceId, string>;
  fontFaces: { url: string; 'unicode-range': string[] }[];
  /**
   * PMTiles archives (absolute URLs) for the nodes and the parks, when the data build wrote them: those
   * sources are then vector sources read through the `pmtiles` protocol, their layers given the tiles'
   * layer name. Absent: both are GeoJSON.
   */
  tiles?: Partial<Record<TiledSourceId, string>>;
  /** The style's `glyphs` URL (the pre-built label glyphs, src/map/glyphs.ts), if there are any. */
  glyphs?: string;
  industries: IndustryColour[];
  /** The chain links (id, industry, stage): the outside-park clusters count by them. */
  links?: readonly ClusterLink[];
  lang: Lang;
  /** Initial values of the filter's global state (see sync/use-node-filter.ts), so the first frame is right. */
  filterState?: Record<string, unknown>;
  /** Layer groups hidden at creation (a link's `hide=`): hidden from the first frame, not a frame later. */
  hidden?: readonly LayerGroup[];
}

const byId = (layers: LayerSpecification[], ids: string[]) =>
  ids.map((id) => {
    const l = layers.find((x) => x.id === id);
    if (!l) throw new Error(`no layer ${id}`);
    return l;
  });

/**
 * The whole style, built once when the map is created. Everything that changes later (language,
 * visibility, hover, selection) is global state, layout properties or feature-state.
 */
export function buildStyle({
  urls,
  fontFaces,
  glyphs,
  tiles = {},
  industries,
  links = [],
  lang,
  filterState,
  hidden = [],
}: StyleInput): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  for (const id of LOCAL_SOURCES) sources[id] = { type: 'geojson', data: empty, promoteId: 'id' };
  // Imported features are keyed by __key (their layer and place: updateData needs unique ids); their
  // points are clustered (map/sync/imported-push.ts sends them).
  sources[SOURCES.imported] = { type: 'geojson', data: empty, promoteId: '__key' };
  sources[SOURCES.importedPoints] = {
    type: 'geojson',
    data: empty,
    promoteId: '__key',
    cluster: true,
    clusterRadius: 40,
    clusterMaxZoom: 13,
  };
  for (const id of BUILT_SOURCES) {
    sources[id] =
      id === SOURCES.nodes
        ? nodesSource(urls[id])
        : id === SOURCES.outside
          ? outsideSource(urls[id], links, !filterState?.q)
          : { type: 'geojson', data: urls[id], promoteId: 'id' };
  }
  for (const [id, url] of Object.entries(tiles) as [TiledSourceId, string][])
    sources[id] = { type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' };
  const tiled = (l: LayerSpecification): LayerSpecification =>
    'source' in l && typeof l.source === 'string' && l.source in tiles
      ? ({ ...l, 'source-layer': TILE_LAYERS[l.source as TiledSourceId] } as LayerSpecification)
      : l;
  const axis = axisLayers();
  const wings = wingLayers();
  const parks = parkLayers();
  const basemapLabels = basemapLabelLayers();
  const nodes = nodeLayers(industries, links);
  const layers: LayerSpecification[] = [
    ...basemapLayers(),
    ...protectedLayers(),
    ...byId(wings, ['zones-wing-fill', 'zones-wing-line']),
    ...byId(axis, ['zones-axis-fill', 'zones-axis-line']),
    ...byId(parks, ['parks-fill', 'parks-routed', 'parks-line']),
    ...byId(axis, ['lines-river', 'lines-expressway', 'lines-railway-casing', 'lines-railway']),
    ...byId(basemapLabels, ['places-town']),
    ...byId(axis, ['lines-label', 'places-station', 'places-station-label']),
    ...byId(wings, ['zones-wing-label']),
    ...protectedLabelLayers(),
    ...portLayers(),
    ...byId(nodes, ['nodes-badge', 'nodes-cluster', 'nodes-outside', 'nodes-point', 'nodes-label']),
    // Between the badges' discs and their counts: drawn over a disc, placed after the counts (MapLibre
    // places higher layers first), so they move clear of a badge, and never hidden: county and city
    // names allow overlap as a last resort (src/map/legibility.test.ts). Towns still yield.
    ...byId(basemapLabels, ['places-town-label', 'places-city-label']),
    ...byId(nodes, ['nodes-badge-count', 'nodes-cluster-count']),
    // County and country names: placed before the badges' counts, so a badge never hides them (a
    // count is always drawn; at a county's centre it rarely meets one), and county seats keep clear.
    ...byId(basemapLabels, ['labels-region']),
    // Last, so park names win label placement over everything below them.
    ...byId(parks, ['parks-label']),
    ...workbenchLayers(),
  ].map((layer) => {
    const l = tiled(layer);
    const g = groupOf(l);
    return g && hidden.includes(g)
      ? ({ ...l, layout: { ...l.layout, visibility: 'none' } } as LayerSpecification)
      : l;
  });
  return {
    version: 8,
    name: 'xsbn-industry-map',
    state: initialGlobalState(lang, industries, filterState),
    ...(glyphs ? { glyphs } : {}),
    'font-faces': { 'Noto Sans SC': fontFaces },
    sources,
    layers,
  };
}

/** The PMTiles archives the manifest lists, by the source each draws (absolute, versioned URLs). */
export function tileUrls(manifest: Manifest): Partial<Record<TiledSourceId, string>> {
  const out: Partial<Record<TiledSourceId, string>> = {};
  for (const t of manifest.tiles ?? []) {
    const id = t.file.replace(/\.pmtiles$/, '');
    if (id in TILE_LAYERS) out[id as TiledSourceId] = assetUrl(`geo/${t.file}`, t.hash);
  }
  return out;
}

/** Global state the layers read; the sync hooks keep it in step with the store. */
export function initialGlobalState(
  lang: Lang,
  industries: IndustryColour[],
  filterState: Record<string, unknown> = {},
) {
  const base: Record<string, unknown> = {
    industries: industries.map((i) => i.id),
    stage: '',
    link: '',
    q: '',
    publicOnly: false,
    parkCounts: {},
    activeParks: [],
    badgeColor: palette.cluster,
    badgeInk: inkOn(palette.cluster, palette.selected),
    importedVisible: [],
    importedSelected: '',
    ...filterState,
  };
  const state: Record<string, { default: unknown }> = { lang: { default: lang } };
  for (const [k, v] of Object.entries(base)) state[k] = { default: v };
  return state;
}
