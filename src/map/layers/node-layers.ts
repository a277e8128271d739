import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '../palette';
import { FONT, hovered, inGroup, nameExpr, selected, textPaint } from './common';

export interface IndustryColour {
  id: string;
  color: string;
}

/** Clusters stop above this zoom; past it every firm and project is its own dot. */
export const CLUSTER_MAX_ZOOM = 10;

export function industryColor(industries: IndustryColour[]): ExpressionSpecification {
  const pairs = industries.flatMap((i) => [i.id, i.color]);
  return ['match', ['get', 'industry'], ...pairs, '#777777'] as unknown as ExpressionSpecification;
}

/**
 * Chain nodes are clustered so the prefecture view is no pile of dots; each cluster counts its nodes
 * per industry (n_<industry>), so later filters can recount from the same source.
 */
export function nodesSource(url: string, industries: IndustryColour[]): GeoJSONSourceSpecification {
  const clusterProperties: Record<string, unknown> = {};
  for (const i of industries)
    clusterProperties[`n_${i.id}`] = ['+', ['case', ['==', ['get', 'industry'], i.id], 1, 0]];
  return {
    type: 'geojson',
    data: url,
    promoteId: 'id',
    cluster: true,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterRadius: 36,
    clusterProperties,
  };
}

export function nodeLayers(industries: IndustryColour[]): LayerSpecification[] {
  const color = industryColor(industries);
  return [
    inGroup('nodes', {
      id: 'nodes-cluster',
      type: 'circle',
      source: SOURCES.nodes,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': palette.cluster,
        'circle-opacity': 0.88,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 11, 30, 22],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    }),
    inGroup('nodes', {
      id: 'nodes-cluster-count',
      type: 'symbol',
      source: SOURCES.nodes,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
        // Counts never push park and place names off the map.
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    }),
    inGroup('nodes', {
      id: 'nodes-point',
      type: 'circle',
      source: SOURCES.nodes,
      filter: ['!', ['has', 'point_count']],
      paint: {
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
        'circle-stroke-width': ['case', selected, 3, ['match', ['get', 'kind'], 'project', 2.5, 1.5]],
        'circle-opacity': ['match', ['get', 'kind'], 'project', 0.55, 1],
      },
    }),
    inGroup('nodes', {
      id: 'nodes-label',
      type: 'symbol',
      source: SOURCES.nodes,
      filter: ['!', ['has', 'point_count']],
      minzoom: 11.5,
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.8],
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: textPaint,
    }),
  ];
}
