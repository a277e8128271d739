import type { Map as MlMap } from 'maplibre-gl';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '@/store/app-store';
import { pointerVertex, Snapper } from './snap-target';
import { importedKey } from './sync/use-workbench-sources';

/** A flat stand-in for the map: 1,000 px a degree, y down; hits are what queryRenderedFeatures returns. */
function fakeMap(hits: { source: string; properties: Record<string, unknown> }[]) {
  const park: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'p1' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100.123457, 22.000001],
              [100.2, 22],
              [100.2, 22.1],
              [100.123457, 22.000001],
            ],
          ],
        },
      },
    ],
  };
  const map = {
    getLayer: (id: string) => ({ id }),
    getLayoutProperty: () => 'visible',
    queryRenderedFeatures: () =>
      hits.map((h) => ({ ...h, layer: { id: `${h.source}-fill`, source: h.source } })),
    project: ([lon, lat]: [number, number]) => ({ x: lon * 1000, y: -lat * 1000 }),
    unproject: ([x, y]: [number, number]) => ({ lng: x / 1000, lat: -y / 1000 }),
    getSource: (id: string) => (id === 'parks' ? { getData: () => Promise.resolve(park) } : undefined),
  };
  return map as unknown as MlMap;
}

const triangle: GeoJSON.Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [100.3, 22],
      [100.4, 22],
      [100.4, 22.1],
      [100.3, 22],
    ],
  ],
};

beforeEach(() => {
  useAppStore.setState({
    ...initialState(),
    sites: [{ id: 's1', name: 'A', created: '', geometry: triangle as never }],
    imported: [
      {
        id: 'L',
        name: 'L',
        format: 'geojson',
        redline: false,
        visible: true,
        warnings: [],
        data: {
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [100.5, 22.5] } },
            { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [100.5004, 22.5] } },
          ],
        },
      },
    ],
  });
});

const at = (lon: number, lat: number) => ({ x: lon * 1000, y: -lat * 1000 });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('Snapper', () => {
  it('snaps onto a park vertex exactly, from the data (not the tiles), within 10 px', async () => {
    const s = new Snapper(fakeMap([{ source: 'parks', properties: { id: 'p1' } }]));
    s.preload();
    await flush();
    expect(s.snap(at(100.1234 + 0.004, 22.003))).toEqual([100.123457, 22.000001]);
    // 11 px away: no snap.
    expect(s.snap(at(100.123457 + 0.011, 22.000001))).toBeNull();
  });
  it('snaps onto another site, but not onto the site being edited', () => {
    const map = fakeMap([{ source: 'sites', properties: { id: 's1' } }]);
    const s = new Snapper(map);
    expect(s.snap(at(100.403, 22.098))).toEqual([100.4, 22.1]);
    expect(s.snap(at(100.403, 22.098), { excludeSite: 's1' })).toBeNull();
  });
  it('snaps onto an imported feature named by its map key, the nearest of two', () => {
    const s = new Snapper(
      fakeMap([
        { source: 'imported', properties: { __layer: 'L', __key: importedKey('L', 0) } },
        { source: 'imported', properties: { __layer: 'L', __key: importedKey('L', 1) } },
      ]),
    );
    expect(s.snap(at(100.5003, 22.5))).toEqual([100.5004, 22.5]);
    expect(s.snap(at(100.5001, 22.5))).toEqual([100.5, 22.5]);
  });
  it('finds an imported vertex without a key through the layer’s feature boxes', () => {
    const s = new Snapper(fakeMap([{ source: 'imported', properties: { __layer: 'L' } }]));
    expect(s.snap(at(100.5001, 22.5001))).toEqual([100.5, 22.5]);
  });
  it('Alt places the point where the pointer is (rounded to 1e-6°)', () => {
    const map = fakeMap([{ source: 'sites', properties: { id: 's1' } }]);
    const e = (altKey: boolean) => ({
      point: at(100.403, 22.098),
      lngLat: { lng: 100.4030004, lat: 22.0979996 },
      originalEvent: { altKey } as unknown as Event,
    });
    expect(pointerVertex(map, e(false))).toEqual({ p: [100.4, 22.1], snapped: true });
    expect(pointerVertex(map, e(true))).toEqual({ p: [100.403, 22.098], snapped: false });
  });
});
