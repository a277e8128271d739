/**
 * KML 2.2 with @placemarkio/tokml: a placemark's <name> from the feature's name attribute, its
 * <description> listing the attributes as "key: value" lines, and every attribute kept in <ExtendedData>.
 */
import { toKML } from '@placemarkio/tokml';
import type { ExportLayer } from './types';

/** The attribute a feature's name is read from, in order of preference. */
const NAME_KEYS = ['name', '名称', 'NAME', 'Name', 'name_zh', 'name_en', '名字'];

export function writeKml(layer: ExportLayer): string {
  return toKML({
    type: 'FeatureCollection',
    features: layer.features.map((f) => {
      const attrs = f.properties ?? {};
      const key = NAME_KEYS.find((k) => attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== '');
      const lines = Object.entries(attrs)
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => `${k}: ${String(v)}`);
      // tokml takes `name` and `description` out of the attributes: keep a planner's own ones in
      // ExtendedData under other keys only when they would otherwise be lost.
      const { name: _n, description: ownDescription, ...rest } = attrs;
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          ...(key ? { name: String(attrs[key]) } : {}),
          description:
            ownDescription !== undefined && ownDescription !== null
              ? String(ownDescription)
              : lines.join('\n'),
          // tokml writes null as the word "null": an empty value reads back as empty.
          ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? ''])),
        },
      };
    }),
  });
}
