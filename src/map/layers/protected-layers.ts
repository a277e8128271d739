import type { LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { FONT, inGroup, nameExpr, textPaint } from './common';

/** Protected areas (ecological red-line checks): schematic circles of their published areas. */
export function protectedLayers(): LayerSpecification[] {
  return [
    inGroup('protected', {
      id: 'protected-fill',
      type: 'fill',
      source: SOURCES.protected,
      paint: { 'fill-color': palette.protected, 'fill-opacity': 0.22 },
    }),
    inGroup('protected', {
      id: 'protected-line',
      type: 'line',
      source: SOURCES.protected,
      paint: { 'line-color': palette.protectedLine, 'line-width': 1.2, 'line-dasharray': [1, 1.5] },
    }),
  ];
}

export function protectedLabelLayers(): LayerSpecification[] {
  return [
    inGroup('protected', {
      id: 'protected-label',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'protected'],
      minzoom: 8.5,
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-max-width': 8,
        'text-optional': true,
      },
      paint: { ...textPaint, 'text-color': palette.protectedText },
    }),
  ];
}
