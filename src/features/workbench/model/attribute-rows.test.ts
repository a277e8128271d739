import { describe, expect, it } from 'vitest';
import {
  attributeColumns,
  cellText,
  isNumericColumn,
  nextSort,
  ownEntries,
  sortedIndices,
} from './attribute-rows';

const f = (properties: Record<string, unknown> | null): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates: [100.8, 22] },
});

const rows = [
  f({ 名称: '曼弄枫', 面积: 12.5, 编号: '10', __layer: 'x' }),
  f({ 名称: '勐仑', 面积: 2, 用途: '工业' }),
  f({ 名称: '嘎洒', 面积: null, 编号: '9' }),
  f({ 名称: '勐养', 面积: 100, 编号: '' }),
  f(null),
];

describe('attribute rows', () => {
  it('columns are the union of the keys in the order first seen, without internal keys', () => {
    expect(attributeColumns(rows)).toEqual(['名称', '面积', '编号', '用途']);
    expect(ownEntries({ a: 1, __color: '#fff' })).toEqual([['a', 1]]);
  });

  it('sorts numbers as numbers (also numeric text), blanks last in both directions', () => {
    expect(isNumericColumn(rows, '面积')).toBe(true);
    expect(isNumericColumn(rows, '编号')).toBe(true);
    expect(isNumericColumn(rows, '名称')).toBe(false);
    expect(sortedIndices(rows, { key: '面积', dir: 'asc' })).toEqual([1, 0, 3, 2, 4]);
    expect(sortedIndices(rows, { key: '面积', dir: 'desc' })).toEqual([3, 0, 1, 2, 4]);
    // '9' < '10' as numbers (as text '10' would come first).
    expect(sortedIndices(rows, { key: '编号', dir: 'asc' })).toEqual([2, 0, 1, 3, 4]);
  });

  it('sorts text in Chinese collation, and keeps the layer order with no sort', () => {
    const asc = sortedIndices(rows, { key: '名称', dir: 'asc' }).map((i) => rows[i]?.properties?.名称);
    expect(asc.slice(0, 4)).toEqual(['嘎洒', '曼弄枫', '勐仑', '勐养']);
    expect(sortedIndices(rows, null)).toEqual([0, 1, 2, 3, 4]);
  });

  it('cycles ascending → descending on the same header, and starts ascending on another', () => {
    expect(nextSort(null, 'a')).toEqual({ key: 'a', dir: 'asc' });
    expect(nextSort({ key: 'a', dir: 'asc' }, 'a')).toEqual({ key: 'a', dir: 'desc' });
    expect(nextSort({ key: 'a', dir: 'desc' }, 'a')).toEqual({ key: 'a', dir: 'asc' });
    expect(nextSort({ key: 'a', dir: 'desc' }, 'b')).toEqual({ key: 'b', dir: 'asc' });
  });

  it('shows values as text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(3.5)).toBe('3.5');
    expect(cellText(false)).toBe('false');
    expect(cellText({ a: [1] })).toBe('{"a":[1]}');
  });
});
