import { describe, expect, it } from 'vitest';
import { type Bounds, boxesMeet, pointInBounds, recordsInView, sortRows } from '@/lib/domain/in-view';
import type { FilterableNode, NodeFilter } from '@/lib/domain/node-filter';

const node = (id: string, park: string, over: Partial<FilterableNode> = {}): FilterableNode => ({
  id,
  industry: 'tea',
  park,
  stage: 'upstream',
  link: 'tea-garden',
  name_zh: `茶${id}`,
  name_en: `Tea ${id}`,
  in_park: true,
  provenance: 'sample',
  ...over,
});
const parks = [
  { id: 'menghai', bbox: [100.3, 21.9, 100.6, 22.1] },
  { id: 'mohan', bbox: [101.6, 21.1, 101.7, 21.2] },
];
const nodes = [
  { props: node('a', 'menghai'), coord: [100.45, 22.0] },
  { props: node('b', 'menghai', { industry: 'rubber', link: 'rubber-primary' }), coord: [100.5, 22.05] },
  { props: node('c', 'mohan', { provenance: 'public' }), coord: [101.65, 21.15] },
];
const none: NodeFilter = { industries: [], stage: null, link: null, q: '' };
const aroundMenghai: Bounds = [100.0, 21.8, 100.8, 22.3];
const ids = (r: { parks: { id: string }[]; nodes: { id: string }[] }) => ({
  parks: r.parks.map((p) => p.id),
  nodes: r.nodes.map((n) => n.id),
});

describe('records in view', () => {
  it('bounds: a point on the edge is in, a box touching the view meets it, NaN never does', () => {
    expect(pointInBounds([100, 22], [100, 21, 101, 22])).toBe(true);
    expect(pointInBounds([99.99, 22], [100, 21, 101, 22])).toBe(false);
    expect(pointInBounds([], [100, 21, 101, 22])).toBe(false);
    expect(boxesMeet([101, 22, 102, 23], [100, 21, 101, 22])).toBe(true);
    expect(boxesMeet([101.01, 22, 102, 23], [100, 21, 101, 22])).toBe(false);
    expect(boxesMeet([], [100, 21, 101, 22])).toBe(false);
  });

  it('keeps the parks whose box meets the view and the nodes whose point is in it', () => {
    const r = recordsInView({ parks, nodes, bounds: aroundMenghai, filter: none, hidden: [] });
    expect(ids(r)).toEqual({ parks: ['menghai'], nodes: ['a', 'b'] });
  });

  it('no map yet (null bounds) lists everything', () => {
    const r = recordsInView({ parks, nodes, bounds: null, filter: none, hidden: [] });
    expect(ids(r)).toEqual({ parks: ['menghai', 'mohan'], nodes: ['a', 'b', 'c'] });
  });

  it('follows the node filter: only matching nodes, and only the parks that have one', () => {
    const rubber = { ...none, industries: ['rubber'] };
    expect(ids(recordsInView({ parks, nodes, bounds: null, filter: rubber, hidden: [] }))).toEqual({
      parks: ['menghai'],
      nodes: ['b'],
    });
    const publicOnly = { ...none, publicOnly: true };
    expect(ids(recordsInView({ parks, nodes, bounds: null, filter: publicOnly, hidden: [] }))).toEqual({
      parks: ['mohan'],
      nodes: ['c'],
    });
    const q = { ...none, q: 'TEA A' };
    expect(ids(recordsInView({ parks, nodes, bounds: aroundMenghai, filter: q, hidden: [] })).nodes).toEqual([
      'a',
    ]);
  });

  it('a hidden layer group lists nothing of it', () => {
    expect(ids(recordsInView({ parks, nodes, bounds: null, filter: none, hidden: ['nodes'] }))).toEqual({
      parks: ['menghai', 'mohan'],
      nodes: [],
    });
    expect(ids(recordsInView({ parks, nodes, bounds: null, filter: none, hidden: ['parks'] }))).toEqual({
      parks: [],
      nodes: ['a', 'b', 'c'],
    });
  });
});

describe('sortRows', () => {
  const rows = [
    { name: '勐腊', kind: 'b' },
    { name: '景洪', kind: 'a' },
    { name: '勐海', kind: 'a' },
  ];
  it('sorts Chinese by pinyin, both ways, without touching the input', () => {
    const asc = sortRows(rows, (r) => r.name, 'ascending', 'zh-CN').map((r) => r.name);
    expect(asc).toEqual(['景洪', '勐海', '勐腊']);
    expect(sortRows(rows, (r) => r.name, 'descending', 'zh-CN').map((r) => r.name)).toEqual([
      '勐腊',
      '勐海',
      '景洪',
    ]);
    expect(rows[0]?.name).toBe('勐腊');
  });
  it('breaks ties by the second key, in ascending order whichever way the first goes', () => {
    const byKind = (dir: 'ascending' | 'descending') =>
      sortRows(
        rows,
        (r) => r.kind,
        dir,
        'zh-CN',
        (r) => r.name,
      ).map((r) => r.name);
    expect(byKind('ascending')).toEqual(['景洪', '勐海', '勐腊']);
    expect(byKind('descending')).toEqual(['勐腊', '景洪', '勐海']);
  });
  it('compares numbers inside text as numbers, case-insensitively in English', () => {
    const en = [{ n: 'Zone 10' }, { n: 'zone 9' }, { n: 'Area' }];
    expect(sortRows(en, (r) => r.n, 'ascending', 'en').map((r) => r.n)).toEqual([
      'Area',
      'zone 9',
      'Zone 10',
    ]);
  });
});
