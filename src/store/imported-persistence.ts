/**
 * Keeps the planner's imported layers (red lines included) across reloads, in IndexedDB (imported-db.ts
 * holds the database calls; this module holds what to do, and is tested with a fake database).
 * - Loaded once at start; a record that cannot be read is set aside (its own store), never dropped nor
 *   written over, and offered for download or restore (the layer list's banner).
 * - Saved on every change (debounced), one record a layer; a removed layer's record is deleted. Nothing
 *   is written before the load has read what is there.
 * - A stored layer whose id a layer in memory already has (imported before the load ended) is kept as
 *   well, under a new id: both stay.
 * - A refused write (quota, anything else) keeps the layers in memory, is said once, stays in the banner,
 *   and is tried again on the next change; no database at all (private mode, blocked) is said once.
 */
import { create } from 'zustand';
import type { Message } from '@/i18n/message';
import { defaultLayerColor } from '@/lib/layer-colors';
import { useAppStore } from './app-store';
import {
  type LayerRecord,
  type RecordProblem,
  readRecord,
  recordProblemMessage,
  salvageLayer,
  toRecord,
} from './imported-record';
import { type ImportedLayer, uniqueLayerId } from './workbench-slice';

/** A record set aside: where it was (its key), the raw value, why, when; `restoredAs`: the layer made of it. */
export interface AsideEntry {
  id: number;
  from: string;
  raw: unknown;
  problem: RecordProblem;
  at: string;
  restoredAs?: string;
}

/** The database calls this module needs (imported-db.ts with idb; a fake in the tests). */
export interface LayerDb {
  readAll(): Promise<{ key: string; value: unknown }[]>;
  /**
   * Writes a layer's record. `sameData`: its features are those of the last write under this id (a
   * rename, a colour): a big layer's parts need not be written again.
   */
  put(record: LayerRecord, sameData?: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  /** Moves a record into the aside store, in one transaction (put there, then deleted here). */
  setAside(from: string, raw: unknown, problem: RecordProblem, at: string): Promise<AsideEntry>;
  readAside(): Promise<AsideEntry[]>;
  updateAside(entry: AsideEntry): Promise<void>;
  deleteAside(id: number): Promise<void>;
}

/** Why there is no database: none in this browser, a newer app's, or refused when opened. */
export type OpenFault = { reason: 'missing' } | { reason: 'newer' } | { reason: 'error'; detail: string };

export type LayerStorageStatus = 'loading' | 'ok' | 'unavailable' | 'full' | 'failed';

export interface LayerStorageState {
  status: LayerStorageStatus;
  /** What is wrong (every status but loading and ok). */
  message: Message | null;
  /** Records set aside and not yet restored. */
  aside: AsideEntry[];
  /** Set while persistence runs: restore a record set aside (a message when it cannot), or discard it. */
  actions: {
    restore: (id: number) => Promise<Message | null>;
    discard: (id: number) => Promise<void>;
  } | null;
}

export const initialLayerStorage = (): LayerStorageState => ({
  status: 'loading',
  message: null,
  aside: [],
  actions: null,
});

/** The layers' storage, for the layer list's banner (a store of its own: the view's store is not touched). */
export const useLayerStorage = create<LayerStorageState>()(initialLayerStorage);

export type StorageEvent =
  | { type: 'unavailable'; fault: OpenFault }
  | { type: 'loaded'; setAside: number }
  | { type: 'saved' }
  | { type: 'full'; layer: string; used: string; total: string }
  | { type: 'failed'; layer: string; detail: string };

/**
 * The state machine: the status after an event, and the notice to give (a status is said once when it
 * starts; the same refusal again only updates the banner; saving again after a refusal is said).
 */
export function storageAfter(
  prev: Pick<LayerStorageState, 'status' | 'message'>,
  e: StorageEvent,
): { status: LayerStorageStatus; message: Message | null; notice?: Message } {
  switch (e.type) {
    case 'unavailable': {
      const reason: Message =
        e.fault.reason === 'missing'
          ? { key: 'gis.layers.store.noDb' }
          : e.fault.reason === 'newer'
            ? { key: 'gis.layers.store.newerDb' }
            : { key: 'gis.layers.store.openFailed', params: { detail: e.fault.detail } };
      const message: Message = { key: 'gis.layers.store.unavailable', params: { reason } };
      return { status: 'unavailable', message, notice: message };
    }
    case 'loaded':
      return {
        status: 'ok',
        message: null,
        ...(e.setAside > 0
          ? { notice: { key: 'gis.layers.store.setAside', params: { n: e.setAside } } as Message }
          : {}),
      };
    case 'saved':
      if (prev.status === 'unavailable') return { status: prev.status, message: prev.message };
      return {
        status: 'ok',
        message: null,
        ...(prev.status === 'full' || prev.status === 'failed'
          ? { notice: { key: 'gis.layers.store.resumed' } as Message }
          : {}),
      };
    case 'full':
    case 'failed': {
      const message: Message =
        e.type === 'full'
          ? { key: 'gis.layers.store.full', params: { name: e.layer, used: e.used, total: e.total } }
          : { key: 'gis.layers.store.failed', params: { name: e.layer, detail: e.detail } };
      return { status: e.type, message, ...(prev.status === e.type ? {} : { notice: message }) };
    }
  }
}

/** Whether a refused write was the storage quota. */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || code === 22;
}

