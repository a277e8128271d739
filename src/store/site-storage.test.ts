import { describe, expect, it } from 'vitest';
import {
  loadSites,
  SITES_KEY,
  type Site,
  type StorageLike,
  saveSites,
  sitesFromFeatures,
  sitesToGeoJSON,
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
      problem: 'not JSON',
      setAside: `${SITES_KEY}.corrupt.2026-11-28T12:00:00.000Z`,
    });
    expect(m.getItem(r.setAside ?? '')).toBe('{"version":1,"sites":[');
  });
  it('sets aside an unknown version', () => {
    const m = new Memory();
    m.setItem(SITES_KEY, JSON.stringify({ version: 9, sites: [] }));
    expect(loadSites(m, now).problem).toBe('unknown version 9');
  });
  it('keeps the valid sites of a partly broken store and names the broken ones', () => {
    const m = new Memory();
    m.setItem(
      SITES_KEY,
      JSON.stringify({ version: 1, sites: [site, { id: 'x', name: '', geometry: null }] }),
    );
    const r = loadSites(m, now);
    expect(r.sites).toEqual([site]);
    expect(r.problem).toBe('invalid site #2');
    expect(r.setAside).toBeDefined();
  });
  it('exports GeoJSON and imports its polygons back as sites', () => {
    const fc = sitesToGeoJSON([site]);
    let n = 0;
    const back = sitesFromFeatures(fc, () => `n${++n}`, new Date(site.created));
    expect(back).toEqual([{ ...site, id: 'n1' }]);
  });
});
