import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from './app-store';

beforeEach(() =>
  useAppStore.setState({ ...initialState(), tool: null, sketch: [], measured: null, sites: [] }),
);

describe('workbench tools', () => {
  it('a double-click adds one vertex, and finishing a drawn site saves a closed polygon', () => {
    const s = useAppStore.getState();
    s.startTool('draw-site');
    for (const p of [
      [1, 1],
      [2, 1],
      [2, 2],
      [2, 2],
    ])
      useAppStore.getState().addVertex(p);
    expect(useAppStore.getState().sketch).toHaveLength(3);
    useAppStore.getState().finishSketch();
    const site = useAppStore.getState().sites[0];
    expect(site?.geometry.coordinates[0]).toEqual([
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 1],
    ]);
    expect(useAppStore.getState().tool).toBeNull();
  });
  it('a site drawn on a map panned across longitude 180 is kept whole, its longitudes wrapped', () => {
    const s = useAppStore.getState();
    s.startTool('draw-site');
    // MapLibre's longitudes east of the antimeridian, once panned across it: 179.9 … 180.1.
    for (const p of [
      [179.9, -16.5],
      [180.1, -16.5],
      [180.1, -16.3],
    ])
      useAppStore.getState().addVertex(p);
    useAppStore.getState().finishSketch();
    const ring = useAppStore.getState().sites[0]?.geometry.coordinates[0] ?? [];
    const lons = ring.map((p) => p[0]);
    expect(lons).toEqual([-180.1, -179.9, -179.9, -180.1].map((x) => expect.closeTo(x, 9)));
    expect(ring.map((p) => p[1])).toEqual([-16.5, -16.5, -16.3, -16.5]);
  });
  it('a measurement needs 2 points (distance) or 3 (area); Escape (cancel) clears it', () => {
    const s = useAppStore.getState();
    s.startTool('measure-area');
    s.addVertex([0, 0]);
    s.addVertex([1, 0]);
    expect(useAppStore.getState().finishSketch()).toBeNull();
    useAppStore.getState().addVertex([1, 1]);
    expect(useAppStore.getState().finishSketch()).toHaveLength(3);
    expect(useAppStore.getState().measured?.tool).toBe('measure-area');
    useAppStore.getState().cancelTool();
    expect(useAppStore.getState().measured).toBeNull();
  });
});
