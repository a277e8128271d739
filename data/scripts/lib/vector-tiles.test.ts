/**
 * The tile archives the data build writes above its threshold: read back with the `pmtiles` package
 * (the reader the map would use) and decoded with @mapbox/vector-tile, they hold every node and park
 * with the fields the map's layers read, at the zooms the map draws them.
 */
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, Geometry } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { validateAndDerive } from './build';
import { NODE_TILE_FIELDS, NODES_FROM_ZOOM, nodeTiles, parkTiles, TILE_MAX_ZOOM } from './vector-tiles';

type Fc = FeatureCollection<Geometry, Record<string, unknown>>;
const outputs = validateAndDerive(join(import.meta.dirname, '..', '..'));
const nodes = outputs['nodes.geojson'] as Fc;
const parks = outputs['parks.geojson'] as Fc;

/** An archive in memory, read the way a server's Range answers would give it. */
const bytesSource = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
    // A copy: a Buffer's slice shares (and .buffer exposes) its whole pool.
    data: new Uint8Array(bytes.subarray(offset, offset + length)).buffer,
  }),
});

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

async function layerAt(archive: PMTiles, layer: string, z: number, x: number, y: number) {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return null;
  return new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[layer] ?? null;
}

describe('vector tiles (PMTiles) of the nodes and the parks', () => {
  it('every node is in the tile of its position from NODES_FROM_ZOOM on, with the fields the map reads', async () => {
    const archive = new PMTiles(bytesSource(nodeTiles(nodes)));
    const h = await archive.getHeader();
    expect([h.specVersion, h.tileType, h.maxZoom]).toEqual([3, 1, TILE_MAX_ZOOM]);
    for (const z of [NODES_FROM_ZOOM, TILE_MAX_ZOOM]) {
      const found = new Set<string>();
      const tiles = new Set(
        nodes.features.map((f) => {
          const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
          return `${lon2x(lon, z)}/${lat2y(lat, z)}`;
        }),
      );
      for (const key of tiles) {
        const [x, y] = key.split('/').map(Number) as [number, number];
        const layer = await layerAt(archive, 'nodes', z, x, y);
        if (!layer) throw new Error(`no nodes tile ${z}/${x}/${y}`);
        for (let i = 0; i < layer.length; i++) {
          const props = layer.feature(i).properties;
          found.add(String(props.id));
          for (const k of Object.keys(props)) expect(NODE_TILE_FIELDS).toContain(k);
        }
      }
      expect([...found].sort(), `z${z}`).toEqual(nodes.features.map((f) => String(f.properties.id)).sort());
    }
    // Nothing below it: the map draws a badge per park and the clustered outside.geojson there.
    expect(h.minZoom).toBe(NODES_FROM_ZOOM);
    const [lon = 0, lat = 0] = (nodes.features[0]?.geometry as GeoJSON.Point | undefined)?.coordinates ?? [];
    expect(await layerAt(archive, 'nodes', 8, lon2x(lon, 8), lat2y(lat, 8))).toBeFalsy();
  });

  it('every park outline is in its tile at the first view’s zoom, with its level', async () => {
    const archive = new PMTiles(bytesSource(parkTiles(parks)));
    const z = 8;
    const seen = new Set<string>();
    for (const f of parks.features) {
      const [w, s, e, n] = f.properties.bbox as number[];
      const layer = await layerAt(
        archive,
        'parks',
        z,
        lon2x(((w ?? 0) + (e ?? 0)) / 2, z),
        lat2y(((s ?? 0) + (n ?? 0)) / 2, z),
      );
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        const p = layer?.feature(i).properties;
        if (p && p.id === f.properties.id) {
          expect(p.level).toBe(f.properties.level);
          seen.add(String(p.id));
        }
      }
    }
    expect(seen.size).toBe(parks.features.length);
  });
});
