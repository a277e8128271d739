import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../data/scripts/lib/search-index';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { matchRank, search } from './search';

const entry = (kind: SearchEntry['kind'], id: string, name_zh: string, name_en: string): SearchEntry => ({
  kind,
  id,
  name_zh,
  name_en,
  ...pinyinKeys(name_zh),
});
const index = [
  entry('node', 'te-01', '勐海茶业有限公司(大益)', 'Menghai Tea Co. (Dayi)'),
  entry('park', 'menghai', '勐海产业园区', 'Menghai Industrial Park'),
  entry('park', 'mohan', '磨憨片区', 'Mohan sub-zone'),
  entry('industry', 'rubber', '橡胶', 'Rubber'),
  entry('place', 'gasa-airport', '西双版纳嘎洒国际机场', "Xishuangbanna Gasa Int'l Airport"),
];

describe('pinyin keys (built with the data)', () => {
  it('gives full pinyin and initials of the Chinese characters only', () => {
    expect(pinyinKeys('勐海产业园区')).toEqual({ py: 'menghaichanyeyuanqu', ini: 'mhcyyq' });
    expect(pinyinKeys('勐海茶业有限公司(大益)').ini).toBe('mhcyyxgsdy');
  });
});

describe('search', () => {
  it('"mh" finds 勐海 and 磨憨 by their initials, parks first', () => {
    const ids = search(index, 'mh').map((e) => e.id);
    expect(ids.slice(0, 2).sort()).toEqual(['menghai', 'mohan']);
    expect(ids[2]).toBe('te-01');
  });
  it('matches full pinyin, Chinese, English and ignores case and spaces', () => {
    expect(search(index, 'mo han').map((e) => e.id)).toEqual(['mohan']);
    expect(search(index, '橡胶')[0]?.id).toBe('rubber');
    expect(search(index, 'RUBB')[0]?.id).toBe('rubber');
    expect(search(index, 'gasa').map((e) => e.id)).toEqual(['gasa-airport']);
  });
  it('ranks exact over prefix over initials over contains', () => {
    expect(matchRank(index[3] as SearchEntry, '橡胶')).toBe(0);
    expect(matchRank(index[1] as SearchEntry, '勐海')).toBe(1);
    expect(matchRank(index[1] as SearchEntry, 'mhc')).toBe(2);
    expect(matchRank(index[1] as SearchEntry, 'industrial')).toBe(4);
    expect(matchRank(index[1] as SearchEntry, '')).toBeNull();
    expect(matchRank(index[1] as SearchEntry, 'zzz')).toBeNull();
  });
});
