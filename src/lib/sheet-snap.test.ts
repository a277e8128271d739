import { describe, expect, it } from 'vitest';
import {
  atLeastHalf,
  dragVelocity,
  nextSheetState,
  sheetHeights,
  snapSheet,
  stepSheetState,
} from './sheet-snap';

// A 375×812 phone's map body is about 660 px tall under the header; the title row about 76 px.
const H = sheetHeights(660, 76);

describe('sheet heights', () => {
  it('peek is the title row, half is half the body, full leaves a sliver of map', () => {
    expect(H).toEqual({ peek: 76, half: 330, full: 652 });
  });
  it('never inverts in a tiny container (landscape phone, keyboard up)', () => {
    const h = sheetHeights(100, 76);
    expect(h.peek).toBeLessThanOrEqual(h.half);
    expect(h.half).toBeLessThanOrEqual(h.full);
    expect(sheetHeights(40, 76)).toEqual({ peek: 76, half: 76, full: 76 });
  });
});

describe('snapSheet', () => {
  it('a slow release goes to the nearest state', () => {
    expect(snapSheet(H, 90, 0)).toBe('peek');
    expect(snapSheet(H, 220, 0.1)).toBe('half');
    expect(snapSheet(H, 400, -0.2)).toBe('half');
    expect(snapSheet(H, 560, 0)).toBe('full');
  });
  it('a fling goes on to the next state in its direction', () => {
    expect(snapSheet(H, 100, 1)).toBe('half');
    expect(snapSheet(H, 340, 1)).toBe('full');
    expect(snapSheet(H, 600, -1)).toBe('half');
    expect(snapSheet(H, 320, -0.8)).toBe('peek');
  });
  it('a fling past the ends stays at the end', () => {
    expect(snapSheet(H, 652, 2)).toBe('full');
    expect(snapSheet(H, 76, -2)).toBe('peek');
  });
});

describe('state steps', () => {
  it('a tap cycles peek → half → full → peek', () => {
    expect(nextSheetState('peek')).toBe('half');
    expect(nextSheetState('half')).toBe('full');
    expect(nextSheetState('full')).toBe('peek');
  });
  it('arrow keys step and stop at the ends', () => {
    expect(stepSheetState('peek', 1)).toBe('half');
    expect(stepSheetState('full', 1)).toBe('full');
    expect(stepSheetState('half', -1)).toBe('peek');
    expect(stepSheetState('peek', -1)).toBe('peek');
  });
  it('a chosen tab shows at least half', () => {
    expect(atLeastHalf('peek')).toBe('half');
    expect(atLeastHalf('half')).toBe('half');
    expect(atLeastHalf('full')).toBe('full');
  });
});

describe('dragVelocity', () => {
  it('is the slope over the last 100 ms', () => {
    expect(dragVelocity([])).toBe(0);
    expect(dragVelocity([{ t: 0, h: 100 }])).toBe(0);
    expect(
      dragVelocity([
        { t: 0, h: 100 },
        { t: 50, h: 150 },
        { t: 100, h: 200 },
      ]),
    ).toBe(1);
  });
  it('a finger that rested before lifting is no fling', () => {
    const v = dragVelocity([
      { t: 0, h: 100 },
      { t: 40, h: 300 },
      { t: 300, h: 302 },
    ]);
    expect(v).toBe(0);
  });
});
