import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateAndDerive } from '../../../data/scripts/lib/build';
import { outsideCollectionSchema } from '../schemas/catalog';
import { outsideNodes } from './outside-nodes';

const root = join(import.meta.dirname, '..', '..', '..');

describe('outsideNodes', () => {
  const out0 = validateAndDerive(join(root, 'data'));
  const nodes = out0['nodes.geojson'] as FeatureCollection;
  const links = (out0['catalog.json'] as { links: { id: string }[] }).links;

  it('keeps exactly the nodes outside every park, where they are, with what the map reads', () => {
    const out = outsideNodes(nodes, links);
    const want = nodes.features.filter((f) => f.properties?.in_park === false);
    expect(want.length).toBeGreaterThan(0);
    expect(out.features.map((f) => f.properties?.id)).toEqual(want.map((f) => f.properties?.id));
    expect(out.features.map((f) => f.geometry.coordinates)).toEqual(
      want.map((f) => (f.geometry as GeoJSON.Point).coordinates),
    );
    for (const f of out.features)
      expect(Object.keys(f.properties ?? {}).sort()).toEqual(
        [
          'ck',
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
    // Its cluster key: the link's place in the catalogue × 2, + 1 when public.
    for (const f of out.features) {
      const p = f.properties as { ck: number; link: string; provenance: string };
      const i = links.findIndex((l) => l.id === p.link);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(p.ck).toBe(i * 2 + (p.provenance === 'official' || p.provenance === 'public' ? 1 : 0));
    }
  });

  it('keys a link the catalogue lacks as -1 (counted by no cluster key)', () => {
    const odd = {
      ...nodes,
      features: nodes.features
        .filter((f) => f.properties?.in_park === false)
        .map((f) => ({ ...f, properties: { ...f.properties, link: 'no-such-link' } })),
    };
    expect(outsideNodes(odd, links).features.map((f) => f.properties?.ck)).toEqual(
      odd.features.map(() => -1),
    );
  });

  it('is empty, and still a valid file, when every node is in a park', () => {
    const inside = { ...nodes, features: nodes.features.filter((f) => f.properties?.in_park !== false) };
    const out = outsideNodes(inside, links);
    expect(out.features).toEqual([]);
    expect(outsideCollectionSchema.safeParse(out).success).toBe(true);
  });
});
