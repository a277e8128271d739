import type { Message } from '@/i18n/message';
import { useAppStore } from './app-store';
import { mergeSites, sameSites } from './site-merge';
import {
  readStored,
  type Site,
  SITES_KEY,
  type SitesProblem,
  type StorageFault,
  type StorageLike,
  serialiseSites,
  storageFault,
} from './site-storage';
import type { SitesStorage } from './workbench-slice';

/** The part of a `storage` event this reads (another tab wrote localStorage; key null: it was cleared). */
export interface StorageEventLike {
  key: string | null;
}
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (e: StorageEventLike) => void): void;
}

export function problemMessage(p: SitesProblem): Message {
  switch (p.code) {
    case 'notJson':
      return { key: 'sitesStore.problem.notJson' };
    case 'notList':
      return { key: 'sitesStore.problem.notList' };
    case 'unknownVersion':
      return { key: 'sitesStore.problem.unknownVersion', params: { version: p.version } };
    case 'invalidSites':
      return {
        key: 'sitesStore.problem.invalidSites',
        params: { list: p.positions.map((n) => `#${n}`).join(', ') },
      };
  }
}

function detail(e: unknown): string {
  return e instanceof Error ? e.message || e.name : String(e);
}

function reasonMessage(fault: StorageFault, e?: unknown): Message {
  if (fault === 'full') return { key: 'sitesStore.reason.full' };
  if (fault === 'blocked') return { key: 'sitesStore.reason.blocked' };
  return { key: 'sitesStore.reason.failed', params: { detail: detail(e) } };
}

/** The status after a refused read or write: what is wrong, that the sites are kept, how to keep them. */
export function faultStatus(fault: StorageFault, e?: unknown): SitesStorage {
  const retry: Message = {
    key:
      fault === 'full'
        ? 'sitesStore.retryFull'
        : fault === 'blocked'
          ? 'sitesStore.retryBlocked'
          : 'sitesStore.retryNext',
  };
  return {
    status: fault,
    message: { key: 'sitesStore.notSaved', params: { reason: reasonMessage(fault, e), retry } },
  };
}

/**
 * Loads the saved candidate sites once, then saves on every change. Nothing the planner made is lost
 * without a word:
 * - a refused write (full, blocked) keeps the sites in memory; it is said once, stays visible as
 *   `sitesStorage` (the Sites panel's banner), and saving is tried again on the next change;
 * - an unreadable store is copied aside and reported; when the copy cannot be written, the original is
 *   held: not written over until the planner downloads or discards it (`releaseHeldSites`);
 * - what another tab writes (a `storage` event, or found just before a write) is merged in
 *   (site-merge.ts), and said.
 * @returns a function that stops it
 */
export function startSitePersistence(
  storage: StorageLike | null,
  events: StorageEvents | null = typeof window === 'undefined' ? null : window,
  now: () => Date = () => new Date(),
): () => void {
  /**
   * A new status is said once (a notice); the same status again only updates the banner.
   * @returns whether a new refusal was said (a notice more urgent than any other)
   */
  const setStatus = (next: SitesStorage): boolean => {
    const prev = useAppStore.getState().sitesStorage;
    if (prev.status === next.status) {
      if (next.status !== 'ok') useAppStore.setState({ sitesStorage: next });
      return false;
    }
    const notice =
      next.status !== 'ok'
        ? next.message
        : prev.status === 'held'
          ? undefined
          : { key: 'sitesStore.resumed' as const };
    useAppStore.setState({ sitesStorage: next, ...(notice ? { notice } : {}) });
    return next.status !== 'ok';
  };

  if (!storage) {
    setStatus(faultStatus('blocked'));
    return () => {};
  }

  /** The list this tab last read from or wrote to the store (the base of a merge). */
  let base: Site[] = [];
  /** The text this tab last read from or wrote to the store. */
  let stored: string | null = null;
  /** An unreadable text that could not be copied aside: never written over. */
  let held: string | null = null;
  /** The list in the app, as this module last saw it. */
  let last = useAppStore.getState().sites;

  const setSites = (sites: Site[]) => {
    last = sites;
    useAppStore.setState({ sites });
  };

  /**
   * Takes in a text found in the store: at start, or written by another tab.
   * @returns what to tell the planner once the result is saved
   */
  const takeIn = (raw: string | null, atStart: boolean): Message | undefined => {
    const r = readStored(storage, raw, now());
    // Cleared elsewhere (or empty): nothing to merge with, this tab's sites all count as new.
    const from = raw === null || raw === '' ? [] : base;
    const mine = useAppStore.getState().sites;
    const merged = atStart ? { sites: r.sites, keptLocal: false } : mergeSites(from, mine, r.sites);
    base = r.sites;
    stored = raw;
    const changed = !sameSites(merged.sites, mine);
    if (changed) setSites(merged.sites);
    if (r.problem) {
      const problem = problemMessage(r.problem);
      if (r.setAsideFailed && raw !== null) {
        held = raw;
        const message: Message = {
          key: 'sitesStore.notSetAside',
          params: { problem, reason: reasonMessage(r.setAsideFailed) },
        };
        setStatus({ status: 'held', message, raw });
        return undefined;
      }
      return { key: 'sitesStore.setAside', params: { problem, key: r.setAside ?? '—' } };
    }
    if (!atStart && merged.keptLocal) return { key: 'sitesStore.merged' };
    if (!atStart && changed) return { key: 'sitesStore.synced' };
    return undefined;
  };

  /**
   * Writes this tab's list, then says `note` unless the write was newly refused (that is said instead).
   */
  const write = (note?: Message) => {
    const sites = useAppStore.getState().sites;
    const text = serialiseSites(sites);
    let refused = false;
    if (text !== stored) {
      try {
        storage.setItem(SITES_KEY, text);
        stored = text;
      } catch (e) {
        refused = setStatus(faultStatus(storageFault(e), e));
      }
    }
    if (stored === text) {
      base = sites;
      setStatus({ status: 'ok' });
    }
    if (note && !refused) useAppStore.setState({ notice: note });
  };

  /** Brings the store and this tab together: what another tab wrote is merged in, then saved. */
  const sync = () => {
    let raw: string | null;
    try {
      raw = storage.getItem(SITES_KEY);
    } catch (e) {
      setStatus(faultStatus(storageFault(e), e));
      return;
    }
    let note: Message | undefined;
    if (raw !== stored) {
      if (held !== null && raw !== held) {
        // Another tab wrote over the held text (its planner chose): this tab stops holding it.
        held = null;
        setStatus({ status: 'ok' });
      }
      if (held === null) note = takeIn(raw, false);
    }
    if (held === null) write(note);
  };

  try {
    const note = takeIn(storage.getItem(SITES_KEY), true);
    // Write back what was readable (and normalised), so a store set aside is reported once.
    if (held === null && stored !== null) write(note);
  } catch (e) {
    setStatus(faultStatus(storageFault(e), e));
  }

  const unsubscribe = useAppStore.subscribe((s) => {
    if (held !== null && s.sitesStorage.status !== 'held') {
      // The planner downloaded or discarded the held text: saving may write over it now.
      held = null;
      stored = null;
      last = s.sites;
      write();
      return;
    }
    if (s.sites === last) return;
    last = s.sites;
    sync();
  });
  const onStorage = (e: StorageEventLike) => {
    if (e.key === null || e.key === SITES_KEY) sync();
  };
  events?.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    events?.removeEventListener('storage', onStorage);
  };
}
