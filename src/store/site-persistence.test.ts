import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from './app-store';
import { type StorageEventLike, type StorageEvents, startSitePersistence } from './site-persistence';
import { SITES_KEY, type Site, type StorageLike, serialiseSites } from './site-storage';

/** A store whose writes and reads can be made to fail, with a quota in characters. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  limit = Number.POSITIVE_INFINITY;
  blocked = false;
  writes = 0;
  getItem(k: string) {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    let used = k.length + v.length;
    for (const [key, value] of this.data) if (key !== k) used += key.length + value.length;
    if (used > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.data.set(k, v);
  }
  sites(): Site[] {
    return (JSON.parse(this.data.get(SITES_KEY) ?? '{"sites":[]}') as { sites: Site[] }).sites;
  }
}

/** The window's `storage` events: `fire` is another tab writing. */
class FakeEvents implements StorageEvents {
  listeners = new Set<(e: StorageEventLike) => void>();
  addEventListener(_t: 'storage', f: (e: StorageEventLike) => void) {
    this.listeners.add(f);
  }
  removeEventListener(_t: 'storage', f: (e: StorageEventLike) => void) {
    this.listeners.delete(f);
  }
  fire(key: string | null = SITES_KEY) {
    for (const f of this.listeners) f({ key });
  }
}

const mk = (id: string, lon = 101.5): Site => ({
  id,
  name: `Site ${id}`,
  created: '2026-11-28T00:00:00.000Z',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, 21.5],
        [lon + 0.02, 21.5],
        [lon + 0.02, 21.52],
        [lon, 21.5],
      ],
    ],
  },
});
const now = () => new Date('2026-11-28T12:00:00Z');
const state = () => useAppStore.getState();
const ids = () => state().sites.map((s) => s.id);
const add = (id: string) => state().addSites([mk(id)]);

let stop: () => void = () => {};
beforeEach(() => useAppStore.setState({ ...initialState(), sites: [], sitesStorage: { status: 'ok' } }));
afterEach(() => stop());

