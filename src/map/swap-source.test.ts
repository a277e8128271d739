import type { Map as MlMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { swapToGeoJson } from './swap-source';

/** A stand-in map that keeps its layers in order, as MapLibre's style does. */
function fakeMap(layers: { id: string; source?: string; 'source-layer'?: string }[]) {
  let list = [...layers];
  const sources: Record<string, unknown> = { nodes: { type: 'vector' }, parks: { type: 'vector' } };
  const map = {
    getStyle: () => ({ layers: list }),
    removeLayer: (id: string) => {
      list = list.filter((l) => l.id !== id);
    },
    removeSource: (id: string) => {
      if (list.some((l) => l.source === id)) throw new Error(`${id} still has layers`);
      delete sources[id];
    },
    addSource: (id: string, spec: unknown) => {
      sources[id] = spec;
    },
    addLayer: (l: { id: string }, before?: string) => {
      const i = before ? list.findIndex((x) => x.id === before) : -1;
      list = i < 0 ? [...list, l] : [...list.slice(0, i), l, ...list.slice(i)];
    },
  };
  return { map: map as unknown as MlMap, layers: () => list, sources };
}

describe('swapToGeoJson', () => {
  it('renews a tiled source as GeoJSON, its layers where they were and without source-layer; others untouched', () => {
    const f = fakeMap([
      { id: 'bg' },
      { id: 'parks-fill', source: 'parks', 'source-layer': 'parks' },
      { id: 'nodes-badge', source: 'nodes', 'source-layer': 'nodes' },
      { id: 'nodes-point', source: 'nodes', 'source-layer': 'nodes' },
      { id: 'labels', source: 'labels' },
      { id: 'nodes-label', source: 'nodes', 'source-layer': 'nodes' },
    ]);
    const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    swapToGeoJson(f.map, 'nodes', data);
    expect(f.layers().map((l) => l.id)).toEqual([
      'bg',
      'parks-fill',
      'nodes-badge',
      'nodes-point',
      'labels',
      'nodes-label',
    ]);
    expect(
      f
        .layers()
        .filter((l) => l.source === 'nodes')
        .every((l) => !('source-layer' in l)),
    ).toBe(true);
    expect(f.layers().find((l) => l.id === 'parks-fill')?.['source-layer']).toBe('parks');
    expect(f.sources.nodes).toEqual({ type: 'geojson', data, promoteId: 'id' });
    expect(f.sources.parks).toEqual({ type: 'vector' });
  });
});
