/**
 * What the planner's imported layers mean for the checks and the camera (pure):
 *  - featureName: an imported feature's own name (名称, NAME, name, Name, MC, 地块名称, 项目名称: the
 *    first one found), for the checks list, every CSV, the attribute card and table;
 *  - importedAreas: the polygons of the visible layers, each with an id and its own name (else
 *    "layer #n", n its place in the layer) and the layer's name, so they can be checked like parks
 *    (red-line layers go with the protected areas, the others are checked against them and against
 *    the 一轴两翼 zones);
 *  - layerBounds: the box around a layer's features, for the camera after an import.
 */
import bbox from '@turf/bbox';
import type { ImportedLayer } from '@/store/workbench-slice';
import type { Area, IdFeature } from './site-metrics';

const isArea = (f: GeoJSON.Feature): f is GeoJSON.Feature<Area> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** The attribute fields that hold a feature's own name, in the order they are looked for. */
export const NAME_FIELDS = ['名称', 'NAME', 'name', 'Name', 'MC', '地块名称', '项目名称'] as const;

/** A feature's own name: the first name field with a value that is not blank; null when none has one. */
export function featureName(properties: GeoJSON.GeoJsonProperties): string | null {
  if (!properties) return null;
  for (const k of NAME_FIELDS) {
    const v = properties[k];
    if ((typeof v === 'string' && v.trim() !== '') || (typeof v === 'number' && Number.isFinite(v)))
      return String(v).trim();
  }
  return null;
}

/** What an imported feature is called: its own name, else "layer #n" (n: its place in the layer, from 1). */
export const importedFeatureName = (layerName: string, f: GeoJSON.Feature, index: number): string =>
  featureName(f.properties) ?? `${layerName} #${index + 1}`;

export function importedAreas(layers: ImportedLayer[]): IdFeature<Area>[] {
  return layers
    .filter((l) => l.visible)
    .flatMap((l) =>
      l.data.features.flatMap((f, i) => {
        if (!isArea(f)) return [];
        const name = importedFeatureName(l.name, f, i);
        return [
          {
            ...f,
            properties: {
              ...f.properties,
              id: String(f.properties?.__id ?? `${l.id}#${i}`),
              name,
              name_zh: name,
              name_en: name,
              layer_name: l.name,
            },
          },
        ];
      }),
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
