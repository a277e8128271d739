import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateAndDerive } from '../../../data/scripts/lib/build';
import { outsideCollectionSchema } from '../schemas/catalog';
import { outsideNodes } from './outside-nodes';

const root = join(import.meta.dirname, '..', '..', '..');

describe('outsideNodes', () => {
  const nodes = validateAndDerive(join(root, 'data'))['nodes.geojson'] as FeatureCollection;

  it('keeps exactly the nodes outside every park, where they are, with what the map reads', () => {
    const out = outsideNodes(nodes);
    const want = nodes.features.filter((f) => f.properties?.in_park === false);
    expect(want.length).toBeGreaterThan(0);
    expect(out.features.map((f) => f.properties?.id)).toEqual(want.map((f) => f.properties?.id));
    expect(out.features.map((f) => f.geometry.coordinates)).toEqual(
      want.map((f) => (f.geometry as GeoJSON.Point).coordinates),
    );
    for (const f of out.features)
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(
        [
          'id',
          'in_park',
          'industry',
          'kind',
          'leading',
          'link',
          'name_en',
          'name_zh',
          'provenance',
          'stage',
        ].sort(),
      );
    expect(outsideCollectionSchema.safeParse(out).success).toBe(true);
  });

  it('is empty, and still a valid file, when every node is in a park', () => {
    const inside = { ...nodes, features: nodes.features.filter((f) => f.properties?.in_park !== false) };
    const out = outsideNodes(inside);
    expect(out.features).toEqual([]);
    expect(outsideCollectionSchema.safeParse(out).success).toBe(true);
  });
});
