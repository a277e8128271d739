import { describe, expect, it } from 'vitest';
import { distinctCorners, edgeMidpoints, openRing, samePoint } from './vertex-ring';

describe('vertex rings', () => {
  it('drops consecutive repeats and the closing repeat', () => {
    expect(
      distinctCorners([
        [0, 0],
        [1, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
    expect(
      distinctCorners([
        [2, 2],
        [2, 2],
        [2, 2],
      ]),
    ).toEqual([[2, 2]]);
  });
  it('opens a closed ring and leaves an open one', () => {
    expect(
      openRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(
      openRing([
        [0, 0],
        [1, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(samePoint([1, 2], [1, 2.000001])).toBe(false);
  });
  it('gives the middle of every edge, the closing one last', () => {
    expect(
      edgeMidpoints([
        [0, 0],
        [2, 0],
        [2, 2],
      ]),
    ).toEqual([
      [1, 0],
      [2, 1],
      [1, 1],
    ]);
  });
});