/** Bytes as MB or GB, for the quota message (the same in both languages). */
export function formatBytes(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));

export interface PersistenceDeps {
  /** Opens the database, or rejects with an OpenFault. */
  open: () => Promise<LayerDb>;
  /** navigator.storage.estimate, where there is one. */
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  now?: () => Date;
  /** How long after the last change a save starts. */
  debounceMs?: number;
  /** Where pagehide and visibilitychange come from (a flush before the page goes). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export interface Persistence {
  /** Resolves once the stored layers are in the store (or it is known there are none to read). */
  loaded: Promise<void>;
  /** Saves now what has changed (and resolves when written). */
  flush: () => Promise<void>;
  stop: () => void;
}

/** Loads the saved layers, then saves every change. @see the module's comment */
export function startImportedPersistence(deps: PersistenceDeps): Persistence {
  const now = deps.now ?? (() => new Date());
  const debounceMs = deps.debounceMs ?? 400;
  const events = deps.events === undefined ? (typeof window === 'undefined' ? null : window) : deps.events;
  let db: LayerDb | null = null;
  let stopped = false;
  /** What the database holds for this tab: the layer object last written under each id, and its rank. */
  const saved = new Map<string, ImportedLayer>();
  const ranks = new Map<string, number>();
  /**
   * The rank for the layer at `i`: its own while it still sits between its saved neighbours, else one
   * between theirs (so only the layers that changed are written, and the list comes back in its order).
   */
  const rankAt = (layers: readonly ImportedLayer[], i: number): number => {
    let prev: number | undefined;
    for (let j = i - 1; j >= 0 && prev === undefined; j--) prev = ranks.get(layers[j]?.id ?? '');
    let next: number | undefined;
    for (let j = i + 1; j < layers.length && next === undefined; j++) next = ranks.get(layers[j]?.id ?? '');
    const own = ranks.get(layers[i]?.id ?? '');
    if (own !== undefined && (prev === undefined || own > prev) && (next === undefined || own < next))
      return own;
    if (prev === undefined) return next === undefined ? 0 : next - 1;
    return next === undefined ? prev + 1 : (prev + next) / 2;
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let unsubscribe = () => {};

  const apply = (e: StorageEvent) => {
    const prev = useLayerStorage.getState();
    const next = storageAfter(prev, e);
    useLayerStorage.setState({ status: next.status, message: next.message });
    if (next.notice) useAppStore.setState({ notice: next.notice });
  };

  const refused = async (e: unknown, layer: ImportedLayer) => {
    if (isQuotaError(e)) {
      const est = await deps.estimate?.().catch(() => undefined);
      apply({
        type: 'full',
        layer: layer.name,
        used: formatBytes(est?.usage),
        total: formatBytes(est?.quota),
      });
    } else apply({ type: 'failed', layer: layer.name, detail: detailOf(e) });
  };

  const writeChanges = async (d: LayerDb) => {
    const layers = useAppStore.getState().imported;
    let ok = true;
    for (const [i, l] of layers.entries()) {
      if (saved.get(l.id) === l) continue;
      try {
        const rank = rankAt(layers, i);
        const sameData = saved.get(l.id)?.data === l.data;
        await d.put(toRecord(l, now(), l.color ?? defaultLayerColor(l.redline, []), rank), sameData);
        saved.set(l.id, l);
        ranks.set(l.id, rank);
      } catch (e) {
        ok = false;
        await refused(e, l);
      }
    }
    const ids = new Set(layers.map((l) => l.id));
    for (const [id, l] of [...saved]) {
      if (ids.has(id)) continue;
      try {
        await d.remove(id);
        saved.delete(id);
        ranks.delete(id);
      } catch (e) {
        ok = false;
        await refused(e, l);
      }
    }
    if (ok) apply({ type: 'saved' });
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const d = db;
    if (!d || stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await writeChanges(d);
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };

  const onHide = () => {
    if (typeof document === 'undefined' || document.visibilityState === 'hidden') void flush();
  };

  const restore = async (id: number): Promise<Message | null> => {
    const entry = useLayerStorage.getState().aside.find((a) => a.id === id);
    if (!entry || !db) return { key: 'gis.layers.aside.restoreFailed' };
    const layer = salvageLayer(entry.raw, entry.from);
    if (!layer) return { key: 'gis.layers.aside.restoreFailed' };
    const store = useAppStore.getState();
    store.addImported(layer);
    const added = useAppStore.getState().imported.at(-1);
    const kept: AsideEntry = { ...entry, restoredAs: added?.id ?? layer.id };
    try {
      await db.updateAside(kept);
    } catch {
      // The layer is restored; the entry only stays offered (it is still in the aside store).
    }
    useLayerStorage.setState((s) => ({ aside: s.aside.filter((a) => a.id !== id) }));
    useAppStore.setState({ notice: { key: 'gis.layers.aside.restored', params: { name: layer.name } } });
    return null;
  };

  const discard = async (id: number) => {
    if (!db) return;
    await db.deleteAside(id);
    useLayerStorage.setState((s) => ({ aside: s.aside.filter((a) => a.id !== id) }));
  };

  const load = async () => {
    try {
      db = await deps.open();
    } catch (e) {
      apply({ type: 'unavailable', fault: toOpenFault(e) });
      return;
    }
    const d = db;
    let rows: { key: string; value: unknown }[];
    let aside: AsideEntry[];
    try {
      rows = await d.readAll();
      aside = (await d.readAside()).filter((a) => !a.restoredAs);
    } catch (e) {
      db = null;
      apply({ type: 'unavailable', fault: { reason: 'error', detail: detailOf(e) } });
      return;
    }
    const read: { layer: ImportedLayer; rank: number }[] = [];
    let setAside = 0;
    for (const row of rows) {
      const r = readRecord(row.value);
      if (r.ok && r.layer.id === row.key) {
        read.push(r);
        continue;
      }
      const problem: RecordProblem = r.ok ? { code: 'badField', field: 'id' } : r.problem;
      try {
        aside.push(await d.setAside(row.key, row.value, problem, now().toISOString()));
        setAside += 1;
      } catch (e) {
        // Neither read nor moved: left where it is, and nothing is written while it is there.
        db = null;
        apply({ type: 'unavailable', fault: { reason: 'error', detail: detailOf(e) } });
        return;
      }
    }
    if (stopped) return;
    // Records come in key order: the list's own order is their rank.
    read.sort((a, b) => a.rank - b.rank);
    const loaded = read.map((r) => r.layer);
    const rankOf = new Map(read.map((r) => [r.layer, r.rank]));
    // In one step with reading what is in memory: a layer imported meanwhile and a stored one with its id
    // both stay (the stored one under a new id, written before the other can write over its old key).
    const memory = useAppStore.getState().imported;
    const all: { id: string }[] = [...memory, ...loaded];
    const renamed: ImportedLayer[] = [];
    const merged = loaded.map((l) => {
      if (!memory.some((m) => m.id === l.id)) return l;
      const copy = { ...l, id: uniqueLayerId(l.id, all) };
      all.push(copy);
      renamed.push(copy);
      return copy;
    });
    merged.forEach((l, i) => {
      const rank = rankOf.get(loaded[i] as ImportedLayer) ?? i;
      ranks.set(l.id, rank);
      if (!renamed.includes(l)) saved.set(l.id, l);
    });
    useAppStore.setState({ imported: [...merged, ...memory] });
    useLayerStorage.setState({ aside, actions: { restore, discard } });
    for (const l of renamed) {
      try {
        await d.put(toRecord(l, now(), l.color ?? defaultLayerColor(l.redline, []), ranks.get(l.id)));
        saved.set(l.id, l);
      } catch (e) {
        await refused(e, l);
        db = null; // the older copy stays under its old key: nothing more is written this session
        return;
      }
    }
    apply({ type: 'loaded', setAside });
    let last = useAppStore.getState().imported;
    unsubscribe = useAppStore.subscribe((s) => {
      if (s.imported === last) return;
      last = s.imported;
      schedule();
    });
    events?.addEventListener('pagehide', onHide);
    events?.addEventListener('visibilitychange', onHide);
    // What was imported before the load ended is saved now.
    await flush();
  };

  const loaded = load();
  return {
    loaded,
    flush: async () => {
      await loaded;
      await flush();
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      events?.removeEventListener('pagehide', onHide);
      events?.removeEventListener('visibilitychange', onHide);
      useLayerStorage.setState({ actions: null });
    },
  };
}

function toOpenFault(e: unknown): OpenFault {
  if (typeof e === 'object' && e !== null && 'reason' in e) return e as OpenFault;
  if (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'VersionError')
    return { reason: 'newer' };
  return { reason: 'error', detail: detailOf(e) };
}

/** The record set aside, as the text of a JSON file (the raw value, what was wrong, where and when). */
export function asideFileText(entry: AsideEntry): string {
  let raw: unknown = entry.raw;
  try {
    JSON.stringify(raw);
  } catch {
    raw = String(entry.raw);
  }
  return JSON.stringify(
    { from: entry.from, setAsideAt: entry.at, problem: entry.problem, record: raw },
    null,
    1,
  );
}

export { recordProblemMessage };
