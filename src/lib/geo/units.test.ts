import { describe, expect, it } from 'vitest';
import { areaFigures, M2_PER_MU } from './units';

describe('areaFigures', () => {
  it('1 km² is 100 ha and 1,500 亩', () => {
    expect(areaFigures(1e6)).toEqual({ m2: 1e6, km2: 1, ha: 100, mu: 1500 });
  });
  it('1 亩 is 666.67 m²', () => {
    expect(M2_PER_MU).toBeCloseTo(666.667, 3);
    expect(areaFigures(M2_PER_MU).mu).toBeCloseTo(1, 10);
  });
});
