import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { palette } from '@/lib/palette';
import { SOURCES } from '../ids';
import { FONT, inGroup, textPaint } from './common';

const SKETCH = '#d62f9d';
const SITE = palette.site;
const IMPORTED = palette.imported;
const REDLINE = palette.redline;

/** Candidate sites, imported layers, and the live sketch of the measure / draw tools. */
export function workbenchLayers(): LayerSpecification[] {
  const importedOn: FilterSpecification = ['in', ['get', '__layer'], ['global-state', 'importedVisible']];
  const areaType: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  // Each layer's own colour (the layer list sets it: __color), else red lines red and the others purple.
  const importedColor = [
    'to-color',
    ['coalesce', ['get', '__color'], ['case', ['boolean', ['get', '__redline'], false], REDLINE, IMPORTED]],
  ] as unknown as string;
  // The imported feature whose attributes are shown (use-imported-selection.ts sets the global state).
  const picked: FilterSpecification = ['==', ['get', '__key'], ['global-state', 'importedSelected']];
  return [
    inGroup('planner', {
      id: 'imported-fill',
      type: 'fill',
      source: SOURCES.imported,
      filter: ['all', importedOn, areaType],
      paint: { 'fill-color': importedColor, 'fill-opacity': 0.18 },
    }),
    inGroup('planner', {
      id: 'imported-line',
      type: 'line',
      source: SOURCES.imported,
      filter: ['all', importedOn, ['!=', ['geometry-type'], 'Point']],
      paint: { 'line-color': importedColor, 'line-width': 2 },
    }),
    // Points come from the clustered source (only the shown layers' points are in it): clusters as
    // counted discs, single points as dots. MultiPoints stay in the imported source.
    inGroup('planner', {
      id: 'imported-cluster',
      type: 'circle',
      source: SOURCES.importedPoints,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': IMPORTED,
        // Opaque enough for the white count to keep 4.5:1 over any basemap fill.
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 10, 100, 14, 1000, 18, 10000, 24],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    }),
    inGroup('planner', {
      id: 'imported-cluster-count',
      type: 'symbol',
      source: SOURCES.importedPoints,
      filter: ['has', 'point_count'],
      // Digits only (point_count_abbreviated would write "12k" in the Chinese map too).
      layout: { 'text-field': ['to-string', ['get', 'point_count']], 'text-font': FONT, 'text-size': 12 },
      paint: { 'text-color': '#fff' },
    }),
    inGroup('planner', {
      id: 'imported-multipoint',
      type: 'circle',
      source: SOURCES.imported,
      // The imported source holds no single points (they are in importedPoints): these are MultiPoints.
      filter: ['all', importedOn, ['==', ['geometry-type'], 'Point']],
      paint: {
        'circle-color': importedColor,
        'circle-radius': 5,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    }),
    inGroup('planner', {
      id: 'imported-point',
      type: 'circle',
      source: SOURCES.importedPoints,
      filter: ['all', ['!', ['has', 'point_count']], importedOn],
      paint: {
        'circle-color': importedColor,
        'circle-radius': 5,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
      },
    }),
    inGroup('planner', {
      id: 'imported-picked-line',
      type: 'line',
      source: SOURCES.imported,
      filter: ['all', importedOn, picked, ['!=', ['geometry-type'], 'Point']],
      paint: { 'line-color': palette.hover, 'line-width': 4 },
    }),
    inGroup('planner', {
      id: 'imported-picked-point',
      type: 'circle',
      source: SOURCES.importedPoints,
      filter: ['all', ['!', ['has', 'point_count']], importedOn, picked],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 9,
        'circle-stroke-color': palette.hover,
        'circle-stroke-width': 3,
      },
    }),
    inGroup('planner', {
      id: 'sites-fill',
      type: 'fill',
      source: SOURCES.sites,
      paint: { 'fill-color': SITE, 'fill-opacity': 0.25 },
    }),
    inGroup('planner', {
      id: 'sites-line',
      type: 'line',
      source: SOURCES.sites,
      paint: { 'line-color': SITE, 'line-width': 2.5 },
    }),
    inGroup('planner', {
      id: 'sites-label',
      type: 'symbol',
      source: SOURCES.sites,
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12 },
      paint: { ...textPaint, 'text-color': '#8a3a00' },
    }),
    {
      id: 'sketch-fill',
      type: 'fill',
      source: SOURCES.sketch,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': SKETCH, 'fill-opacity': 0.15 },
    },
    {
      id: 'sketch-line',
      type: 'line',
      source: SOURCES.sketch,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': SKETCH, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    },
    {
      id: 'sketch-vertex',
      type: 'circle',
      source: SOURCES.sketch,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': '#fff',
        'circle-radius': 4.5,
        'circle-stroke-color': SKETCH,
        'circle-stroke-width': 2,
      },
    },
    ...editLayers(),
  ];
}

/**
 * A saved site's vertices while they are edited (src/map/sync/use-vertex-edit.ts drags them), and the
 * snap indicator. Named `sketch-*`: like the sketch, always on, in no legend group.
 */
function editLayers(): LayerSpecification[] {
  const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r];
  return [
    {
      id: 'sketch-edit-line',
      type: 'line',
      source: SOURCES.edit,
      filter: role('outline'),
      paint: { 'line-color': SKETCH, 'line-width': 2.5 },
    },
    {
      id: 'sketch-edit-mid',
      type: 'circle',
      source: SOURCES.edit,
      filter: role('mid'),
      paint: {
        'circle-color': SKETCH,
        'circle-opacity': 0.55,
        'circle-radius': 4,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'sketch-edit-vertex',
      type: 'circle',
      source: SOURCES.edit,
      filter: role('vertex'),
      paint: {
        'circle-color': ['case', ['boolean', ['get', 'selected'], false], SKETCH, '#fff'],
        'circle-radius': 6.5,
        'circle-stroke-color': SKETCH,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'sketch-snap',
      type: 'circle',
      source: SOURCES.snap,
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': 9,
        'circle-stroke-color': SKETCH,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
