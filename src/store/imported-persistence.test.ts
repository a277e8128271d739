import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { palette } from '@/lib/palette';
import { initialState, useAppStore } from './app-store';
import {
  type AsideEntry,
  asideFileText,
  formatBytes,
  initialLayerStorage,
  isQuotaError,
  type LayerDb,
  type Persistence,
  startImportedPersistence,
  storageAfter,
  useLayerStorage,
} from './imported-persistence';
import { type LayerRecord, RECORD_VERSION, readRecord, salvageLayer, toRecord } from './imported-record';
import type { ImportedLayer } from './workbench-slice';

const square: GeoJSON.Feature = {
  type: 'Feature',
  properties: { 名称: '曼弄枫地块', 面积: 12.5 },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [100.7, 22],
        [100.71, 22],
        [100.71, 22.01],
        [100.7, 22],
      ],
    ],
  },
};

const layer = (id: string, over: Partial<ImportedLayer> = {}): ImportedLayer => ({
  id,
  name: `层 ${id}`,
  format: 'GeoJSON',
  redline: false,
  visible: true,
  color: '#1f6fb4',
  data: { type: 'FeatureCollection', features: [square] },
  warnings: [],
  ...over,
});

const record = (l: ImportedLayer): LayerRecord => toRecord(l, new Date('2026-12-01T00:00:00Z'), '#5d3a9b');

/** An in-memory database: writes can be refused (quota or otherwise), calls are counted. */
class FakeDb implements LayerDb {
  layers = new Map<string, unknown>();
  aside = new Map<number, AsideEntry>();
  refuse: ((r: LayerRecord) => unknown) | null = null;
  puts = 0;
  async readAll() {
    return [...this.layers].map(([key, value]) => ({ key, value }));
  }
  async put(r: LayerRecord) {
    const e = this.refuse?.(r);
    if (e) throw e;
    this.puts++;
    this.layers.set(r.id, structuredClone(r));
  }
  async remove(id: string) {
    this.layers.delete(id);
  }
  async setAside(from: string, raw: unknown, problem: AsideEntry['problem'], at: string) {
    const entry: AsideEntry = { id: this.aside.size + 1, from, raw, problem, at };
    this.aside.set(entry.id, entry);
    this.layers.delete(from);
    return entry;
  }
  async readAside() {
    return [...this.aside.values()];
  }
  async updateAside(e: AsideEntry) {
    this.aside.set(e.id, e);
  }
  async deleteAside(id: number) {
    this.aside.delete(id);
  }
  stored(id: string) {
    return this.layers.get(id) as LayerRecord | undefined;
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let running: Persistence | null = null;
const start = (db: FakeDb | (() => Promise<LayerDb>)) => {
  running = startImportedPersistence({
    open: typeof db === 'function' ? db : async () => db,
    estimate: async () => ({ usage: 52_400_000, quota: 60_000_000 }),
    debounceMs: 0,
    events: null,
  });
  return running;
};

beforeEach(() => {
  useAppStore.setState({ ...initialState(), imported: [], selectedImported: null });
  useLayerStorage.setState(initialLayerStorage());
});
afterEach(() => {
  running?.stop();
  running = null;
});

describe('a layer record', () => {
  it('round-trips a layer with its colour, red-line flag and any extra field (a CRS report)', () => {
    const l = { ...layer('a', { redline: true, color: '#c1121f' }), crs: { detected: 'EPSG:4547' } };
    const r = readRecord(structuredClone(record(l)));
    expect(r).toEqual({ ok: true, layer: l, rank: 0 });
    expect(record(l).v).toBe(RECORD_VERSION);
  });

  it('names what is wrong: not an object, a newer or missing version, each bad field', () => {
    expect(readRecord('x')).toEqual({ ok: false, problem: { code: 'notObject' } });
    expect(readRecord({ ...record(layer('a')), v: 7 })).toEqual({
      ok: false,
      problem: { code: 'newerVersion', version: 7 },
    });
    expect(readRecord({ ...record(layer('a')), v: undefined })).toMatchObject({
      problem: { code: 'unknownVersion' },
    });
    const bad = (patch: Record<string, unknown>) => {
      const r = readRecord({ ...record(layer('a')), ...patch });
      return r.ok ? null : r.problem;
    };
    expect(bad({ name: 3 })).toEqual({ code: 'badField', field: 'name' });
    expect(bad({ color: 'red' })).toEqual({ code: 'badField', field: 'color' });
    expect(bad({ redline: 'yes' })).toEqual({ code: 'badField', field: 'redline' });
    expect(bad({ data: { type: 'FeatureCollection' } })).toEqual({ code: 'badField', field: 'data' });
    expect(
      bad({ data: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: 5 }] } }),
    ).toEqual({
      code: 'badField',
      field: 'data.features',
    });
    expect(bad({ warnings: [{ nokey: 1 }] })).toEqual({ code: 'badField', field: 'warnings' });
    // A big layer whose parts were not all found (imported-db.ts leaves `chunks` on it).
    expect(bad({ chunks: { stamp: 'x', n: 3 } })).toEqual({ code: 'badField', field: 'data.chunks' });
  });

