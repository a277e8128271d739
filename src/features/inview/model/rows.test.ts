import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, type Row, sortedRows } from './rows';

const row = (name: string, over: Partial<Row> = {}): Row => ({
  kind: 'node',
  id: name,
  name,
  type: '企业',
  place: '勐海产业园区',
  link: '茶叶初制',
  provenance: 'sample',
  ...over,
});

describe('list view rows', () => {
  it('a header click sorts by its column ascending, a second click descending, a third ascending', () => {
    const a = nextSort(DEFAULT_SORT, 'place');
    expect(a).toEqual({ key: 'place', dir: 'ascending' });
    const b = nextSort(a, 'place');
    expect(b).toEqual({ key: 'place', dir: 'descending' });
    expect(nextSort(b, 'place')).toEqual({ key: 'place', dir: 'ascending' });
    expect(nextSort(b, 'name')).toEqual({ key: 'name', dir: 'ascending' });
  });

  it('sorts by the chosen column in the language, ties by name', () => {
    const rows = [
      row('勐腊企业', { link: '橡胶初加工' }),
      row('景洪企业', { link: '茶叶初制' }),
      row('磨憨企业', { link: '茶叶初制' }),
    ];
    expect(sortedRows(rows, DEFAULT_SORT, 'zh').map((r) => r.name)).toEqual([
      '景洪企业',
      '勐腊企业',
      '磨憨企业',
    ]);
    // 茶 (chá) before 橡 (xiàng); the two tea rows by name.
    expect(sortedRows(rows, { key: 'link', dir: 'ascending' }, 'zh').map((r) => r.name)).toEqual([
      '景洪企业',
      '磨憨企业',
      '勐腊企业',
    ]);
    expect(sortedRows(rows, { key: 'link', dir: 'descending' }, 'zh').map((r) => r.name)).toEqual([
      '勐腊企业',
      '景洪企业',
      '磨憨企业',
    ]);
    const en = [row('Mohan Co.'), row('alpha tea'), row('Beta')];
    expect(sortedRows(en, DEFAULT_SORT, 'en').map((r) => r.name)).toEqual(['alpha tea', 'Beta', 'Mohan Co.']);
  });
});