describe('saving sites when the store refuses', () => {
  it('a full store: the sites stay in memory, it is said once, and saving resumes once there is room', () => {
    const m = new FakeStorage();
    stop = startSitePersistence(m, null, now);
    add('a');
    expect(m.sites().map((s) => s.id)).toEqual(['a']);
    m.limit = 10; // full
    add('b');
    expect(ids()).toEqual(['a', 'b']);
    expect(state().sitesStorage.status).toBe('full');
    expect(state().notice).toEqual({
      key: 'sitesStore.notSaved',
      params: { reason: { key: 'sitesStore.reason.full' }, retry: { key: 'sitesStore.retryFull' } },
    });
    state().setNotice(null);
    add('c');
    expect(state().notice).toBeNull(); // not repeated on every change
    expect(state().sitesStorage.status).toBe('full');
    expect(m.sites().map((s) => s.id)).toEqual(['a']);
    m.limit = Number.POSITIVE_INFINITY; // space freed
    state().renameSite('c', 'C');
    expect(state().sitesStorage.status).toBe('ok');
    expect(state().notice).toEqual({ key: 'sitesStore.resumed' });
    expect(m.sites().map((s) => s.name)).toEqual(['Site a', 'Site b', 'C']);
  });
  it('a blocked store (SecurityError): the app starts with no sites, says why, keeps what is drawn', () => {
    const m = new FakeStorage();
    m.data.set(SITES_KEY, serialiseSites([mk('old')]));
    m.blocked = true;
    stop = startSitePersistence(m, null, now);
    expect(state().sitesStorage.status).toBe('blocked');
    expect(state().notice).toMatchObject({
      key: 'sitesStore.notSaved',
      params: { reason: { key: 'sitesStore.reason.blocked' }, retry: { key: 'sitesStore.retryBlocked' } },
    });
    state().setNotice(null);
    add('a');
    expect(ids()).toEqual(['a']);
    expect(state().notice).toBeNull();
    expect(state().sitesStorage.status).toBe('blocked');
  });
  it('no store at all (window.localStorage null or throwing): blocked, and drawing still works', () => {
    stop = startSitePersistence(null, null, now);
    expect(state().sitesStorage.status).toBe('blocked');
    add('a');
    expect(ids()).toEqual(['a']);
  });
  it('any other refusal is reported with its text and retried on the next change', () => {
    const m = new FakeStorage();
    stop = startSitePersistence(m, null, now);
    const setItem = m.setItem.bind(m);
    m.setItem = () => {
      throw new Error('disk I/O error');
    };
    add('a');
    expect(state().sitesStorage).toMatchObject({
      status: 'failed',
      message: {
        params: { reason: { key: 'sitesStore.reason.failed', params: { detail: 'disk I/O error' } } },
      },
    });
    m.setItem = setItem;
    add('b');
    expect(state().sitesStorage.status).toBe('ok');
    expect(m.sites().map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('an unreadable store', () => {
  it('is set aside when there is room, reported with a translated problem, and its readable sites kept', () => {
    const m = new FakeStorage();
    m.data.set(SITES_KEY, JSON.stringify({ version: 1, sites: [mk('a'), { id: 'x' }] }));
    stop = startSitePersistence(m, null, now);
    expect(ids()).toEqual(['a']);
    expect(state().notice).toEqual({
      key: 'sitesStore.setAside',
      params: {
        problem: { key: 'sitesStore.problem.invalidSites', params: { list: '#2' } },
        key: `${SITES_KEY}.corrupt.2026-11-28T12:00:00.000Z`,
      },
    });
    expect(m.data.get(`${SITES_KEY}.corrupt.2026-11-28T12:00:00.000Z`)).toContain('"id":"x"');
    expect(m.sites().map((s) => s.id)).toEqual(['a']);
  });
  it('4 MB on a nearly full store: not copied, not written over until the planner chooses', () => {
    const m = new FakeStorage();
    const raw = `{"version":1,"sites":[${'x'.repeat(4_000_000)}`;
    m.data.set(SITES_KEY, raw);
    m.limit = 5_000_000;
    stop = startSitePersistence(m, null, now);
    const st = state().sitesStorage;
    expect(st.status).toBe('held');
    expect(st.status === 'held' && st.raw).toBe(raw);
    expect(state().notice).toEqual({
      key: 'sitesStore.notSetAside',
      params: { problem: { key: 'sitesStore.problem.notJson' }, reason: { key: 'sitesStore.reason.full' } },
    });
    add('a');
    add('b');
    expect(m.data.get(SITES_KEY)).toBe(raw);
    expect([...m.data.keys()]).toEqual([SITES_KEY]);
    expect(ids()).toEqual(['a', 'b']);
    // Downloaded (or discarded): now the sites are saved over it.
    state().releaseHeldSites();
    expect(state().sitesStorage.status).toBe('ok');
    expect(m.sites().map((s) => s.id)).toEqual(['a', 'b']);
  });
  it('a site saved past longitude 180 loads normalised and is written back so', () => {
    const m = new FakeStorage();
    m.data.set(SITES_KEY, serialiseSites([mk('am', 179.99)]));
    stop = startSitePersistence(m, null, now);
    // 179.99 … 180.01: its middle (180) wraps to −180, the ring kept whole.
    const lons = state().sites[0]?.geometry.coordinates[0]?.map((p) => p[0]) ?? [];
    expect(lons[0]).toBeCloseTo(-180.01, 9);
    expect(lons[1]).toBeCloseTo(-179.99, 9);
    expect(state().notice).toBeNull();
    expect(m.sites()).toEqual(state().sites);
  });
});

describe('two tabs', () => {
  /** The other tab: writes the store and fires the event this tab gets. */
  const otherTabWrites = (m: FakeStorage, ev: FakeEvents, sites: Site[]) => {
    m.data.set(SITES_KEY, serialiseSites(sites));
    ev.fire();
  };
  it('with no change here, this tab adopts what the other saved (and says so), without writing it back', () => {
    const m = new FakeStorage();
    const ev = new FakeEvents();
    m.data.set(SITES_KEY, serialiseSites([mk('a'), mk('b')]));
    stop = startSitePersistence(m, ev, now);
    const writes = m.writes;
    otherTabWrites(m, ev, [mk('a'), mk('c')]);
    expect(ids()).toEqual(['a', 'c']);
    expect(state().notice).toEqual({ key: 'sitesStore.synced' });
    expect(m.writes).toBe(writes);
    // Another key, or the same text again, changes nothing.
    state().setNotice(null);
    ev.fire('xsbn-industry-map.lang');
    ev.fire();
    expect(state().notice).toBeNull();
  });
  it('with unsaved changes here (a full store), keeps the union and says it merged', () => {
    const m = new FakeStorage();
    const ev = new FakeEvents();
    stop = startSitePersistence(m, ev, now);
    add('a');
    m.limit = 10;
    add('mine');
    expect(state().sitesStorage.status).toBe('full');
    m.limit = Number.POSITIVE_INFINITY;
    otherTabWrites(m, ev, [mk('a'), mk('theirs')]);
    expect(ids()).toEqual(['a', 'theirs', 'mine']);
    expect(state().notice).toEqual({ key: 'sitesStore.merged' });
    expect(m.sites().map((s) => s.id)).toEqual(['a', 'theirs', 'mine']);
    expect(state().sitesStorage.status).toBe('ok');
  });
  it('a write the other tab made before its event arrived is merged in, not overwritten', () => {
    const m = new FakeStorage();
    const ev = new FakeEvents();
    stop = startSitePersistence(m, ev, now);
    add('a');
    m.data.set(SITES_KEY, serialiseSites([mk('a'), mk('theirs')])); // event still on its way
    add('mine');
    expect(m.sites().map((s) => s.id)).toEqual(['a', 'theirs', 'mine']);
    expect(state().notice).toEqual({ key: 'sitesStore.merged' });
    ev.fire(); // the late event: nothing new
    expect(ids()).toEqual(['a', 'theirs', 'mine']);
  });
  it('a store cleared elsewhere keeps this tab’s sites and saves them again', () => {
    const m = new FakeStorage();
    const ev = new FakeEvents();
    stop = startSitePersistence(m, ev, now);
    add('a');
    m.data.clear();
    ev.fire(null);
    expect(ids()).toEqual(['a']);
    expect(m.sites().map((s) => s.id)).toEqual(['a']);
  });
  it('the held store replaced by the other tab (its planner chose) ends holding here', () => {
    const m = new FakeStorage();
    const ev = new FakeEvents();
    m.data.set(SITES_KEY, 'garbage');
    m.limit = 20;
    stop = startSitePersistence(m, ev, now);
    expect(state().sitesStorage.status).toBe('held');
    add('mine');
    m.limit = Number.POSITIVE_INFINITY;
    otherTabWrites(m, ev, [mk('theirs')]);
    expect(state().sitesStorage.status).toBe('ok');
    expect(ids()).toEqual(['theirs', 'mine']);
    expect(m.sites().map((s) => s.id)).toEqual(['theirs', 'mine']);
  });
  it('stops listening when stopped', () => {
    const ev = new FakeEvents();
    startSitePersistence(new FakeStorage(), ev, now)();
    expect(ev.listeners.size).toBe(0);
  });
});
