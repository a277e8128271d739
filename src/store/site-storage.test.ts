import { describe, expect, it } from 'vitest';
import { normalisePolygon } from '@/lib/geo/antimeridian';
import {
  loadSites,
  normaliseSite,
  parseSites,
  SITES_KEY,
  type Site,
  type StorageLike,
  saveSites,
  serialiseSites,
  sitesFromFeatures,
  sitesToGeoJSON,
  storageFault,
} from './site-storage';

class Memory implements StorageLike {
  data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
}

/** A store with a quota (characters of keys and values, as browsers count them). */
class Quota extends Memory {
  constructor(private limit: number) {
    super();
  }
  override setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.data) if (key !== k) used += key.length + value.length;
    if (used > this.limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(k, v);
  }
}
const site: Site = {
  id: 's1',
  name: '勐腊北候选地',
  created: '2026-11-28T00:00:00.000Z',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [101.5, 21.5],
        [101.52, 21.5],
        [101.52, 21.52],
        [101.5, 21.5],
      ],
    ],
  },
};
const now = new Date('2026-11-28T12:00:00Z');

describe('site storage', () => {
  it('round-trips through the versioned store', () => {
    const m = new Memory();
    saveSites(m, [site]);
    expect(JSON.parse(m.getItem(SITES_KEY) ?? '').version).toBe(1);
    expect(loadSites(m)).toEqual({ sites: [site] });
  });
  it('an empty store is no problem', () => {
    expect(loadSites(new Memory())).toEqual({ sites: [] });
  });
  it('sets aside a store that is not JSON, keeping the raw text', () => {
    const m = new Memory();
    m.setItem(SITES_KEY, '{"version":1,"sites":[');
    const r = loadSites(m, now);
    expect(r).toEqual({
      sites: [],
      problem: { code: 'notJson' },
      setAside: `${SITES_KEY}.corrupt.2026-11-28T12:00:00.000Z`,
    });
    expect(m.getItem(r.setAside ?? '')).toBe('{"version":1,"sites":[');
  });
  it('sets aside an unknown version', () => {
    const m = new Memory();
    m.setItem(SITES_KEY, JSON.stringify({ version: 9, sites: [] }));
    expect(loadSites(m, now).problem).toEqual({ code: 'unknownVersion', version: 9 });
    m.setItem(SITES_KEY, JSON.stringify([site]));
    expect(loadSites(m, now).problem).toEqual({ code: 'notList' });
  });
  it('keeps the valid sites of a partly broken store and names the broken ones', () => {
    const m = new Memory();
    m.setItem(
      SITES_KEY,
      JSON.stringify({ version: 1, sites: [site, { id: 'x', name: '', geometry: null }] }),
    );
    const r = loadSites(m, now);
    expect(r.sites).toEqual([site]);
    expect(r.problem).toEqual({ code: 'invalidSites', positions: [2] });
    expect(r.setAside).toBeDefined();
  });
  it('exports GeoJSON and imports its polygons back as sites', () => {
    const fc = sitesToGeoJSON([site]);
    let n = 0;
    const back = sitesFromFeatures(fc, () => `n${++n}`, new Date(site.created));
    expect(back).toEqual([{ ...site, id: 'n1' }]);
  });
  it('a corrupt store too large to copy aside on a nearly full store is left where it was', () => {
    const m = new Quota(5_000_000);
    const raw = `{"version":1,"sites":[${'x'.repeat(4_000_000)}`;
    m.setItem(SITES_KEY, raw);
    const r = loadSites(m, now);
    expect(r.problem).toEqual({ code: 'notJson' });
    expect(r.setAsideFailed).toBe('full');
    expect(r.setAside).toBeUndefined();
    expect(m.getItem(SITES_KEY)).toBe(raw);
    expect([...m.data.keys()]).toEqual([SITES_KEY]);
  });
  it('names the storage faults: quota, blocked, anything else', () => {
    expect(storageFault(new DOMException('full', 'QuotaExceededError'))).toBe('full');
    expect(storageFault({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(storageFault(new DOMException('no', 'SecurityError'))).toBe('blocked');
    expect(storageFault(new Error('disk'))).toBe('failed');
    expect(storageFault('??')).toBe('failed');
  });
});

describe('sites across the antimeridian', () => {
  /** A 0.2° square across longitude 180, as MapLibre gives it once panned east past it. */
  const across: Site = {
    ...site,
    id: 'am',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [179.9, -16.5],
          [180.1, -16.5],
          [180.1, -16.3],
          [179.9, -16.3],
          [179.9, -16.5],
        ],
      ],
    },
  };
  const lons = (s: Site) => s.geometry.coordinates[0]?.map((p) => p[0]) ?? [];

  it('keeps a ring whole: longitudes continuous, its middle wrapped into [−180, 180)', () => {
    const n = normaliseSite(across);
    const l = lons(n);
    expect(Math.max(...l) - Math.min(...l)).toBeCloseTo(0.2, 9);
    const mid = (Math.max(...l) + Math.min(...l)) / 2;
    expect(mid).toBeGreaterThanOrEqual(-180);
    expect(mid).toBeLessThan(180);
    expect(l[0]).toBeCloseTo(-180.1, 9);
    expect(l[1]).toBeCloseTo(-179.9, 9);
    // Idempotent, exactly.
    expect(normaliseSite(n)).toEqual(n);
  });
  it('wraps a ring whose vertices were wrapped one by one, and one from a map panned round twice', () => {
    const split = normalisePolygon([
      [
        [179.9, 0],
        [-179.9, 0],
        [-179.9, 1],
        [179.9, 1],
        [179.9, 0],
      ],
    ]);
    expect(split[0]?.map((p) => p[0])).toEqual(
      [179.9, 180.1, 180.1, 179.9, 179.9].map((x) => expect.closeTo(x - 360, 9)),
    );
    const twice = normalisePolygon([
      [
        [101.5 + 720, 21.5],
        [101.6 + 720, 21.5],
        [101.6 + 720, 21.6],
        [101.5 + 720, 21.5],
      ],
    ]);
    expect(twice[0]?.map((p) => p[0])).toEqual([101.5, 101.6, 101.6, 101.5].map((x) => expect.closeTo(x, 9)));
    expect(normaliseSite(site)).toEqual(site);
  });
  it('a site saved with longitudes past 180 (before this was fixed) loads, and round-trips', () => {
    const m = new Memory();
    saveSites(m, [across]);
    const r = loadSites(m, now);
    expect(r.problem).toBeUndefined();
    expect(r.sites).toHaveLength(1);
    expect(r.sites[0]).toEqual(normaliseSite(across));
    saveSites(m, r.sites);
    expect(loadSites(m, now).sites).toEqual(r.sites);
  });
  it('still rejects a latitude out of range and a longitude that is not finite', () => {
    const stored = JSON.stringify({ version: 1, sites: [site] });
    expect(parseSites(stored.replace('101.5,21.5', '101.5,91')).problem).toEqual({
      code: 'invalidSites',
      positions: [1],
    });
    // JSON has no Infinity; 1e999 parses to it.
    expect(parseSites(stored.replace('101.5,21.5', '1e999,21.5')).problem).toEqual({
      code: 'invalidSites',
      positions: [1],
    });
  });
});

describe('a site remembers how it came to be', () => {
  const fc: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { 名称: '地块一' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100.8, 22.0],
              [100.81, 22.0],
              [100.81, 22.01],
              [100.8, 22.0],
            ],
          ],
        },
      },
    ],
  };
  it('keeps the file an imported site came from, through a save and a load', () => {
    const [site] = sitesFromFeatures(fc, () => 'site-a', new Date(0), { file: 'parcels' });
    expect(site?.origin).toEqual({ file: 'parcels' });
    expect(site?.name).toBe('地块一');
    const back = parseSites(serialiseSites(site ? [site] : []));
    expect(back.sites[0]?.origin).toEqual({ file: 'parcels' });
  });
  it('reads a save from before origins were kept (no origin)', () => {
    const [site] = sitesFromFeatures(fc, () => 'site-b');
    expect(site?.origin).toBeUndefined();
    expect(parseSites(serialiseSites(site ? [site] : [])).sites).toHaveLength(1);
  });
});
