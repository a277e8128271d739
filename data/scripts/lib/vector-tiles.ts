/**
 * Vector tiles of the nodes and the parks, for data too large to send whole (the province's or the
 * nation's parks): sliced by MapLibre's own tiler (@maplibre/geojson-vt), encoded by @maplibre/vt-pbf,
 * gzipped and packed into PMTiles archives (pmtiles-writer.ts) that any static host serves with Range
 * requests. Nodes inside a park are drawn as dots only from NODES_FROM_ZOOM (below it the map shows one
 * badge per park), so the archive carries them from that zoom; nodes outside every park at every zoom.
 *
 * Written by the data build above TILE_THRESHOLD nodes or parks (never for the shipped data). The app
 * does not read the archives yet: `npm run bench` (scale part) measures them on the bare page.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import bbox from '@turf/bbox';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type PmtilesTile, writePmtiles } from './pmtiles-writer';

/** Above this many nodes (or parks) the build also writes nodes.pmtiles and parks.pmtiles. */
export const TILE_THRESHOLD = 20_000;
export const TILE_MAX_ZOOM = 12;
/** The map's NODES_FROM_ZOOM (src/map/layers/node-layers.ts; a test keeps the two equal). */
export const NODES_FROM_ZOOM = 10;

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

const bboxOf = (g: Geometry) => bbox(g) as [number, number, number, number];

/** Every tile from minZoom to maxZoom that some feature's box meets, with what it holds. */
function sliceLayer(fc: FeatureCollection, layer: string, minZoom: number, maxZoom: number): PmtilesTile[] {
  if (fc.features.length === 0) return [];
  const index = new GeoJSONVT(fc as GeoJSON.GeoJSON, {
    maxZoom,
    indexMaxZoom: Math.min(maxZoom, 6),
    indexMaxPoints: 100_000,
    tolerance: 3,
    extent: 4096,
    buffer: 64,
  });
  const boxes = fc.features.map((f) => bboxOf(f.geometry));
  const out: PmtilesTile[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const keys = new Set<string>();
    for (const [w, s, e, n] of boxes)
      for (let x = lon2x(w, z); x <= lon2x(e, z); x++)
        for (let y = lat2y(n, z); y <= lat2y(s, z); y++) keys.add(`${x}/${y}`);
    for (const key of keys) {
      const [x, y] = key.split('/').map(Number) as [number, number];
      const tile = index.getTile(z, x, y);
      if (!tile || tile.features.length === 0) continue;
      out.push({ z, x, y, data: gzipSync(fromGeojsonVt({ [layer]: tile }, { version: 2, extent: 4096 })) });
    }
  }
  return out;
}

function archive(tiles: PmtilesTile[], fc: FeatureCollection, layer: string, minZoom: number): Uint8Array {
  const boxes = fc.features.map((f) => bboxOf(f.geometry));
  const bounds: [number, number, number, number] = [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
  return writePmtiles(tiles, {
    tileCompression: 2,
    tileType: 1,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, minZoom],
    metadata: {
      vector_layers: [{ id: layer, minzoom: minZoom, maxzoom: TILE_MAX_ZOOM, fields: {} }],
    },
  });
}

type Fc = FeatureCollection<Geometry, Record<string, unknown>>;

/** What the map's layers read of a node and of a park (the rest stays in the GeoJSON and the catalogue). */
export const NODE_TILE_FIELDS = [
  'id',
  'kind',
  'industry',
  'link',
  'stage',
  'park',
  'in_park',
  'provenance',
  'leading',
  'status',
  'name_zh',
  'name_en',
];
export const PARK_TILE_FIELDS = [
  'id',
  'kind',
  'level',
  'extent',
  'schematic',
  'name_zh',
  'name_en',
  'short_zh',
  'short_en',
];

const pick = (fc: Fc, fields: string[]): Fc => ({
  ...fc,
  features: fc.features.map((f) => ({
    ...f,
    properties: Object.fromEntries(
      fields.filter((k) => f.properties[k] !== undefined).map((k) => [k, f.properties[k]]),
    ),
  })),
});

/**
 * nodes.pmtiles: every node from NODES_FROM_ZOOM to TILE_MAX_ZOOM. Below it the map draws a badge per
 * park and the nodes outside the parks from geo/outside.geojson (clustered), so no tile is needed.
 */
export function nodeTiles(all: Fc): Uint8Array {
  const nodes = pick(all, NODE_TILE_FIELDS);
  return archive(sliceLayer(nodes, 'nodes', NODES_FROM_ZOOM, TILE_MAX_ZOOM), nodes, 'nodes', NODES_FROM_ZOOM);
}

/** parks.pmtiles: the park outlines from z5 to TILE_MAX_ZOOM. */
export function parkTiles(parks: Fc): Uint8Array {
  const drawn = pick(
    { ...parks, features: parks.features.filter((f: Feature) => f.geometry) },
    PARK_TILE_FIELDS,
  );
  return archive(sliceLayer(drawn, 'parks', 5, TILE_MAX_ZOOM), drawn, 'parks', 5);
}
