/**
 * What the planner's imported layers mean for the checks and the camera (pure):
 *  - importedAreas: the polygons of the visible layers, each with an id and a "layer #n" name, so they
 *    can be checked like parks (red-line layers go with the protected areas, the others are checked
 *    against them and against the 一轴两翼 zones);
 *  - layerBounds: the box around a layer's features, for the camera after an import.
 */
import bbox from '@turf/bbox';
import type { ImportedLayer } from '@/store/workbench-slice';
import type { Area, IdFeature } from './site-metrics';

const isArea = (f: GeoJSON.Feature): f is GeoJSON.Feature<Area> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

export function importedAreas(layers: ImportedLayer[]): IdFeature<Area>[] {
  return layers
    .filter((l) => l.visible)
    .flatMap((l) =>
      l.data.features.filter(isArea).map((f, i) => ({
        ...f,
        properties: {
          ...f.properties,
          id: String(f.properties?.__id ?? `${l.id}#${i}`),
          name: `${l.name} #${i + 1}`,
        },
      })),
    );
}

/** Imported red lines join the protected areas; the other imported polygons are checked like parks. */
export function splitImported(layers: ImportedLayer[]): {
  redlines: IdFeature<Area>[];
  others: IdFeature<Area>[];
} {
  return {
    redlines: importedAreas(layers.filter((l) => l.redline)),
    others: importedAreas(layers.filter((l) => !l.redline)),
  };
}

/** [west, south, east, north] of a layer's features, or null when it has no coordinates. */
export function layerBounds(fc: GeoJSON.FeatureCollection): [number, number, number, number] | null {
  const withGeometry = fc.features.filter((f) => f.geometry !== null);
  if (withGeometry.length === 0) return null;
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: withGeometry });
  if (![w, s, e, n].every((v) => Number.isFinite(v))) return null;
  return [w, s, e, n] as [number, number, number, number];
}
