/**
 * The bureau's record in IndexedDB (database `xsbn-bureau`, one store `bureau`): the record in use under
 * `current`; a record this app cannot read is moved under an `aside:<time>` key (never overwritten nor
 * deleted) and reported. Every write is one transaction: a refused write leaves what was there.
 * Kept thin; the record's check is bureau-record.ts (unit-tested); these calls are exercised by
 * test/browser/bureau-store.test.ts.
 */
import { type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, openDB } from 'idb';
import { asideKey, checkBureauRecord } from './bureau-record';
import type { BureauRecord } from './bureau-types';

export const BUREAU_DB = 'xsbn-bureau';
export const BUREAU_DB_VERSION = 1;
export const BUREAU_STORE = 'bureau';
export const CURRENT_KEY = 'current';

/** Why the stored data is not used: unreadable (kept aside), no database, or a newer app's record. */
export type BureauLoadProblem = 'unreadable' | 'unavailable' | 'newer-version';
/** Why a write was refused: the storage is full, the database is blocked or missing, or anything else. */
export type BureauWriteProblem = 'full' | 'blocked' | 'failed';

export interface BureauLoad {
  record: BureauRecord | null;
  problem?: BureauLoadProblem;
  /** The technical detail of the problem (for the console and the panel). */
  detail?: string;
}

export type BureauWrite = { ok: true } | { ok: false; problem: BureauWriteProblem; detail: string };

const detailOf = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));
const nameOf = (e: unknown) =>
  typeof e === 'object' && e !== null ? (e as { name?: unknown }).name : undefined;

/** Whether a refused write was the storage quota. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || code === 22;
}

class OpenFault extends Error {
  constructor(
    readonly reason: 'missing' | 'newer' | 'blocked',
    detail: string,
  ) {
    super(detail);
  }
}

let opened: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    return Promise.reject(new OpenFault('missing', 'no IndexedDB'));
  opened ??= openDB(BUREAU_DB, BUREAU_DB_VERSION, {
    upgrade(db, oldVersion) {
      // One step per version; a later version adds its step after this one.
      if (oldVersion < 1) db.createObjectStore(BUREAU_STORE);
    },
    blocking() {
      // A newer app opened in another tab: let it upgrade (this tab opens again on its next call).
      void opened?.then((db) => db.close());
      opened = null;
    },
    terminated() {
      opened = null;
    },
  }).catch((e: unknown) => {
    opened = null;
    throw nameOf(e) === 'VersionError'
      ? new OpenFault('newer', detailOf(e))
      : new OpenFault('blocked', detailOf(e));
  });
  return opened;
}

/** How long the first page waits for IndexedDB before it shows the shipped data (a browser may never answer). */
const LOAD_WAIT_MS = 5000;

/**
 * Reads the record in use. A record that cannot be read is moved aside (one transaction) and reported.
 * Never rejects; a database that does not answer in LOAD_WAIT_MS counts as unavailable.
 */
export function loadBureau(): Promise<BureauLoad> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<BureauLoad>((resolve) => {
    timer = setTimeout(
      () => resolve({ record: null, problem: 'unavailable', detail: 'IndexedDB did not answer' }),
      LOAD_WAIT_MS,
    );
  });
  return Promise.race([readCurrent(), wait]).finally(() => clearTimeout(timer));
}

async function readCurrent(): Promise<BureauLoad> {
  let db: IDBPDatabase;
  try {
    db = await open();
  } catch (e) {
    const newer = e instanceof OpenFault && e.reason === 'newer';
    return { record: null, problem: newer ? 'newer-version' : 'unavailable', detail: detailOf(e) };
  }
  try {
    const raw: unknown = await db.get(BUREAU_STORE, CURRENT_KEY);
    if (raw === undefined) return { record: null };
    const check = checkBureauRecord(raw);
    if (check.ok) return { record: check.record };
    // A newer app's record stays where it is (that app reads it); writes here move it aside first.
    if (check.problem === 'newer-version')
      return { record: null, problem: 'newer-version', detail: check.detail };
    await moveAside(db, raw, check.detail);
    return { record: null, problem: 'unreadable', detail: check.detail };
  } catch (e) {
    return { record: null, problem: 'unavailable', detail: detailOf(e) };
  }
}

