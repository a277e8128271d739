import { describe, expect, it } from 'vitest';
import { cameraPadding, MIN_VISIBLE_SHARE } from './camera-padding';

const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('cameraPadding', () => {
  it('nothing over the map: the margin all round', () => {
    expect(cameraPadding(box(0, 60, 1366, 768), [], 24)).toEqual({
      top: 24,
      right: 24,
      bottom: 24,
      left: 24,
    });
  });

  it('desktop: the side panel pads the left, the details panel the right', () => {
    // 1920×1080, map under a 60 px header; side panel 10..402, details 1524..1864.
    const p = cameraPadding(box(0, 60, 1920, 1080), [box(10, 70, 402, 1044), box(1524, 70, 1864, 600)], 24);
    expect(p).toEqual({ top: 24, right: 420, bottom: 24, left: 426 });
  });

  it('phone: a half sheet pads the bottom by its height', () => {
    // 375×812, map from 150 (under the header) to 812; the sheet from 481.
    const p = cameraPadding(box(0, 150, 375, 812), [box(0, 481, 375, 812)], 24);
    expect(p).toEqual({ top: 24, right: 24, bottom: 355, left: 24 });
  });

  it('a cover outside the map, or a hidden (empty) one, does not count', () => {
    const p = cameraPadding(box(0, 150, 375, 812), [box(0, 0, 375, 150), box(0, 0, 0, 0)], 10);
    expect(p).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
  });

  it('a collapsed side panel in the corner pads the top, not the whole left', () => {
    const p = cameraPadding(box(0, 60, 1366, 768), [box(10, 70, 402, 130)], 0);
    expect(p).toEqual({ top: 70, right: 0, bottom: 0, left: 0 });
  });

  it('a wide cover at the top pads the top', () => {
    const p = cameraPadding(box(0, 0, 800, 600), [box(0, 0, 800, 100)], 0);
    expect(p).toEqual({ top: 100, right: 0, bottom: 0, left: 0 });
  });

  it('a full sheet still leaves a box for the selection', () => {
    const map = box(0, 150, 375, 812);
    const p = cameraPadding(map, [box(0, 158, 375, 812)], 24);
    const h = map.bottom - map.top;
    expect(p.top + p.bottom).toBeLessThanOrEqual(Math.round(h * (1 - MIN_VISIBLE_SHARE)) + 1);
    expect(h - p.top - p.bottom).toBeGreaterThan(0);
    expect(p.bottom).toBeGreaterThan(p.top);
  });
});
