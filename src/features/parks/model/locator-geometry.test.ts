import { describe, expect, it } from 'vitest';
import { locatorProjection, THIN_PX, thinRing } from './locator-geometry';

describe('the locator path', () => {
  it('keeps the first and last point and every point THIN_PX or more from the last one kept', () => {
    const pts = [
      [0, 0],
      [0.2, 0],
      [0.5, 0],
      [1, 0],
      [1.1, 0],
      [1.2, 0.1],
    ];
    expect(thinRing(pts)).toBe('0.0,0.0 1.0,0.0 1.2,0.1');
    const kept = thinRing(pts)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    for (let i = 1; i < kept.length - 1; i++) {
      const [a = [], b = []] = [kept[i - 1], kept[i]];
      expect(Math.hypot((b[0] ?? 0) - (a[0] ?? 0), (b[1] ?? 0) - (a[1] ?? 0))).toBeGreaterThanOrEqual(
        THIN_PX,
      );
    }
  });

  it('draws a polygon as one closed subpath per ring, inside the box', () => {
    const p = locatorProjection(320);
    const d = p.pathOf({
      type: 'Polygon',
      coordinates: [
        [
          [100, 22],
          [101, 22],
          [101, 21.5],
          [100, 22],
        ],
      ],
    });
    expect(d).toMatch(/^M[\d.]+,[\d.]+( [\d.]+,[\d.]+)+Z$/);
    for (const n of d.replace(/[MZ]/g, '').split(/[ ,]/).map(Number)) {
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(320);
    }
  });
});
