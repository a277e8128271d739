import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../data/scripts/lib/search-index';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { editDistance, matchScore, normalize, search, searchAll } from './search';

const entry = (
  kind: SearchEntry['kind'],
  id: string,
  name_zh: string,
  name_en: string,
  extra: Partial<SearchEntry> = {},
): SearchEntry => ({ kind, id, name_zh, name_en, ...pinyinKeys(name_zh), ...extra });
const alias = (zh: string, en: string) => [{ zh, en, ...pinyinKeys(zh) }];
const index = [
  entry('node', 'te-01', '勐海茶业有限公司(大益)', 'Menghai Tea Co. (Dayi)', {
    sub: 'firm',
    ctx_zh: '勐海园区 · 勐海县',
  }),
  entry('place', 'menghai-seat', '勐海县', 'Menghai', { sub: 'county_seat' }),
  entry('park', 'menghai', '勐海产业园区', 'Menghai Industrial Park', {
    sub: 'park',
    alias: alias('勐海园区', 'Menghai park'),
    ctx_zh: '勐海县',
    ctx_en: 'Menghai',
  }),
  entry('park', 'mohan', '磨憨经济开发区', 'Mohan Economic Development Zone', {
    sub: 'subzone',
    alias: alias('磨憨', 'Mohan'),
  }),
  entry('place', 'mohan-road-port', '磨憨口岸(公路)', 'Mohan road port', { sub: 'port' }),
  entry('industry', 'rubber', '橡胶', 'Rubber'),
  entry('link', 'rubber-wood', '橡胶木精深加工', 'Rubber-wood products', { industry: 'rubber' }),
  entry('industry', 'tourism', '文旅康养', 'Culture, tourism & wellness'),
];
const first = (q: string) => search(index, q)[0]?.id;

describe('pinyin keys (built with the data)', () => {
  it('gives full pinyin and initials of the Chinese characters only, ü as v', () => {
    expect(pinyinKeys('勐海产业园区')).toEqual({ py: 'menghaichanyeyuanqu', ini: 'mhcyyq' });
    expect(pinyinKeys('勐海茶业有限公司(大益)').ini).toBe('mhcyyxgsdy');
    expect(pinyinKeys('文旅康养').py).toBe('wenlvkangyang');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps, stopping above the bound', () => {
    expect(editDistance('menhai', 'menghai')).toBe(1);
    expect(editDistance('mohn', 'mohan')).toBe(1);
    expect(editDistance('mohna', 'mohan')).toBe(1);
    expect(editDistance('rubber', 'rubber')).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('normalizes case, accents and punctuation', () => {
    expect(normalize("  Pu'Er  (TEA) ")).toBe('pu er tea');
    expect(normalize('lǜ')).toBe('lu');
  });
});

describe('search', () => {
  it('"mh" finds 勐海 and 磨憨 by their initials, parks first, the exact alias first', () => {
    const ids = search(index, 'mh').map((e) => e.id);
    expect(ids.slice(0, 2)).toEqual(['mohan', 'menghai']);
    expect(ids).toContain('te-01');
  });
  it('ranks the park before the county and the firm of the same name', () => {
    expect(search(index, 'menghai').map((e) => e.id)).toEqual(['menghai', 'menghai-seat', 'te-01']);
    expect(
      search(index, '勐海')
        .map((e) => e.id)
        .slice(0, 2),
    ).toEqual(['menghai', 'menghai-seat']);
  });
  it("finds a park by its own label and its English short name (the index's aliases)", () => {
    expect(first('勐海园区')).toBe('menghai');
    expect(first('menghai park')).toBe('menghai');
    expect(first('mhyq')).toBe('menghai');
    expect(first('磨憨')).toBe('mohan');
  });
  it('tolerates typos: one edit in a short word, none in a word under 4 letters', () => {
    expect(first('menhai')).toBe('menghai');
    expect(first('mohn')).toBe('mohan');
    expect(first('rubbr')).toBe('rubber');
    expect(search(index, 'rbr')).toEqual([]);
    // Typos are read only when nothing matches as typed.
    expect(matchScore(index[1] as SearchEntry, 'menhai')).toBeNull();
    expect(matchScore(index[1] as SearchEntry, 'menhai', true)).toBeGreaterThan(0);
    expect(searchAll(index, 'mengha').map((e) => e.id)).not.toContain('mohan');
    expect(first('rubr')).toBe('rubber');
  });
  it('reads type words: "mohan port" is the port, "勐海 园区" the park, "勐海 企业" the firm', () => {
    expect(first('mohan port')).toBe('mohan-road-port');
    expect(first('磨憨口岸')).toBe('mohan-road-port');
    expect(first('勐海 园区')).toBe('menghai');
    expect(first('勐海 企业')).toBe('te-01');
    expect(first('menghai county')).toBe('menghai-seat');
  });
  it('matches full pinyin with spaces, ü typed as v, English words, ignoring case', () => {
    expect(search(index, 'mo han').map((e) => e.id)[0]).toBe('mohan');
    expect(first('wenlv')).toBe('tourism');
    expect(first('RUBB')).toBe('rubber');
    expect(first('economic')).toBe('mohan');
  });
  it('needs every word; only when nothing matches them all are partial matches shown, lower', () => {
    expect(searchAll(index, 'rubber wood').map((e) => e.id)).toEqual(['rubber-wood']);
    expect(searchAll(index, 'rubber zzzz').map((e) => e.id)).toEqual(['rubber', 'rubber-wood']);
    expect(matchScore(index[5] as SearchEntry, 'rubber')).toBeGreaterThan(
      matchScore(index[6] as SearchEntry, 'rubber') ?? 0,
    );
    expect(matchScore(index[5] as SearchEntry, '')).toBeNull();
    expect(search(index, 'zzz')).toEqual([]);
  });
  it('lists each entry once and limits the short list', () => {
    const all = searchAll(index, 'm');
    expect(new Set(all.map((e) => `${e.kind}:${e.id}`)).size).toBe(all.length);
    expect(search(index, 'm', 2)).toHaveLength(2);
  });
});
