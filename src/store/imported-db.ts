/**
 * The IndexedDB side of imported-persistence.ts, kept thin (its logic is tested there with a fake; these
 * calls are exercised by test/browser/gis-layers.test.ts): database `xsbn-gis`, store `layers` (one
 * record a layer, keyed by the layer's id, out of line, so a record of any shape can be read and set
 * aside), store `aside` (records that could not be read, numbered) and store `chunks`: a big layer's
 * features in parts of CHUNK_FEATURES, each written in a task of its own, so saving a 200,000-point
 * layer never holds the page for the whole copy (a single put of it took about 330 ms here).
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { AsideEntry, LayerDb, OpenFault } from './imported-persistence';
import {
  ASIDE_STORE,
  CHUNKS_STORE,
  type ChunkRef,
  LAYERS_DB,
  LAYERS_DB_VERSION,
  LAYERS_STORE,
  type LayerRecord,
} from './imported-record';

/** Features per part of a big layer (about 15 ms of copying for points). */
export const CHUNK_FEATURES = 5000;

/**
 * The schema, one step per version: a later version adds its step after these (and migrates records
 * in its transaction), never changes an earlier one.
 */
export function upgradeLayersDb(db: IDBPDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(LAYERS_STORE);
    db.createObjectStore(ASIDE_STORE, { keyPath: 'id', autoIncrement: true });
    db.createObjectStore(CHUNKS_STORE);
  }
}

const SEP = '\u001f';
const chunkKey = (id: string, stamp: string, k: number) =>
  `${id}${SEP}${stamp}${SEP}${String(k).padStart(6, '0')}`;
