/**
 * The IndexedDB side of imported-persistence.ts, kept thin (its logic is tested there with a fake; these
 * calls are exercised by test/browser/gis-layers.test.ts): database `xsbn-gis`, store `layers` (one
 * record a layer, keyed by the layer's id, out of line, so a record of any shape can be read and set
 * aside) and store `aside` (records that could not be read, numbered).
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { AsideEntry, LayerDb, OpenFault } from './imported-persistence';
import { ASIDE_STORE, LAYERS_DB, LAYERS_DB_VERSION, LAYERS_STORE } from './imported-record';

/**
 * The schema, one step per version: a later version adds its step after these (and migrates records
 * in `tx`), never changes an earlier one.
 */
export function upgradeLayersDb(db: IDBPDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    db.createObjectStore(LAYERS_STORE);
    db.createObjectStore(ASIDE_STORE, { keyPath: 'id', autoIncrement: true });
  }
}

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
  return {
    async readAll() {
      const tx = db.transaction(LAYERS_STORE, 'readonly');
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      return keys.map((key, i) => ({ key: String(key), value: values[i] }));
    },
    async put(record) {
      const tx = db.transaction(LAYERS_STORE, 'readwrite');
      // A quota refusal may come as the transaction's abort, after the request itself succeeded.
      await Promise.all([tx.store.put(record, record.id), tx.done]);
    },
    async remove(id) {
      const tx = db.transaction(LAYERS_STORE, 'readwrite');
      await Promise.all([tx.store.delete(id), tx.done]);
    },
    async setAside(from, raw, problem, at) {
      const tx = db.transaction([LAYERS_STORE, ASIDE_STORE], 'readwrite');
      const entry = { from, raw, problem, at };
      const [id] = await Promise.all([
        tx.objectStore(ASIDE_STORE).add(entry),
        tx.objectStore(LAYERS_STORE).delete(from),
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
