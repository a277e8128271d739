/** The search query set (query-set.ts) against the index the data build wrote: every first result. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCatalog, shippedPlaces } from '../../../../test/support/shipped-data';
import { searchIndexSchema } from '@/lib/schemas/search-index';
import { QUERY_SET } from './query-set';
import { searchAll } from './search';

const index = searchIndexSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/geo/search.json'), 'utf8')),
);
const ids = new Set(index.map((e) => `${e.kind}:${e.id}`));

describe('search query set (built index)', () => {
  it('has at least 40 queries, each expecting an entry the index has', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    expect(QUERY_SET.filter((c) => !ids.has(c.first)).map((c) => c.first)).toEqual([]);
    expect(new Set(QUERY_SET.map((c) => c.q.toLowerCase())).size).toBe(QUERY_SET.length);
  });
  it('gives every park its short names as an alias and its county (and parent) as its context, from the data', () => {
    const seat = (county: string) =>
      shippedPlaces.find((p) => p.kind === 'county_seat' && p.county === county);
    for (const park of shippedCatalog.parks) {
      const e = index.find((x) => x.kind === 'park' && x.id === park.id);
      expect(e?.alias?.map((a) => [a.zh, a.en])).toEqual([[park.short_zh, park.short_en]]);
      const parent = shippedCatalog.parks.find((p) => p.id === park.parent);
      expect(e?.ctx_zh).toBe([parent?.short_zh, seat(park.county)?.name_zh].filter(Boolean).join(' · '));
      expect(e?.ctx_en).toBe([parent?.short_en, seat(park.county)?.name_en].filter(Boolean).join(' · '));
    }
    // One entry per record: no duplicate kind:id.
    expect(ids.size).toBe(index.length);
  });
  it.each(QUERY_SET)('"$q" → $first ($why)', ({ q, first }) => {
    const r = searchAll(index, q)[0];
    expect(r ? `${r.kind}:${r.id}` : 'no result').toBe(first);
  });
});
