import type { LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { FONT, inGroup, nameExpr, textPaint } from './common';

/** Countries, the neighbouring prefecture, counties, borders and towns. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
    inGroup('basemap', {
      id: 'countries-fill',
      type: 'fill',
      source: SOURCES.countries,
      paint: {
        'fill-color': ['match', ['get', 'id'], 'country-156', palette.china, palette.foreign],
        'fill-outline-color': '#c9c4b6',
      },
    }),
    inGroup('basemap', {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCES.neighbours,
      paint: { 'fill-color': palette.neighbour, 'fill-outline-color': palette.prefectureBorder },
    }),
    inGroup('basemap', {
      id: 'counties-fill',
      type: 'fill',
      source: SOURCES.counties,
      paint: { 'fill-color': palette.prefecture },
    }),
    inGroup('basemap', {
      id: 'counties-line',
      type: 'line',
      source: SOURCES.counties,
      paint: { 'line-color': palette.countyLine, 'line-width': 1.2, 'line-dasharray': [4, 2] },
    }),
    inGroup('basemap', {
      id: 'border-prefecture',
      type: 'line',
      source: SOURCES.border,
      filter: ['==', ['get', 'kind'], 'prefecture'],
      paint: { 'line-color': palette.prefectureBorder, 'line-width': 2 },
    }),
    inGroup('basemap', {
      id: 'border-national',
      type: 'line',
      source: SOURCES.border,
      filter: ['==', ['get', 'kind'], 'national'],
      paint: {
        'line-color': palette.nationalBorder,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2, 11, 4],
        'line-dasharray': [3, 1, 1, 1],
      },
    }),
  ];
}

/**
 * Where a name that must not be hidden may go around its point, in order of preference. Right of the
 * dot first: if no place is clear, the name overlaps there, beside a badge's disc rather than over
 * its count (a badge sits on its park, and two county seats are in parks).
 */
const NAME_ANCHORS: (
  | 'top'
  | 'bottom'
  | 'left'
  | 'right'
  | 'top-left'
  | 'top-right'
  | 'bottom-left'
  | 'bottom-right'
)[] = ['right', 'left', 'top', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

/** Labels of the basemap: countries, prefecture, counties and towns (drawn above the thematic layers). */
export function basemapLabelLayers(): LayerSpecification[] {
  return [
    inGroup('basemap', {
      id: 'places-town',
      type: 'circle',
      source: SOURCES.places,
      filter: ['in', ['get', 'kind'], ['literal', ['town', 'county_seat']]],
      paint: {
        'circle-radius': ['match', ['get', 'kind'], 'county_seat', 4, 2.5],
        'circle-color': '#ffffff',
        'circle-stroke-color': palette.text,
        'circle-stroke-width': 1.2,
      },
    }),
    // County seats (景洪市, 勐海县, 勐腊县): never hidden by a badge. Each tries every anchor clear of what
    // is placed before it (park names, the badges' counts); if none is clear, a second pass takes the
    // first anchor that only overlaps a badge ('cooperative': a badge's count overlaps with 'always',
    // a park name with 'never', so a park name still wins its place).
    inGroup('basemap', {
      id: 'places-city-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: ['==', ['get', 'kind'], 'county_seat'],
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 13,
        'text-variable-anchor': NAME_ANCHORS,
        'text-radial-offset': 0.9,
        'text-overlap': 'cooperative',
      },
      paint: { ...textPaint, 'text-color': '#4a4a4a' },
    }),
    inGroup('basemap', {
      id: 'places-town-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: ['==', ['get', 'kind'], 'town'],
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        // Below its dot if there is room, else beside or above it: a park's badge may sit below.
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-optional': true,
      },
      paint: { ...textPaint, 'text-color': '#4a4a4a' },
    }),
    inGroup('basemap', {
      id: 'labels-region',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['in', ['get', 'kind'], ['literal', ['country', 'prefecture', 'county']]],
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': ['match', ['get', 'kind'], 'country', 18, 'county', 15, 14],
        'text-letter-spacing': 0.15,
        // Placed before the badges' counts (style.ts): centred if clear of park names, else moved aside.
        // 'never': a county seat's name keeps clear of it instead of printing over it.
        'text-variable-anchor': ['center', ...NAME_ANCHORS],
        'text-radial-offset': 1.2,
      },
      paint: {
        ...textPaint,
        'text-color': ['match', ['get', 'kind'], 'country', palette.foreignLabel, palette.regionText],
      },
    }),
  ];
}
