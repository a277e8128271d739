import type { GeoJSONSource, GeoJSONSourceDiff } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { ImportedLayer } from '@/store/workbench-slice';
import { ImportedPusher, PUSH_CHUNK, planPush } from './imported-push';

const points = (n: number): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { i },
    geometry: { type: 'Point', coordinates: [100 + i / n, 22] },
  })),
});
const layer = (
  id: string,
  data: GeoJSON.FeatureCollection,
  patch: Partial<ImportedLayer> = {},
): ImportedLayer => ({
  id,
  name: id,
  format: 'geojson',
  redline: false,
  visible: true,
  data,
  warnings: [],
  ...patch,
});

/** A source that records its diffs and keeps the features by key, as MapLibre's does. */
function fakeSource() {
  const diffs: GeoJSONSourceDiff[] = [];
  const held = new Map<string, GeoJSON.Feature>();
  const src = {
    updateData: async (d: GeoJSONSourceDiff) => {
      diffs.push(d);
      for (const id of d.remove ?? []) held.delete(String(id));
      for (const f of d.add ?? []) held.set(String(f.properties?.__key), f);
    },
  };
  return { diffs, held, get: () => src as unknown as GeoJSONSource };
}
const toMap = (l: ImportedLayer, f: GeoJSON.Feature, i: number) => ({
  ...f,
  properties: { ...f.properties, __key: `${l.id}/${i}` },
});
const keyOf = (l: string, i: number) => `${l}/${i}`;

describe('sending imported layers to the map', () => {
  it('sends a big layer in chunks, and nothing again when only its visibility or name changes', async () => {
    const s = fakeSource();
    const pusher = new ImportedPusher(s.get, toMap, keyOf);
    const big = layer('a', points(PUSH_CHUNK * 2 + 3));
    await pusher.push([big]);
    expect(s.diffs.map((d) => d.add?.length)).toEqual([PUSH_CHUNK, PUSH_CHUNK, 3]);
    expect(s.held.size).toBe(PUSH_CHUNK * 2 + 3);
    await pusher.push([{ ...big, visible: false, name: 'renamed' }]);
    expect(s.diffs).toHaveLength(3);
    await pusher.push([{ ...big, color: '#123456' }]);
    expect(s.diffs[3]?.remove).toHaveLength(PUSH_CHUNK * 2 + 3);
    expect(s.held.size).toBe(PUSH_CHUNK * 2 + 3);
    await pusher.push([]);
    expect(s.held.size).toBe(0);
  });

  it('a newer push supersedes one under way, and the source ends with exactly the newer layers', async () => {
    const s = fakeSource();
    const pusher = new ImportedPusher(s.get, toMap, keyOf);
    const a = layer('a', points(PUSH_CHUNK * 3));
    const b = layer('b', points(5));
    void pusher.push([a]);
    await pusher.push([b]);
    expect([...s.held.keys()].sort()).toEqual(['b/0', 'b/1', 'b/2', 'b/3', 'b/4']);
    expect(planPush(new Map(), [a, b]).add.map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('holds only the features its filter takes', async () => {
    const s = fakeSource();
    const mixed: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        ...points(2).features,
        {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 22],
              [101, 22],
            ],
          },
        },
      ],
    };
    const pusher = new ImportedPusher(s.get, toMap, keyOf, (f) => f.geometry?.type !== 'Point');
    await pusher.push([layer('m', mixed)]);
    expect([...s.held.keys()]).toEqual(['m/2']);
  });
});
