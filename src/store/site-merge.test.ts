import { describe, expect, it } from 'vitest';
import { mergeSites, sameSites } from './site-merge';
import type { Site } from './site-storage';

const mk = (id: string, name = id, lon = 101.5): Site => ({
  id,
  name,
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
const ids = (s: Site[]) => s.map((x) => `${x.id}:${x.name}`);
const a = mk('a');
const b = mk('b');
const c = mk('c');

describe('merging the sites of two tabs', () => {
  it('no change here: adopts the other tab’s list as it is (additions, edits, deletions)', () => {
    const theirs = [mk('a', 'renamed'), c];
    const r = mergeSites([a, b], [a, b], theirs);
    expect(r.sites).toBe(theirs);
    expect(r.keptLocal).toBe(false);
  });
  it('both added a site: keeps the union by id, theirs first', () => {
    const r = mergeSites([a], [a, b], [a, c]);
    expect(ids(r.sites)).toEqual(['a:a', 'c:c', 'b:b']);
    expect(r.keptLocal).toBe(true);
  });
  it('this tab’s edit wins over the same site unchanged there; their edit of another site is taken', () => {
    const r = mergeSites([a, b], [mk('a', 'mine'), b], [a, mk('b', 'theirs')]);
    expect(ids(r.sites)).toEqual(['a:mine', 'b:theirs']);
    expect(r.keptLocal).toBe(true);
  });
  it('both edited the same site: this tab’s version is kept', () => {
    const r = mergeSites([a], [mk('a', 'mine')], [mk('a', 'theirs')]);
    expect(ids(r.sites)).toEqual(['a:mine']);
  });
  it('a deletion on one side sticks only where the other side left the site as it was', () => {
    // Deleted there, untouched here (and a change here elsewhere): stays deleted.
    expect(ids(mergeSites([a, b], [a, b, c], [a]).sites)).toEqual(['a:a', 'c:c']);
    // Deleted there, edited here: this tab's edit is kept.
    expect(ids(mergeSites([a, b], [a, mk('b', 'edited')], [a]).sites)).toEqual(['a:a', 'b:edited']);
    // Deleted here, untouched there: stays deleted.
    expect(ids(mergeSites([a, b], [a], [a, b, c]).sites)).toEqual(['a:a', 'c:c']);
    // Deleted here, edited there: their edit is kept.
    expect(ids(mergeSites([a, b], [a], [a, mk('b', 'edited')]).sites)).toEqual(['a:a', 'b:edited']);
  });
  it('a store emptied elsewhere (base taken as empty) loses none of this tab’s sites', () => {
    const r = mergeSites([], [a, b], []);
    expect(ids(r.sites)).toEqual(['a:a', 'b:b']);
    expect(r.keptLocal).toBe(true);
  });
  it('the same change on both sides is no conflict', () => {
    const r = mergeSites([a], [a, b], [a, b]);
    expect(sameSites(r.sites, [a, b])).toBe(true);
    expect(r.keptLocal).toBe(false);
  });
  it('a moved vertex is a change', () => {
    expect(sameSites([a], [mk('a', 'a', 101.6)])).toBe(false);
    expect(ids(mergeSites([a], [mk('a', 'a', 101.6)], [a]).sites)).toEqual(['a:a']);
    expect(mergeSites([a], [mk('a', 'a', 101.6)], [a]).sites[0]?.geometry.coordinates[0]?.[0]?.[0]).toBe(
      101.6,
    );
  });
});
