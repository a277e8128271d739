import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { clusterKey } from '@/lib/domain/outside-nodes';
import { FONT, hovered, inGroup, nameExpr, selected, textPaint } from './common';

export interface IndustryColour {
  id: string;
  color: string;
}

/**
 * Below this zoom, nodes inside a park are drawn as one badge per park (the count of matching nodes);
 * from it on, every firm and project is its own dot. Nodes outside every park are always dots.
 */
export const NODES_FROM_ZOOM = 10;

export function industryColor(industries: IndustryColour[]): ExpressionSpecification {
  const pairs = industries.flatMap((i) => [i.id, i.color]);
  return ['match', ['get', 'industry'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

/**
 * The node filter, read from global state so a filter change is one setGlobalStateProperty and
 * no new data: industries (list), stage, link and q ('' = any), publicOnly. Same rule as
 * lib/domain/node-filter.ts.
 */
export const nodeFilter: ExpressionSpecification = [
  'all',
  ['in', ['get', 'industry'], ['global-state', 'industries']],
  ['any', ['==', ['global-state', 'stage'], ''], ['==', ['get', 'stage'], ['global-state', 'stage']]],
  ['any', ['==', ['global-state', 'link'], ''], ['==', ['get', 'link'], ['global-state', 'link']]],
  [
    'any',
    ['==', ['global-state', 'q'], ''],
    ['in', ['global-state', 'q'], ['downcase', ['get', 'name_en']]],
    ['in', ['global-state', 'q'], ['downcase', ['get', 'name_zh']]],
  ],
  // 含示例数据 off: official and public records only.
  [
    'any',
    ['!', ['global-state', 'publicOnly']],
    ['in', ['get', 'provenance'], ['literal', ['official', 'public']]],
  ],
];

/** A chain link as the outside-park clusters count it (a link belongs to one industry and one stage). */
export interface ClusterLink {
  id: string;
  industry: string;
  stage: string;
}

/** The cluster property counting the outside nodes of link number `i`, public (`p` 1) or sample (0). */
const countProperty = (i: number, p: 0 | 1) => `k${i}_${p}`;

/**
 * The clustered source of the nodes outside every park (SOURCES.outside) counts its nodes per link and
 * per public-or-sample (their key `ck`): everything the filter picks but the text query. A cluster's shown count then
 * follows the filter without a new clustering: clusterCount adds up the counts the filter keeps.
 */
export function outsideClusterProperties(links: readonly ClusterLink[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  links.forEach((_, i) => {
    // Each node carries its key `ck` (lib/domain/outside-nodes.ts).
    for (const p of [0, 1] as const)
      out[countProperty(i, p)] = ['+', ['case', ['==', ['get', 'ck'], clusterKey(i, p === 1)], 1, 0]];
  });
  return out;
}

/**
 * The nodes outside every park (geo/outside.geojson, or made from other nodes in the browser),
 * clustered below the zoom where every node is its own dot.
 */
export function outsideSource(
  data: string,
  links: readonly ClusterLink[],
  clustered = true,
): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    promoteId: 'id',
    cluster: clustered,
    clusterRadius: 40,
    clusterMaxZoom: NODES_FROM_ZOOM - 1,
    clusterProperties: outsideClusterProperties(links),
  };
}

/** A cluster's count under the filter of global state: the sum of its link counts the filter keeps. */
export function clusterCount(links: readonly ClusterLink[]): ExpressionSpecification {
  const terms = links.flatMap((l, i) =>
    ([0, 1] as const).map((p) => [
      'case',
      [
        'all',
        ['in', l.industry, ['global-state', 'industries']],
        ['any', ['==', ['global-state', 'stage'], ''], ['==', ['global-state', 'stage'], l.stage]],
        ['any', ['==', ['global-state', 'link'], ''], ['==', ['global-state', 'link'], l.id]],
        p === 1 ? true : ['!', ['global-state', 'publicOnly']],
      ],
      ['get', countProperty(i, p)],
      0,
    ]),
  );
  return ['+', 0, 0, ...terms] as unknown as ExpressionSpecification;
}

/** No text query: the clusters count (a query needs the names, so its matches are drawn one by one). */
const noQuery: ExpressionSpecification = ['==', ['global-state', 'q'], ''];

/** The badge count of a park label feature: parkCounts[ref] from global state, 0 when absent. */
const badgeCount: ExpressionSpecification = [
  'coalesce',
  ['get', ['get', 'ref'], ['global-state', 'parkCounts']],
  0,
];

/**
 * The count written on a disc (a park's badge, a cluster of nodes outside the parks): always drawn,
 * and an obstacle for the labels below it (towns, stations, ports, protected areas): the padding makes
 * the collision box about the disc, so no name is drawn under it. County and city names below it move
 * clear too, but are never hidden (they overlap as a last resort); park names, drawn last, are placed
 * first and keep their place.
 */
function countOnDisc(count: ExpressionSpecification): Pick<SymbolLayerSpecification, 'layout' | 'paint'> {
  return {
    layout: {
      'text-field': ['to-string', count],
      'text-font': FONT,
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-padding': 10,
    },
    paint: { 'text-color': ['global-state', 'badgeInk'] },
  };
}

export function nodesSource(url: string): GeoJSONSourceSpecification {
  return { type: 'geojson', data: url, promoteId: 'id' };
}

function dotPaint(color: ExpressionSpecification): CircleLayerSpecification['paint'] {
  return {
    'circle-color': color,
    'circle-radius': ['case', selected, 9, hovered, 8, ['match', ['get', 'kind'], 'project', 5, 6]],
    'circle-stroke-color': [
      'case',
      selected,
      palette.selected,
      hovered,
      palette.hover,
      ['match', ['get', 'kind'], 'project', color, '#ffffff'],
    ],
    'circle-stroke-width': [
      'case',
      selected,
      3,
      ['get', 'leading'],
      3,
      ['match', ['get', 'kind'], 'project', 2.5, 1.5],
    ],
    'circle-opacity': ['match', ['get', 'kind'], 'project', 0.55, 1],
  };
}

export function nodeLayers(
  industries: IndustryColour[],
  links: readonly ClusterLink[] = [],
): LayerSpecification[] {
  const color = industryColor(industries);
  const count = clusterCount(links);
  const clustered: ExpressionSpecification = ['all', ['has', 'point_count'], noQuery, ['>', count, 0]];
  return [
    inGroup('nodes', {
      id: 'nodes-badge',
      type: 'circle',
      source: SOURCES.labels,
      maxzoom: NODES_FROM_ZOOM,
      filter: ['all', ['in', ['get', 'kind'], ['literal', ['park', 'subpark']]], ['>', badgeCount, 0]],
      paint: {
        'circle-color': ['global-state', 'badgeColor'],
        // Opaque: the count keeps 4.5:1 on every industry's colour (src/map/legibility.test.ts).
        'circle-opacity': 1,
        'circle-radius': ['interpolate', ['linear'], badgeCount, 1, 10, 30, 22],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    }),
    inGroup('nodes', {
      id: 'nodes-badge-count',
      type: 'symbol',
      source: SOURCES.labels,
      maxzoom: NODES_FROM_ZOOM,
      filter: ['all', ['in', ['get', 'kind'], ['literal', ['park', 'subpark']]], ['>', badgeCount, 0]],
      ...countOnDisc(badgeCount),
    }),
    // Nodes outside every park, below NODES_FROM_ZOOM: clustered (a counted disc, its count following
    // the filter), a node alone as its dot; while a text query is typed the source is not clustered
    // (sync/use-node-filter.ts) and each match is its dot.
    inGroup('nodes', {
      id: 'nodes-cluster',
      type: 'circle',
      source: SOURCES.outside,
      maxzoom: NODES_FROM_ZOOM,
      filter: clustered,
      paint: {
        'circle-color': ['global-state', 'badgeColor'],
        'circle-opacity': 1,
        'circle-radius': ['interpolate', ['linear'], count, 2, 11, 100, 18, 10000, 26],
        // A pale outer ring tells it from a park's badge: nodes near each other, not a park's.
        'circle-stroke-color': ['global-state', 'badgeColor'],
        'circle-stroke-width': 6,
        'circle-stroke-opacity': 0.35,
      },
    }),
    inGroup('nodes', {
      id: 'nodes-outside',
      type: 'circle',
      source: SOURCES.outside,
      maxzoom: NODES_FROM_ZOOM,
      filter: ['all', ['!', ['has', 'point_count']], nodeFilter],
      paint: dotPaint(color),
    }),
    inGroup('nodes', {
      id: 'nodes-point',
      type: 'circle',
      source: SOURCES.nodes,
      minzoom: NODES_FROM_ZOOM,
      filter: nodeFilter,
      paint: dotPaint(color),
    }),
    inGroup('nodes', {
      id: 'nodes-cluster-count',
      type: 'symbol',
      source: SOURCES.outside,
      maxzoom: NODES_FROM_ZOOM,
      filter: clustered,
      ...countOnDisc(count),
    }),
    inGroup('nodes', {
      id: 'nodes-label',
      type: 'symbol',
      source: SOURCES.nodes,
      filter: nodeFilter,
      minzoom: 11.5,
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: textPaint,
    }),
  ];
}
