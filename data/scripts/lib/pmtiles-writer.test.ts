import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { type PmtilesTile, writePmtiles } from './pmtiles-writer';

const source = (bytes: Uint8Array): Source => ({
  getKey: () => 'memory',
  getBytes: async (offset: number, length: number): Promise<RangeResponse> => ({
    data: new Uint8Array(bytes.subarray(offset, offset + length)).buffer,
  }),
});

const options = {
  tileCompression: 1 as const,
  tileType: 1 as const,
  bounds: [97, 21, 106, 29] as [number, number, number, number],
  center: [101, 25, 8] as [number, number, number],
  metadata: { vector_layers: [] },
};

describe('the PMTiles writer', () => {
  it('too many tiles for the root directory: leaf directories, every tile read back by the pmtiles reader', async () => {
    // Sparse tiles of uneven sizes: directories that do not compress to almost nothing.
    const tiles: PmtilesTile[] = [];
    let seed = 0x9e3779b9;
    const rand = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    for (let x = 0; x < 160; x++)
      for (let y = 0; y < 160; y++) {
        if (rand() < 0.3) continue;
        const pad = '.'.repeat(Math.floor(rand() * 3000));
        tiles.push({ z: 12, x: 3000 + x, y: 1700 + y, data: new TextEncoder().encode(`t${x},${y}${pad}`) });
      }
    const kept = new Map(tiles.map((t) => [`${t.x - 3000},${t.y - 1700}`, new TextDecoder().decode(t.data)]));
    const bytes = writePmtiles(tiles, options);
    const archive = new PMTiles(source(bytes));
    const h = await archive.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryLength).toBeLessThanOrEqual(16_384 - 127);
    expect(h.numAddressedTiles).toBe(tiles.length);
    let read = 0;
    for (let x = 0; x < 160; x += 7)
      for (let y = 0; y < 160; y += 5) {
        const t = await archive.getZxy(12, 3000 + x, 1700 + y);
        const want = kept.get(`${x},${y}`);
        if (want === undefined) expect(t, `${x},${y}`).toBeUndefined();
        else expect(new TextDecoder().decode(t?.data), `${x},${y}`).toBe(want);
        read++;
      }
    expect(read).toBeGreaterThan(500);
    expect(await archive.getZxy(12, 2999, 1700)).toBeUndefined();
  });

  it('stores identical tiles once, consecutive ones as a run', async () => {
    const same = new TextEncoder().encode('sea');
    const tiles = [0, 1, 2, 3].map((x) => ({ z: 2, x, y: 0, data: same }));
    const archive = new PMTiles(source(writePmtiles(tiles, options)));
    const h = await archive.getHeader();
    expect(h.numTileContents).toBe(1);
    for (const x of [0, 1, 2, 3])
      expect(new TextDecoder().decode((await archive.getZxy(2, x, 0))?.data)).toBe('sea');
  });
});
