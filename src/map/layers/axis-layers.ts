import type { LayerSpecification } from 'maplibre-gl';
import { SOURCES } from '../ids';
import { palette } from '@/lib/palette';
import { FONT, hovered, inGroup, nameExpr, selected, textPaint } from './common';

/** 一轴: the corridor and its three channels (river, railway with stations, expressway). */
export function axisLayers(): LayerSpecification[] {
  return [
    inGroup('axis', {
      id: 'zones-axis-fill',
      type: 'fill',
      source: SOURCES.zones,
      filter: ['==', ['get', 'kind'], 'axis'],
      paint: { 'fill-color': palette.axis, 'fill-opacity': 0.16 },
    }),
    inGroup('axis', {
      id: 'zones-axis-line',
      type: 'line',
      source: SOURCES.zones,
      filter: ['==', ['get', 'kind'], 'axis'],
      paint: { 'line-color': palette.axis, 'line-width': 1.2, 'line-opacity': 0.8 },
    }),
    inGroup('axis', {
      id: 'lines-river',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'kind'], 'river'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.water,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 2, 12, 6],
      },
    }),
    inGroup('axis', {
      id: 'lines-expressway',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'kind'], 'expressway'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.expressway,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 4],
        'line-dasharray': [2, 1],
      },
    }),
    inGroup('axis', {
      id: 'lines-railway-casing',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'kind'], 'railway'],
      paint: {
        'line-color': palette.railway,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 3, 12, 6],
      },
    }),
    inGroup('axis', {
      id: 'lines-railway',
      type: 'line',
      source: SOURCES.lines,
      filter: ['==', ['get', 'kind'], 'railway'],
      paint: {
        'line-color': '#ffffff',
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 1.5, 12, 3.5],
        'line-dasharray': [3, 3],
      },
    }),
    inGroup('axis', {
      id: 'lines-label',
      type: 'symbol',
      source: SOURCES.lines,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-offset': [0, -0.9],
      },
      paint: {
        ...textPaint,
        'text-color': [
          'match',
          ['get', 'kind'],
          'river',
          palette.riverText,
          'expressway',
          palette.expresswayText,
          palette.railway,
        ],
      },
    }),
    inGroup('axis', {
      id: 'places-station',
      type: 'circle',
      source: SOURCES.places,
      filter: ['==', ['get', 'kind'], 'station'],
      paint: {
        'circle-radius': ['case', hovered, 7, 5],
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', selected, palette.selected, hovered, palette.hover, palette.station],
        'circle-stroke-width': ['case', selected, 3.5, 2.5],
      },
    }),
    inGroup('axis', {
      id: 'places-station-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: ['==', ['get', 'kind'], 'station'],
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-optional': true,
      },
      paint: textPaint,
    }),
  ];
}

/** 两翼: the two wings as zones. */
export function wingLayers(): LayerSpecification[] {
  return [
    inGroup('wings', {
      id: 'zones-wing-fill',
      type: 'fill',
      source: SOURCES.zones,
      filter: ['==', ['get', 'kind'], 'wing'],
      // Teal and outlined in long dashes, unlike the protected areas' green fill: a wing is a planning
      // zone, not a protected one.
      paint: { 'fill-color': palette.wing, 'fill-opacity': 0.08 },
    }),
    inGroup('wings', {
      id: 'zones-wing-line',
      type: 'line',
      source: SOURCES.zones,
      filter: ['==', ['get', 'kind'], 'wing'],
      paint: { 'line-color': palette.wing, 'line-width': 2, 'line-dasharray': [5, 2] },
    }),
    inGroup('wings', {
      id: 'zones-wing-label',
      type: 'symbol',
      source: SOURCES.labels,
      filter: ['==', ['get', 'kind'], 'zone-wing'],
      layout: {
        'text-field': nameExpr(),
        'text-font': FONT,
        'text-size': 12,
        'text-max-width': 8,
        // The west wing's centre is the Menghai park: let the label move clear of the park's name.
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'],
        'text-radial-offset': 3,
      },
      paint: { ...textPaint, 'text-color': '#2f6b47' },
    }),
  ];
}
