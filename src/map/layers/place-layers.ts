import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { en } from '@/i18n/en';
import { zh } from '@/i18n/zh';
import { palette } from '@/lib/palette';
import { PORT_KINDS } from '@/lib/schemas/vocab';
import { FONT, hovered, inGroup, nameExpr, selected, textPaint } from './common';

/** The port's kind as one letter (公/铁/水/空, R/T/W/A): the same i18n strings the legend shows. */
const letterOf = (d: { portKindLetters: Record<(typeof PORT_KINDS)[number], string> }) =>
  [
    'match',
    ['get', 'port_kind'],
    ...PORT_KINDS.flatMap((k) => [k, d.portKindLetters[k]]),
    '',
  ] as unknown as ExpressionSpecification; // a match over the PORT_KINDS list: tsc cannot type the spread
export const portLetterExpr: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'lang'], 'en'],
  letterOf(en),
  letterOf(zh),
];

/** Ports (road, rail, river) and the airport, each with the letter of its kind. */
export function portLayers(): LayerSpecification[] {
  const filter: FilterSpecification = ['in', ['get', 'kind'], ['literal', ['port', 'airport']]];
  return [
    inGroup('ports', {
      id: 'places-port',
      type: 'circle',
      source: SOURCES.places,
      filter,
      paint: {
        // Wide enough for the kind's letter at 12 px.
        'circle-radius': ['case', hovered, 11, 9],
        'circle-color': ['match', ['get', 'kind'], 'airport', '#ffffff', palette.port],
        'circle-stroke-color': ['case', selected, palette.selected, hovered, palette.hover, palette.port],
        'circle-stroke-width': ['case', selected, 3.5, 2.5],
      },
    }),
    inGroup('ports', {
      id: 'places-port-letter',
      type: 'symbol',
      source: SOURCES.places,
      filter,
      layout: {
        'text-field': portLetterExpr,
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['match', ['get', 'kind'], 'airport', palette.port, '#ffffff'] },
    }),
    inGroup('ports', {
      id: 'places-port-label',
      type: 'symbol',
      source: SOURCES.places,
      filter,
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-anchor': 'right',
        'text-offset': [-1.2, 0],
        'text-optional': true,
      },
      paint: { ...textPaint, 'text-color': palette.port },
    }),
  ];
}