  it('salvages the whole features of a broken record, or says there are none', () => {
    const broken = {
      name: '红线',
      redline: true,
      data: { features: [square, { type: 'Feature', geometry: 1 }] },
    };
    const l = salvageLayer(broken, 'import-3');
    expect(l?.name).toBe('红线');
    expect(l?.redline).toBe(true);
    expect(l?.data.features).toEqual([square]);
    expect(salvageLayer({ type: 'FeatureCollection', features: [square] }, 'k')?.name).toBe('k');
    expect(salvageLayer({ name: 'x', data: { features: [] } }, 'k')).toBeNull();
    expect(salvageLayer(42, 'k')).toBeNull();
  });

  it('is downloaded as JSON with what was wrong', () => {
    const text = asideFileText({
      id: 1,
      from: 'import-1',
      raw: { v: 9 },
      problem: { code: 'notObject' },
      at: 't',
    });
    expect(JSON.parse(text)).toEqual({
      from: 'import-1',
      setAsideAt: 't',
      problem: { code: 'notObject' },
      record: { v: 9 },
    });
  });
});

describe('the storage state machine', () => {
  const ok = { status: 'ok' as const, message: null };
  it('says a refusal once, updates the banner after, and says when saving resumes', () => {
    const full = storageAfter(ok, { type: 'full', layer: '红线', used: '52.4 MB', total: '60.0 MB' });
    expect(full.status).toBe('full');
    expect(full.notice).toEqual({
      key: 'gis.layers.store.full',
      params: { name: '红线', used: '52.4 MB', total: '60.0 MB' },
    });
    const again = storageAfter(full, { type: 'full', layer: 'b', used: '1', total: '2' });
    expect(again.notice).toBeUndefined();
    expect(again.message?.params?.name).toBe('b');
    expect(storageAfter(again, { type: 'saved' }).notice).toEqual({ key: 'gis.layers.store.resumed' });
    expect(storageAfter(ok, { type: 'saved' }).notice).toBeUndefined();
  });

  it('no database: said with the reason, and stays so', () => {
    const u = storageAfter(ok, { type: 'unavailable', fault: { reason: 'missing' } });
    expect(u.status).toBe('unavailable');
    expect(u.notice?.params?.reason).toEqual({ key: 'gis.layers.store.noDb' });
    expect(storageAfter(u, { type: 'saved' }).status).toBe('unavailable');
  });

  it('knows a quota error and writes sizes', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
    expect(formatBytes(52_400_000)).toBe('52.4 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
    expect(formatBytes(undefined)).toBe('—');
  });
});

