import { describe, expect, it } from 'vitest';
import { chainEdges, cyclicLinks, layoutChain } from '@/lib/domain/chain-graph';

// The rubber chain's shape: seedling → plantation → primary → reserve → medical; wood after plantation.
const rubber = [
  { id: 'seedling', after: [] },
  { id: 'plantation', after: ['seedling'] },
  { id: 'primary', after: ['plantation'] },
  { id: 'reserve', after: ['primary'] },
  { id: 'medical', after: ['primary', 'reserve'] },
  { id: 'wood', after: ['plantation'] },
];

describe('layoutChain', () => {
  it('puts each link one column after its longest feeding path', () => {
    const { placed, cols, rows } = layoutChain(rubber);
    expect(placed).toEqual([
      { id: 'seedling', col: 0, row: 0 },
      { id: 'plantation', col: 1, row: 0 },
      { id: 'primary', col: 2, row: 0 },
      { id: 'reserve', col: 3, row: 0 },
      { id: 'medical', col: 4, row: 0 },
      { id: 'wood', col: 2, row: 1 },
    ]);
    expect([cols, rows]).toEqual([5, 2]);
  });
  it('stays finite on a cycle and reports it', () => {
    const loop = [
      { id: 'a', after: ['b'] },
      { id: 'b', after: ['a'] },
      { id: 'c', after: [] },
    ];
    expect(layoutChain(loop).placed).toHaveLength(3);
    expect(cyclicLinks(loop)).toEqual(['a', 'b']);
    expect(cyclicLinks(rubber)).toEqual([]);
  });
  it('lists edges from feeder to fed link', () => {
    expect(chainEdges(rubber)).toContainEqual(['reserve', 'medical']);
    expect(chainEdges(rubber)).toHaveLength(6);
  });
});
