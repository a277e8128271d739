import type { Position } from 'geojson';
import { closeRing } from '@/lib/geo/ring';
import { edgeMidpoints } from '@/lib/geo/vertex-ring';
import type { VertexEdit } from '@/store/workbench-slice';

type Fc = GeoJSON.FeatureCollection;

/**
 * A site being edited, as features: its outline, a handle per vertex (`role: 'vertex'`, `i`, `selected`)
 * and a smaller handle in the middle of each edge (`role: 'mid'`, `i`: the edge from vertex i) that
 * inserts a vertex there.
 */
export function editFeatures(editing: VertexEdit | null): Fc {
  if (!editing) return { type: 'FeatureCollection', features: [] };
  const { ring, selected } = editing;
  const point = (c: Position, properties: Record<string, unknown>): GeoJSON.Feature => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates: c },
  });
  const features: GeoJSON.Feature[] = [];
  if (ring.length >= 3)
    features.push({
      type: 'Feature',
      properties: { role: 'outline' },
      geometry: { type: 'Polygon', coordinates: [closeRing(ring)] },
    });
  edgeMidpoints(ring).forEach((c, i) => {
    features.push(point(c, { role: 'mid', i }));
  });
  ring.forEach((c, i) => {
    features.push(point(c, { role: 'vertex', i, selected: i === selected }));
  });
  return { type: 'FeatureCollection', features };
}

/** The snap indicator: one point, or nothing. */
export function snapFeatures(p: Position | null): Fc {
  return {
    type: 'FeatureCollection',
    features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }] : [],
  };
}
