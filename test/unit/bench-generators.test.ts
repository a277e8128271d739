/**
 * The benchmark's generator at a tiny size (npm run bench runs it with 20,000 nodes): its rows follow
 * the real nodes.csv header, pass the data build (validation and the app's schemas), and are the same
 * on every run.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendSyntheticNodes,
  csvHeader,
  type NodeRecord,
  nodeCsvLines,
  type SynthInput,
  synthInput,
  syntheticNodes,
} from '../../bench/synthetic-nodes';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { addSyntheticParks, syntheticParks, YUNNAN_BBOX } from '../../bench/synthetic-parks';
import { buildGeo, validateAndDerive, writeGeo } from '../../data/scripts/lib/build';
import type { BuiltPark, Catalog } from '../../src/lib/schemas/catalog';
import { NODE_COLUMNS } from '../../data/scripts/lib/load-records';

const root = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-bench-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// Enough nodes that every park gets dozens, so a position rule the generator breaks shows up.
const N = 300;

let input: SynthInput;
let realCount: number;
let template: BuiltPark;
beforeAll(() => {
  const out = validateAndDerive(join(root, 'data'));
  template = (out['catalog.json'] as Catalog).parks.find((p) => p.extent === 'polygon') as BuiltPark;
  input = synthInput(out['parks.geojson'], out['catalog.json'], out['counties.geojson']);
  realCount = (out['nodes.geojson'] as { features: unknown[] }).features.length;
});

describe('bench: synthetic nodes', () => {
  it('reads the column order from the real header of data/nodes.csv', () => {
    expect(csvHeader(join(root, 'data', 'nodes.csv'))).toEqual([...NODE_COLUMNS]);
  });

  it(`writes ${N} nodes into a copy of data/ that the data build accepts, each inside its park`, () => {
    const data = join(tmp, 'data');
    cpSync(join(root, 'data'), data, {
      recursive: true,
      filter: (p) => !p.startsWith(join(root, 'data', 'scripts')),
    });
    const nodes = syntheticNodes(N, input);
    appendSyntheticNodes(data, nodes);
    // The same build as `npm run build:data`: validation, derivation, the app's schemas, writing.
    const { manifest } = buildGeo(data, join(tmp, 'geo'));
    expect(manifest.files.find((f) => f.file === 'nodes.geojson')?.count).toBe(realCount + N);
    const built = JSON.parse(readFileSync(join(tmp, 'geo', 'nodes.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const synthetic = built.features.filter((f) => String(f.properties.id).startsWith('syn-'));
    expect(synthetic).toHaveLength(N);
    for (const f of synthetic) {
      expect(f.properties.provenance).toBe('sample');
      expect(f.properties.name_zh).toMatch(/^示例/);
      expect(f.properties.name_en).toMatch(/^Sample /);
      expect(f.properties.in_park).toBe(true);
    }
  });

  it('is deterministic: the same seed gives the same rows, another seed other rows', () => {
    const lines = (seed?: number) => nodeCsvLines(NODE_COLUMNS, syntheticNodes(N, input, seed));
    expect(lines()).toEqual(lines());
    expect(lines(7)).toEqual(lines(7));
    expect(lines(7)).not.toEqual(lines());
  });

  it('fills every column by name, whatever the order, and quotes cells with commas', () => {
    const [node] = syntheticNodes(1, input);
    if (!node) throw new Error('no node');
    const header = [...NODE_COLUMNS].reverse();
    const [line] = nodeCsvLines(header, [{ ...node, name_en: 'Sample, with a comma' }]);
    const cells = Papa.parse<string[]>(line ?? '').data[0] ?? [];
    expect(Object.fromEntries(header.map((c, i) => [c, cells[i]]))).toEqual({
      ...node,
      name_en: 'Sample, with a comma',
    });
  });

  it('stops with a clear error on a column it cannot fill', () => {
    const [node] = syntheticNodes(1, input);
    if (!node) throw new Error('no node');
    expect(() => nodeCsvLines([...NODE_COLUMNS, 'rating'], [node])).toThrow(
      'nodes.csv has a column "rating" that the node record schema (src/lib/schemas/records.ts) does not know',
    );
    // A required field the generator would no longer fill (as if the schema had gained it).
    const { park: _park, ...noPark } = node;
    expect(() => nodeCsvLines(NODE_COLUMNS, [noPark as NodeRecord])).toThrow(
      'nodes.csv column "park" is required by the node record schema, but bench/synthetic-nodes.ts does not fill it',
    );
    // A field the schema lets be empty is written empty.
    const { note: _note, ...noNote } = node;
    expect(nodeCsvLines(['id', 'note'], [noNote as NodeRecord])).toEqual([`${node.id},`]);
  });
});

describe('bench: synthetic parks (the 2,500-park scale)', () => {
  const PARKS = 25;
  it(`adds ${PARKS} parks over Yunnan that pass the app's schemas, and moves nodes into them`, () => {
    const data = join(tmp, 'data-parks');
    cpSync(join(root, 'data'), data, {
      recursive: true,
      filter: (p) => !p.startsWith(join(root, 'data', 'scripts')),
    });
    appendSyntheticNodes(data, syntheticNodes(N, input));
    const scaled = addSyntheticParks(validateAndDerive(data), PARKS);
    // writeGeo checks each file against the schema the app parses it with, as the data build does.
    const { manifest } = writeGeo(scaled, join(tmp, 'geo-parks'));
    const count = (f: string) => manifest.files.find((x) => x.file === f)?.count;
    expect(count('parks.geojson')).toBe(7 + PARKS);
    expect(count('nodes.geojson')).toBe(realCount + N);
    const catalog = JSON.parse(readFileSync(join(tmp, 'geo-parks', 'catalog.json'), 'utf8')) as {
      parks: { id: string; provenance: string; level: string; leading: string[]; name_en: string }[];
    };
    const synthetic = catalog.parks.filter((p) => p.id.startsWith('syn-park-'));
    expect(synthetic).toHaveLength(PARKS);
    expect(new Set(synthetic.map((p) => p.level))).toEqual(
      new Set(['national', 'provincial', 'prefectural']),
    );
    for (const p of synthetic) {
      expect(p.provenance).toBe('sample');
      expect(p.name_en).toMatch(/^Sample /);
      expect(p.leading.length).toBeGreaterThan(0);
    }
    const parks = JSON.parse(
      readFileSync(join(tmp, 'geo-parks', 'parks.geojson'), 'utf8'),
    ) as FeatureCollection<Polygon, { id: string }>;
    const byId = new Map(parks.features.map((f) => [f.properties.id, f]));
    const nodes = JSON.parse(
      readFileSync(join(tmp, 'geo-parks', 'nodes.geojson'), 'utf8'),
    ) as FeatureCollection<Point, { id: string; park: string; in_park: boolean }>;
    const near = nodes.features.filter((f) => f.properties.park.startsWith('syn-park-'));
    const moved = near.filter((f) => f.properties.in_park);
    const outside = near.filter((f) => !f.properties.in_park);
    expect(moved.length).toBeGreaterThan(N / 2);
    // Some near a park but outside its outline (the clusters' nodes), each in the outside file.
    expect(outside.length).toBeGreaterThan(N / 40);
    const outsideFile = JSON.parse(readFileSync(join(tmp, 'geo-parks', 'outside.geojson'), 'utf8')) as {
      features: { properties: { id: string } }[];
    };
    const listed = new Set(outsideFile.features.map((f) => f.properties.id));
    for (const f of near) {
      const park = byId.get(f.properties.park);
      if (!park) throw new Error(`node ${f.properties.id} in an unknown park`);
      expect(booleanPointInPolygon(f.geometry.coordinates, park)).toBe(f.properties.in_park);
      expect(listed.has(f.properties.id)).toBe(!f.properties.in_park);
      // In a park: over Yunnan (those outside lie up to some 20 km from a park, so may cross its box).
      const [lon, lat] = f.geometry.coordinates as [number, number];
      if (f.properties.in_park) {
        expect(lon).toBeGreaterThan(YUNNAN_BBOX[0]);
        expect(lat).toBeLessThan(YUNNAN_BBOX[3]);
      }
    }
    // The badge counts written with them count the nodes where they were moved to.
    const cells = JSON.parse(readFileSync(join(tmp, 'geo-parks', 'node-cells.json'), 'utf8')) as {
      park: string;
      n: number;
    }[];
    const inSynthetic = cells.filter((c) => c.park.startsWith('syn-park-')).reduce((a, c) => a + c.n, 0);
    expect(inSynthetic).toBe(near.length);
    expect(cells.reduce((a, c) => a + c.n, 0)).toBe(nodes.features.length);
  });

  it('is deterministic', () => {
    const a = syntheticParks(10, template, ['tea', 'rubber']);
    expect(syntheticParks(10, template, ['tea', 'rubber'])).toEqual(a);
    expect(syntheticParks(10, template, ['tea', 'rubber'], 1)).not.toEqual(a);
  });
});
