/**
 * Writes a PMTiles v3 archive (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the
 * 127-byte header, a root directory (and leaf directories when the root would not fit in the first
 * 16 KiB), JSON metadata, then the tiles in tile-id order. Directories and metadata are gzipped; tiles
 * are passed in already compressed as `tileCompression` says. Tile ids (the Hilbert order the format
 * uses) come from the `pmtiles` package's own zxyToTileId, so the reader and the writer agree.
 */
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface PmtilesOptions {
  /** 1 none, 2 gzip (the tiles' own compression, as passed in). */
  tileCompression: 1 | 2;
  /** 1 MVT. */
  tileType: 1;
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const ROOT_MAX = 16_384 - 127;

function varint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

function serializeDirectory(entries: Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(out, e.runLength);
  for (const e of entries) varint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    if (i > 0 && prev && e.offset === prev.offset + prev.length) varint(out, 0);
    else varint(out, e.offset + 1);
  });
  return gzipSync(Uint8Array.from(out), { level: 9 });
}

/** The root directory, and the leaves it points to when the entries do not fit in one root. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = serializeDirectory(entries);
  if (root.length <= ROOT_MAX) return { root, leaves: new Uint8Array(0) };
  for (let size = 4096; ; size *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += size) {
      const chunk = entries.slice(i, i + size);
      const leaf = serializeDirectory(chunk);
      rootEntries.push({ tileId: (chunk[0] as Entry).tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const r = serializeDirectory(rootEntries);
    if (r.length <= ROOT_MAX) return { root: r, leaves: Buffer.concat(leafParts) };
  }
}

function u64(view: DataView, at: number, n: number): void {
  view.setBigUint64(at, BigInt(n), true);
}

/** The archive as bytes. Identical tiles are stored once (and consecutive ones as one run). */
export function writePmtiles(tiles: PmtilesTile[], o: PmtilesOptions): Uint8Array {
  const sorted = tiles
    .map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  for (const t of sorted) {
    const key = Buffer.from(t.data).toString('base64');
    const prev = entries[entries.length - 1];
    const known = seen.get(key);
    if (known && prev && prev.offset === known.offset && prev.tileId + prev.runLength === t.tileId) {
      prev.runLength++;
      continue;
    }
    if (known) {
      entries.push({ tileId: t.tileId, offset: known.offset, length: known.length, runLength: 1 });
      continue;
    }
    seen.set(key, { offset, length: t.data.length });
    entries.push({ tileId: t.tileId, offset, length: t.data.length, runLength: 1 });
    parts.push(t.data);
    offset += t.data.length;
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(JSON.stringify(o.metadata), { level: 9 });
  const tileData = Buffer.concat(parts);
  const header = new Uint8Array(127);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  const rootAt = 127;
  const metaAt = rootAt + root.length;
  const leavesAt = metaAt + metadata.length;
  const dataAt = leavesAt + leaves.length;
  u64(view, 8, rootAt);
  u64(view, 16, root.length);
  u64(view, 24, metaAt);
  u64(view, 32, metadata.length);
  u64(view, 40, leavesAt);
  u64(view, 48, leaves.length);
  u64(view, 56, dataAt);
  u64(view, 64, tileData.length);
  u64(view, 72, sorted.length);
  u64(view, 80, entries.length);
  u64(view, 88, parts.length);
  header[96] = 1; // clustered: tile data in tile-id order
  header[97] = 2; // directories and metadata gzipped
  header[98] = o.tileCompression;
  header[99] = o.tileType;
  const zooms = sorted.map((t) => t.z);
  header[100] = Math.min(...zooms);
  header[101] = Math.max(...zooms);
  const e7 = (v: number) => Math.round(v * 1e7);
  view.setInt32(102, e7(o.bounds[0]), true);
  view.setInt32(106, e7(o.bounds[1]), true);
  view.setInt32(110, e7(o.bounds[2]), true);
  view.setInt32(114, e7(o.bounds[3]), true);
  header[118] = o.center[2];
  view.setInt32(119, e7(o.center[0]), true);
  view.setInt32(123, e7(o.center[1]), true);
  return Buffer.concat([header, root, metadata, leaves, tileData]);
}
