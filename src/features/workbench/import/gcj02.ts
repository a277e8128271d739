import gcoord from 'gcoord';

/**
 * The box gcoord (and the GCJ-02 algorithm) treats as China: outside it, GCJ-02 equals WGS84 and
 * conversion returns the input unchanged.
 */
export const isInChinaBox = (lon: number, lat: number): boolean =>
  lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;

/** GCJ-02 (Amap / Tencent) → WGS84, iterative inversion to better than 1e-6°. */
export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  const [x, y] = gcoord.transform([lon, lat], gcoord.GCJ02, gcoord.WGS84);
  return [x as number, y as number];
}
