import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { withBureauNodes } from './bureau-search';
import type { BureauRecord } from './bureau-types';

const entry = (kind: SearchEntry['kind'], id: string, name_zh: string, py = 'py'): SearchEntry => ({
  kind,
  id,
  name_zh,
  name_en: id,
  py,
  ini: 'i',
});
const record = (nodes: { id: string; name_zh: string }[]) =>
  ({
    nodes: {
      type: 'FeatureCollection',
      features: nodes.map((n) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [100, 22] },
        properties: { ...n, name_en: `${n.id} en`, industry: 'tea', kind: 'firm' },
      })),
    },
  }) as unknown as BureauRecord;

describe('withBureauNodes', () => {
  const index = [entry('park', 'menghai', '勐海'), entry('node', 'a', '甲'), entry('node', 'b', '乙')];
  it('keeps the shipped index when nothing is applied', () => {
    expect(withBureauNodes(index, null)).toBe(index);
  });
  it('the applied ledger replaces the node entries: added found, removed gone, pinyin kept if unchanged', () => {
    const out = withBureauNodes(
      index,
      record([
        { id: 'a', name_zh: '甲' },
        { id: 'c', name_zh: '丙' },
      ]),
    );
    expect(out.map((e) => [e.kind, e.id, e.py])).toEqual([
      ['park', 'menghai', 'py'],
      ['node', 'a', 'py'],
      ['node', 'c', ''],
    ]);
    expect(out.find((e) => e.id === 'c')).toMatchObject({ name_en: 'c en', industry: 'tea', sub: 'firm' });
  });
});
