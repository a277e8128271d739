import type { Position } from 'geojson';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from './app-store';
import type { RingCheck } from './workbench-slice';

const st = () => useAppStore.getState();

beforeEach(() =>
  useAppStore.setState({
    ...initialState(),
    tool: null,
    sketch: [],
    measured: null,
    sites: [],
    editing: null,
    drawProblem: null,
    ringCheck: null,
  }),
);

const SQUARE: Position[] = [
  [100, 22],
  [100.01, 22],
  [100.01, 22.01],
  [100, 22.01],
];

/** A stand-in for the workbench's validity check: refuses a ring two of whose non-adjacent edges cross. */
const bowTieCheck: RingCheck = (c) => {
  const side = (a: Position, b: Position, p: Position) =>
    Math.sign(
      ((b[0] ?? 0) - (a[0] ?? 0)) * ((p[1] ?? 0) - (a[1] ?? 0)) -
        ((b[1] ?? 0) - (a[1] ?? 0)) * ((p[0] ?? 0) - (a[0] ?? 0)),
    );
  const n = c.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      const [a, b, p, q] = [c[i], c[(i + 1) % n], c[j], c[(j + 1) % n]] as Position[];
      if (a && b && p && q && side(a, b, p) * side(a, b, q) < 0 && side(p, q, a) * side(p, q, b) < 0)
        return { ok: false, message: { key: 'gis.draw.problem.selfIntersects' } };
    }
  return { ok: true, ring: c };
};

describe('undo while drawing', () => {
  it('removes the last vertex, one at a time, and never below none', () => {
    st().startTool('draw-site');
    for (const p of SQUARE.slice(0, 3)) st().addVertex(p);
    st().undoVertex();
    expect(st().sketch).toEqual(SQUARE.slice(0, 2));
    st().undoVertex();
    st().undoVertex();
    st().undoVertex();
    expect(st().sketch).toEqual([]);
    expect(st().tool).toBe('draw-site');
  });
  it('does nothing without a tool', () => {
    st().undoVertex();
    expect(st().sketch).toEqual([]);
  });
});

describe('finishing a drawn site', () => {
  it('refuses fewer than 3 distinct points with a message, keeping the sketch', () => {
    st().startTool('draw-site');
    for (const p of [SQUARE[0], SQUARE[1], SQUARE[1], SQUARE[0]] as Position[]) st().addVertex(p);
    expect(st().finishSketch()).toBeNull();
    expect(st().sites).toHaveLength(0);
    expect(st().drawProblem?.key).toBe('gis.draw.problem.tooFew');
    expect(st().tool).toBe('draw-site');
    expect(st().sketch).toHaveLength(3);
  });
  it('runs the registered check: a refused ring keeps the sketch and says why; a fixed one is saved', () => {
    st().setRingCheck(bowTieCheck);
    st().startTool('draw-site');
    // A bow-tie: the corners in the wrong order.
    for (const p of [SQUARE[0], SQUARE[1], SQUARE[3], SQUARE[2]] as Position[]) st().addVertex(p);
    expect(st().finishSketch()).toBeNull();
    expect(st().drawProblem?.key).toBe('gis.draw.problem.selfIntersects');
    expect(st().sketch).toHaveLength(4);
    st().undoVertex();
    st().undoVertex();
    expect(st().drawProblem).toBeNull();
    st().addVertex(SQUARE[2] as Position);
    st().addVertex(SQUARE[3] as Position);
    expect(st().finishSketch()).not.toBeNull();
    expect(st().sites[0]?.geometry.coordinates[0]).toEqual([...SQUARE, SQUARE[0]]);
  });
  it('keeps the corners the check returns (a repaired ring)', () => {
    st().setRingCheck((c) => ({ ok: true, ring: [...c].reverse() }));
    const site = st().addSiteFromCorners(SQUARE);
    expect(site?.geometry.coordinates[0]).toEqual([...[...SQUARE].reverse(), SQUARE[3]]);
    expect(st().sites).toHaveLength(1);
  });
});

describe('editing a saved site’s vertices', () => {
  const start = () => {
    const site = st().addSiteFromCorners(SQUARE);
    st().startEdit(site?.id ?? '');
    return site?.id ?? '';
  };
  it('moves, inserts and deletes vertices; undo steps back; save writes the site', () => {
    const id = start();
    expect(st().editing?.ring).toEqual(SQUARE);
    st().editCheckpoint();
    st().editMove(2, [100.02, 22.02]);
    st().editMove(2, [100.03, 22.03]);
    st().editInsert(1, [100.005, 21.99]);
    expect(st().editing?.ring).toHaveLength(5);
    st().undoVertex();
    expect(st().editing?.ring[2]).toEqual([100.03, 22.03]);
    st().undoVertex();
    expect(st().editing?.ring).toEqual(SQUARE);
    st().editCheckpoint();
    st().editMove(2, [100.03, 22.03]);
    st().editDelete(3);
    expect(st().editing?.ring).toHaveLength(3);
    st().editDelete(0);
    expect(st().editing?.ring).toHaveLength(3);
    expect(st().drawProblem?.key).toBe('gis.draw.problem.minVertices');
    expect(st().saveEdit()).toBe(true);
    expect(st().editing).toBeNull();
    expect(st().sites.find((s) => s.id === id)?.geometry.coordinates[0]).toEqual([
      [100, 22],
      [100.01, 22],
      [100.03, 22.03],
      [100, 22],
    ]);
  });
  it('cancel restores the site; a crossing edit is refused and stays in edit mode', () => {
    st().setRingCheck(bowTieCheck);
    const id = start();
    st().editCheckpoint();
    st().editMove(0, [0, 0]);
    st().cancelEdit();
    expect(st().sites.find((s) => s.id === id)?.geometry.coordinates[0]).toEqual([...SQUARE, SQUARE[0]]);
    st().startEdit(id);
    st().editCheckpoint();
    // Swapping two corners makes a bow-tie.
    st().editMove(2, SQUARE[3] as Position);
    st().editMove(3, SQUARE[2] as Position);
    expect(st().saveEdit()).toBe(false);
    expect(st().drawProblem?.key).toBe('gis.draw.problem.selfIntersects');
    expect(st().editing).not.toBeNull();
    expect(st().sites.find((s) => s.id === id)?.geometry.coordinates[0]).toEqual([...SQUARE, SQUARE[0]]);
  });
  it('starting a tool or removing the site ends the edit', () => {
    const id = start();
    st().startTool('measure-line');
    expect(st().editing).toBeNull();
    st().startEdit(id);
    st().removeSite(id);
    expect(st().editing).toBeNull();
  });
});
