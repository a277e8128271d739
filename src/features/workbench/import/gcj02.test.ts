import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, isInChinaBox } from './gcj02';

describe('gcj02ToWgs84', () => {
  it('converts 磨憨口岸 from GCJ-02 101.683764, 21.18293 to the published WGS84 101.682393, 21.185583', () => {
    const [lon, lat] = gcj02ToWgs84(101.683764, 21.18293);
    expect(Math.abs(lon - 101.682393)).toBeLessThan(2e-5);
    expect(Math.abs(lat - 21.185583)).toBeLessThan(2e-5);
  });

  it('moves points in Xishuangbanna by a few hundred metres, not zero', () => {
    const [lon, lat] = gcj02ToWgs84(100.798, 22.015);
    const shift = Math.hypot(lon - 100.798, lat - 22.015);
    expect(shift).toBeGreaterThan(1e-3);
    expect(shift).toBeLessThan(1e-2);
  });

  it('leaves points outside China unchanged', () => {
    expect(isInChinaBox(2.35, 48.85)).toBe(false);
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(isInChinaBox(100.798, 22.015)).toBe(true);
  });
});
