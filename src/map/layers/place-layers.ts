import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { FONT, hovered, inGroup, nameExpr, selected, textPaint } from './common';

/** Ports (road, rail, river) and the airport. */
export function portLayers(): LayerSpecification[] {
  const filter: FilterSpecification = ['in', ['get', 'kind'], ['literal', ['port', 'airport']]];
  return [
    inGroup('ports', {
      id: 'places-port',
      type: 'circle',
      source: SOURCES.places,
      filter,
      paint: {
        'circle-radius': ['case', hovered, 8, 6],
        'circle-color': ['match', ['get', 'kind'], 'airport', '#ffffff', palette.port],
        'circle-stroke-color': ['case', selected, palette.selected, hovered, palette.hover, palette.port],
        'circle-stroke-width': ['case', selected, 3.5, 2.5],
      },
    }),
    inGroup('ports', {
      id: 'places-port-label',
      type: 'symbol',
      source: SOURCES.places,
      filter,
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 11,
        'text-anchor': 'right',
        'text-offset': [-0.9, 0],
        'text-optional': true,
      },
      paint: { ...textPaint, 'text-color': palette.port },
    }),
  ];
}