/** Moves `raw` from `current` to an aside key, in one transaction (both or neither). */
async function moveAside(db: IDBPDatabase, raw: unknown, detail: string): Promise<void> {
  const tx = db.transaction(BUREAU_STORE, 'readwrite');
  const key = await freeAsideKey(tx.store);
  await Promise.all([
    tx.store.put({ setAsideAt: new Date().toISOString(), problem: detail, record: raw }, key),
    tx.store.delete(CURRENT_KEY),
    tx.done,
  ]);
}

type Store = IDBPObjectStore<unknown, [typeof BUREAU_STORE], typeof BUREAU_STORE, 'readwrite'>;

async function freeAsideKey(store: Store): Promise<string> {
  const now = new Date();
  for (let n = 0; ; n++) {
    const key = asideKey(now, n);
    if ((await store.getKey(key)) === undefined) return key;
  }
}

/**
 * Replaces what is under `current` in one transaction: `write` gets the store; a record there that this
 * app cannot read (a newer app's) is moved aside in the same transaction. Nothing is changed on failure.
 */
async function replaceCurrent(write: (store: Store) => Promise<unknown>): Promise<BureauWrite> {
  let db: IDBPDatabase;
  try {
    db = await open();
  } catch (e) {
    return { ok: false, problem: 'blocked', detail: detailOf(e) };
  }
  let tx: IDBPTransaction<unknown, [typeof BUREAU_STORE], 'readwrite'> | null = null;
  try {
    tx = db.transaction(BUREAU_STORE, 'readwrite');
    const done = tx.done;
    // Awaited below; a refusal may come only as the transaction's abort (the quota, at commit).
    done.catch(() => undefined);
    const store: Store = tx.store;
    const raw: unknown = await store.get(CURRENT_KEY);
    if (raw !== undefined) {
      const check = checkBureauRecord(raw);
      if (!check.ok)
        await store.put(
          { setAsideAt: new Date().toISOString(), problem: check.detail, record: raw },
          await freeAsideKey(store),
        );
    }
    await write(store);
    await done;
    return { ok: true };
  } catch (e) {
    try {
      tx?.abort();
    } catch {
      // already finished (aborted by the refusal itself)
    }
    if (isQuotaError(e)) return { ok: false, problem: 'full', detail: detailOf(e) };
    const name = nameOf(e);
    if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
      return { ok: false, problem: 'blocked', detail: detailOf(e) };
    return { ok: false, problem: 'failed', detail: detailOf(e) };
  }
}

/** Saves the record as the one in use, in one transaction (all or nothing); other tabs are told. */
export async function saveBureau(record: BureauRecord): Promise<BureauWrite> {
  const done = await replaceCurrent((store) => store.put(record, CURRENT_KEY));
  if (done.ok) announce();
  return done;
}

/** Removes the record in use (the shipped data is used again); records kept aside stay. Other tabs are told. */
export async function clearBureau(): Promise<BureauWrite> {
  const done = await replaceCurrent((store) => store.delete(CURRENT_KEY));
  if (done.ok) announce();
  return done;
}

const CHANNEL = 'xsbn-bureau';
/** This tab (its own messages come back to its other listeners: they are not news here). */
const TAB = Math.random().toString(36).slice(2);
let channel: BroadcastChannel | null | undefined;
const getChannel = (): BroadcastChannel | null => {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
};

/** Tells the app's other tabs that the record in use changed (they read it again). */
function announce(): void {
  getChannel()?.postMessage({ changed: true, from: TAB });
}

/** Calls `changed` when another tab saved or cleared the record; returns the unsubscribe. */
export function onBureauChange(changed: () => void): () => void {
  const c = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (!c) return () => {};
  c.onmessage = (e: MessageEvent) => {
    if ((e.data as { from?: unknown } | null)?.from !== TAB) changed();
  };
  return () => c.close();
}

/** How many records are kept aside (for the panel's status). */
export async function asideCount(): Promise<number> {
  try {
    const db = await open();
    const keys = await db.getAllKeys(BUREAU_STORE);
    return keys.filter((k) => String(k).startsWith('aside:')).length;
  } catch {
    return 0;
  }
}

/** Storage used and its quota (navigator.storage.estimate), or null where the browser does not say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
    const e = await navigator.storage.estimate();
    return typeof e.usage === 'number' && typeof e.quota === 'number'
      ? { usage: e.usage, quota: e.quota }
      : null;
  } catch {
    return null;
  }
}
