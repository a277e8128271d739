import { describe, expect, it } from 'vitest';
import { chainEdges, cyclicLinks, layoutByStage, layoutChain } from '@/lib/domain/chain-graph';

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

describe('layoutByStage (the wide view: one band of columns per stage)', () => {
  // The shipped biomed chain's shape: a support link (R&D) feeds a downstream one.
  const biomed = [
    { id: 'germplasm', stage: 'upstream' as const, after: [] },
    { id: 'planting', stage: 'upstream' as const, after: ['germplasm'] },
    { id: 'pieces', stage: 'midstream' as const, after: ['planting'] },
    { id: 'rnd', stage: 'support' as const, after: [] },
    { id: 'drugs', stage: 'downstream' as const, after: ['pieces', 'rnd'] },
    { id: 'health', stage: 'downstream' as const, after: ['pieces'] },
  ];
  it('gives each stage its own columns, in stage order, feeders in other stages not counting', () => {
    const { placed, cols, rows, bands } = layoutByStage(biomed);
    expect(bands).toEqual([
      { stage: 'upstream', col: 0, span: 2 },
      { stage: 'midstream', col: 2, span: 1 },
      { stage: 'downstream', col: 3, span: 1 },
      { stage: 'support', col: 4, span: 1 },
    ]);
    expect(placed).toEqual([
      { id: 'germplasm', col: 0, row: 0 },
      { id: 'planting', col: 1, row: 0 },
      { id: 'pieces', col: 2, row: 0 },
      { id: 'rnd', col: 4, row: 0 },
      { id: 'drugs', col: 3, row: 0 },
      { id: 'health', col: 3, row: 1 },
    ]);
    expect([cols, rows]).toEqual([5, 2]);
  });
  it('leaves out a stage with no links (no empty 配套服务 column)', () => {
    const { bands, cols } = layoutByStage(biomed.filter((l) => l.stage !== 'support'));
    expect(bands.map((b) => b.stage)).toEqual(['upstream', 'midstream', 'downstream']);
    expect(cols).toBe(4);
  });
});
