import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { FONT, hovered, inGroup, routed, selected, textPaint } from './common';

const levelColor: ExpressionSpecification = [
  'match',
  ['get', 'level'],
  'national',
  palette.level.national,
  'provincial',
  palette.level.provincial,
  palette.level.prefectural,
];
/** Park names: the level hues darkened for text (≥ 4.5:1, src/map/legibility.test.ts). */
const levelText: ExpressionSpecification = [
  'match',
  ['get', 'level'],
  'national',
  palette.levelText.national,
  'provincial',
  palette.levelText.provincial,
  palette.levelText.prefectural,
];
/** Parks without a node that matches the current filter are dimmed (global state `activeParks`). */
const dim = (idProp: string): ExpressionSpecification => [
  'case',
  ['in', ['get', idProp], ['global-state', 'activeParks']],
  1,
  0.2,
];
/** The experimental zone's extent is drawn as an outline only; its 片区 are filled. */
const isExtent: ExpressionSpecification = ['==', ['get', 'extent'], 'county'];

/** Parks and 片区 by level, every outline schematic (示意范围) and labelled so. */
export function parkLayers(): LayerSpecification[] {
  return [
    inGroup('parks', {
      id: 'parks-fill',
      type: 'fill',
      source: SOURCES.parks,
      paint: {
        'fill-color': levelColor,
        // Strong at the prefecture view where parks are small, light when zoomed into one.
        'fill-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          [
            '*',
            dim('id'),
            ['case', isExtent, ['case', hovered, 0.08, 0.03], ['case', selected, 0.55, hovered, 0.5, 0.32]],
          ],
          12,
          ['*', dim('id'), ['case', isExtent, 0.02, ['case', selected, 0.3, hovered, 0.26, 0.14]]],
        ],
      },
    }),
    inGroup('parks', {
      id: 'parks-line',
      type: 'line',
      source: SOURCES.parks,
      paint: {
        'line-color': ['case', selected, palette.selected, levelColor],
        'line-width': ['case', selected, 3, isExtent, 2.2, 1.6],
        'line-dasharray': [3, 2],
        'line-opacity': dim('id'),
      },
    }),
    // A park passing every rule of the routed project (项目流转): a bold solid outline, under the
    // dashed level outline, at full opacity even where the filter dims the park.
    inGroup('parks', {
      id: 'parks-routed',
      type: 'line',
      source: SOURCES.parks,
      paint: {
        'line-color': palette.routed,
        // Wider at the prefecture view, where a park is a few pixels across.
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          8,
          ['case', routed, 7, 0],
          12,
          ['case', routed, 5, 0],
        ],
        'line-opacity': ['case', routed, 0.9, 0],
      },
    }),
    inGroup('parks', {
      id: 'parks-label',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['in', ['get', 'kind'], ['literal', ['park', 'subpark']]],
      layout: {
        'text-field': [
          'format',
          ['case', ['==', ['global-state', 'lang'], 'en'], ['get', 'name_en'], ['get', 'name_zh']],
          { 'font-scale': 1 },
          '\n',
          {},
          ['case', ['==', ['global-state', 'lang'], 'en'], 'schematic', '示意范围'],
          // 14 px × 0.86: the smallest line is still 12 px.
          { 'font-scale': 0.86 },
        ],
        'text-font': FONT,
        'text-size': ['match', ['get', 'kind'], 'park', 15, 14],
        'text-anchor': 'bottom',
        'text-offset': [0, -0.6],
        'text-max-width': 12,
      },
      paint: {
        ...textPaint,
        // A park the filter leaves out is named in grey, not faded: a faded name read about 2:1.
        'text-color': [
          'case',
          ['in', ['get', 'ref'], ['global-state', 'activeParks']],
          levelText,
          palette.dimmedText,
        ],
        'text-halo-width': 1.8,
      },
    }),
  ];
}