/** Every part of a layer's features, of any write. */
const layerChunks = (id: string) => IDBKeyRange.bound(`${id}${SEP}`, `${id}${SEP}\uffff`);
const writeChunks = (id: string, stamp: string) =>
  IDBKeyRange.bound(`${id}${SEP}${stamp}${SEP}`, `${id}${SEP}${stamp}${SEP}\uffff`);
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Opens the database; rejects with an OpenFault (no IndexedDB, a newer app's database, refused). */
export async function openLayerDb(): Promise<LayerDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw { reason: 'missing' } satisfies OpenFault;
  let db: IDBPDatabase;
  try {
    db = await openDB(LAYERS_DB, LAYERS_DB_VERSION, {
      upgrade: (d, oldVersion) => upgradeLayersDb(d, oldVersion),
      // A newer version of the app opened in another tab: let it upgrade (this tab's writes then fail, said).
      blocking: () => db.close(),
    });
  } catch (e) {
    if ((e as { name?: unknown })?.name === 'VersionError') throw { reason: 'newer' } satisfies OpenFault;
    throw {
      reason: 'error',
      detail: e instanceof Error ? e.message || e.name : String(e),
    } satisfies OpenFault;
  }

  /** The parts each big layer's record names now (read or written by this tab). */
  const parts = new Map<string, ChunkRef>();

  /** A record's features put back from its parts; `chunks` stays (and fails the check) if one is missing. */
  const assemble = async (value: unknown): Promise<unknown> => {
    const ref = (value as { chunks?: ChunkRef } | null)?.chunks;
    if (!ref || typeof ref.stamp !== 'string' || typeof ref.n !== 'number') return value;
    const rec = value as LayerRecord & { chunks?: ChunkRef };
    const features: GeoJSON.Feature[] = [];
    let found = 0;
    for (const key of await db.getAllKeys(CHUNKS_STORE, writeChunks(rec.id, ref.stamp))) {
      const part = (await db.get(CHUNKS_STORE, key)) as GeoJSON.Feature[] | undefined;
      if (Array.isArray(part)) {
        features.push(...part);
        found += 1;
      }
    }
    const data = { ...rec.data, features };
    if (found !== ref.n) return { ...rec, data };
    parts.set(rec.id, ref);
    const { chunks: _chunks, ...whole } = rec;
    return { ...whole, data };
  };

  return {
    async readAll() {
      const tx = db.transaction(LAYERS_STORE, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      const out: { key: string; value: unknown }[] = [];
      for (const [i, key] of keys.entries()) out.push({ key: String(key), value: await assemble(values[i]) });
      return out;
    },
    async put(record, sameData) {
      const features = record.data.features;
      const known = parts.get(record.id);
      if (sameData && known && features.length > CHUNK_FEATURES) {
        // Only the record changes (a name, a colour, shown or not): it names the same parts.
        const head = { ...record, data: { ...record.data, features: [] }, chunks: known };
        const tx = db.transaction(LAYERS_STORE, 'readwrite');
        await Promise.all([tx.store.put(head, record.id), tx.done]);
        return;
      }
      parts.delete(record.id);
      if (features.length <= CHUNK_FEATURES) {
        const tx = db.transaction([LAYERS_STORE, CHUNKS_STORE], 'readwrite');
        // A quota refusal may come as the transaction's abort, after the request itself succeeded.
        await Promise.all([
          tx.objectStore(LAYERS_STORE).put(record, record.id),
          tx.objectStore(CHUNKS_STORE).delete(layerChunks(record.id)),
          tx.done,
        ]);
        return;
      }
      // The parts first, each in its own task; then the record naming them, and the older parts go.
      const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      const n = Math.ceil(features.length / CHUNK_FEATURES);
      try {
        for (let k = 0; k < n; k++) {
          await nextTask();
          const part = features.slice(k * CHUNK_FEATURES, (k + 1) * CHUNK_FEATURES);
          const tx = db.transaction(CHUNKS_STORE, 'readwrite');
          await Promise.all([tx.store.put(part, chunkKey(record.id, stamp, k)), tx.done]);
        }
        await nextTask();
        const head = { ...record, data: { ...record.data, features: [] }, chunks: { stamp, n } };
        const tx = db.transaction([LAYERS_STORE, CHUNKS_STORE], 'readwrite');
        const chunks = tx.objectStore(CHUNKS_STORE);
        const stale = (await chunks.getAllKeys(layerChunks(record.id))).filter(
          (key) => !String(key).startsWith(`${record.id}${SEP}${stamp}${SEP}`),
        );
        await Promise.all([
          tx.objectStore(LAYERS_STORE).put(head, record.id),
          ...stale.map((key) => chunks.delete(key)),
          tx.done,
        ]);
        parts.set(record.id, { stamp, n });
      } catch (e) {
        // The parts of a write that did not finish are not kept (the earlier record and its parts are).
        await db.delete(CHUNKS_STORE, writeChunks(record.id, stamp)).catch(() => undefined);
        throw e;
      }
    },
    async remove(id) {
      parts.delete(id);
      const tx = db.transaction([LAYERS_STORE, CHUNKS_STORE], 'readwrite');
      await Promise.all([
        tx.objectStore(LAYERS_STORE).delete(id),
        tx.objectStore(CHUNKS_STORE).delete(layerChunks(id)),
        tx.done,
      ]);
    },
    async setAside(from, raw, problem, at) {
      const tx = db.transaction([LAYERS_STORE, ASIDE_STORE, CHUNKS_STORE], 'readwrite');
      const entry = { from, raw, problem, at };
      const [id] = await Promise.all([
        tx.objectStore(ASIDE_STORE).add(entry),
        tx.objectStore(LAYERS_STORE).delete(from),
        tx.objectStore(CHUNKS_STORE).delete(layerChunks(from)),
        tx.done,
      ]);
      return { ...entry, id: Number(id) };
    },
    async readAside() {
      return (await db.getAll(ASIDE_STORE)) as AsideEntry[];
    },
    async updateAside(entry) {
      await db.put(ASIDE_STORE, entry);
    },
    async deleteAside(id) {
      await db.delete(ASIDE_STORE, id);
    },
  };
}

/** navigator.storage.estimate, where the browser has it (for the quota message). */
export function storageEstimate(): Promise<{ usage?: number; quota?: number }> {
  return typeof navigator !== 'undefined' && navigator.storage?.estimate
    ? navigator.storage.estimate()
    : Promise.resolve({});
}
