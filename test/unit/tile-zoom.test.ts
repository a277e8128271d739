import { describe, expect, it } from 'vitest';
import { NODES_FROM_ZOOM as BUILD } from '../../data/scripts/lib/vector-tiles';
import { NODES_FROM_ZOOM as MAP } from '../../src/map/layers/node-layers';

describe('the node tiles follow the map', () => {
  it('carry every node from the zoom at which the map draws them as dots', () => {
    expect(BUILD).toBe(MAP);
  });
});
