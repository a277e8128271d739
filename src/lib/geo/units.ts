/** 1 亩 = 10,000/15 m² (666.67 m²), so 1 km² = 1,500 亩 = 100 ha. */
export const M2_PER_MU = 10000 / 15;

export interface AreaFigures {
  m2: number;
  km2: number;
  ha: number;
  mu: number;
}

/**
 * One area in the three units planners use.
 * @example areaFigures(1e6) // { m2: 1e6, km2: 1, ha: 100, mu: 1500 }
 */
export function areaFigures(m2: number): AreaFigures {
  return { m2, km2: m2 / 1e6, ha: m2 / 1e4, mu: m2 / M2_PER_MU };
}