describe('imported layers persistence', () => {
  it('loads the stored layers, then saves changes and deletes a removed layer', async () => {
    const db = new FakeDb();
    db.layers.set('a', record(layer('a', { name: '控规', redline: true, color: '#c1121f', visible: false })));
    const p = start(db);
    await p.loaded;
    const [a] = useAppStore.getState().imported;
    expect(a).toMatchObject({ id: 'a', name: '控规', redline: true, color: '#c1121f', visible: false });
    expect(useLayerStorage.getState().status).toBe('ok');
    const store = useAppStore.getState();
    store.addImported(layer('b'));
    store.renameImported('a', '控制性详细规划');
    await p.flush();
    expect(db.stored('a')?.name).toBe('控制性详细规划');
    expect(db.stored('b')?.data.features).toHaveLength(1);
    const puts = db.puts;
    await p.flush();
    expect(db.puts, 'unchanged layers are not written again').toBe(puts);
    useAppStore.getState().removeImported('a');
    await p.flush();
    expect(db.stored('a')).toBeUndefined();
  });

  it('comes back in the list’s order (records are read in key order), and an undone removal keeps its place', async () => {
    const db = new FakeDb();
    db.layers.set('a', toRecord(layer('a'), new Date(), '#5d3a9b', 1));
    db.layers.set('b', toRecord(layer('b'), new Date(), '#5d3a9b', 0));
    const p = start(db);
    await p.loaded;
    expect(useAppStore.getState().imported.map((l) => l.id)).toEqual(['b', 'a']);
    useAppStore.getState().addImported(layer('c'));
    const b = useAppStore.getState().imported[0] as ImportedLayer;
    useAppStore.getState().removeImported('b');
    await p.flush();
    useAppStore.getState().addImported(b, 0);
    await p.flush();
    const puts = db.puts;
    expect(puts, 'c, then b again; a is not rewritten').toBe(2);
    p.stop();
    useAppStore.setState({ imported: [] });
    const q = start(db);
    await q.loaded;
    expect(useAppStore.getState().imported.map((l) => l.id)).toEqual(['b', 'a', 'c']);
  });

  it('writes nothing before the load has read the store; a layer imported meanwhile and a stored one with its id both stay', async () => {
    const db = new FakeDb();
    db.layers.set('import-1', record(layer('import-1', { name: '上次的图层' })));
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const p = start(async () => {
      await gate;
      return db;
    });
    useAppStore.getState().addImported(layer('import-1', { name: '新导入' }));
    await new Promise((r) => setTimeout(r, 5));
    expect(db.stored('import-1')?.name, 'not written over before it was read').toBe('上次的图层');
    release();
    await p.loaded;
    const names = useAppStore.getState().imported.map((l) => `${l.id}:${l.name}`);
    expect(names).toEqual(['import-1-2:上次的图层', 'import-1:新导入']);
    await p.flush();
    expect(db.stored('import-1-2')?.name).toBe('上次的图层');
    expect(db.stored('import-1')?.name).toBe('新导入');
  });

  it('sets an unreadable record aside (not deleted), says so, and restores or discards it on request', async () => {
    const db = new FakeDb();
    db.layers.set('good', record(layer('good')));
    const broken = { ...record(layer('bad', { name: '坏记录' })), color: 42 };
    db.layers.set('bad', broken);
    const p = start(db);
    await p.loaded;
    expect(useAppStore.getState().imported.map((l) => l.id)).toEqual(['good']);
    expect(db.layers.has('bad')).toBe(false);
    expect([...db.aside.values()][0]).toMatchObject({
      from: 'bad',
      raw: broken,
      problem: { code: 'badField', field: 'color' },
    });
    expect(useAppStore.getState().notice).toEqual({ key: 'gis.layers.store.setAside', params: { n: 1 } });
    const [entry] = useLayerStorage.getState().aside;
    expect(entry?.from).toBe('bad');
    const actions = useLayerStorage.getState().actions;
    expect(await actions?.restore(entry?.id ?? 0)).toBeNull();
    const restored = useAppStore.getState().imported.at(-1);
    expect(restored).toMatchObject({ id: 'bad', name: '坏记录', color: palette.imported });
    expect(useLayerStorage.getState().aside).toEqual([]);
    expect(db.aside.get(entry?.id ?? 0)?.restoredAs, 'kept in the aside store, marked').toBe('bad');
    await p.flush();
    expect(db.stored('bad')?.name).toBe('坏记录');
    await actions?.discard(entry?.id ?? 0);
    expect(db.aside.size).toBe(0);
  });

  it('a refused write (quota) keeps the layer, names it with the figures, and is tried again', async () => {
    const db = new FakeDb();
    const p = start(db);
    await p.loaded;
    db.refuse = (r) => (r.name === '大图层' ? quota() : null);
    useAppStore.getState().addImported(layer('big', { name: '大图层' }));
    await p.flush();
    expect(useAppStore.getState().imported).toHaveLength(1);
    expect(useLayerStorage.getState().status).toBe('full');
    expect(useAppStore.getState().notice).toEqual({
      key: 'gis.layers.store.full',
      params: { name: '大图层', used: '52.4 MB', total: '60.0 MB' },
    });
    db.refuse = null;
    useAppStore.getState().updateImported('big', { visible: false });
    await p.flush();
    expect(db.stored('big')?.visible).toBe(false);
    expect(useLayerStorage.getState().status).toBe('ok');
    expect(useAppStore.getState().notice).toEqual({ key: 'gis.layers.store.resumed' });
  });

  it('no database: says the layers will not be kept, and leaves the layers alone', async () => {
    const p = start(() => Promise.reject({ reason: 'missing' }));
    useAppStore.getState().addImported(layer('a'));
    await p.loaded;
    expect(useLayerStorage.getState().status).toBe('unavailable');
    expect(useAppStore.getState().notice?.key).toBe('gis.layers.store.unavailable');
    expect(useAppStore.getState().imported).toHaveLength(1);
  });

  it('a database of a newer app version is said as such', async () => {
    const p = start(() => Promise.reject(new DOMException('newer', 'VersionError')));
    await p.loaded;
    expect(useLayerStorage.getState().message?.params?.reason).toEqual({ key: 'gis.layers.store.newerDb' });
  });
});
