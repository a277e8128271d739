import { describe, expect, it } from 'vitest';
import { CRS_CATALOG, crsById, crsName, fromWgs84, prjText, toWgs84 } from './crs-catalog';

// Reference values: `echo "100.8 22.0" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:xxxx` (GDAL 3.6, PROJ).
const GDAL: [string, number, number][] = [
  ['EPSG:4543', 376078.858692808, 2434286.65332207], // CGCS2000 3° CM 102E
  ['EPSG:4522', 34376078.8586928, 2434286.65332207], // CGCS2000 3° zone 34
  ['EPSG:2431', 376076.768703135, 2434330.05388943], // Beijing 1954 3° CM 102E (GDAL's ballpark: no shift)
  ['EPSG:2379', 376078.800362313, 2434287.78697933], // Xian 1980 3° CM 102E (the same)
  ['EPSG:4507', 66017.4749343524, 2439766.43964937], // CGCS2000 6° CM 87E, far outside its zone
  ['EPSG:32647', 685819.659512121, 2433920.62521383],
  ['EPSG:3857', 11221004.671962, 2511525.23484571],
  ['EPSG:4490', 100.8, 22],
];

describe('crs catalog', () => {
  it('covers the Gauss–Krüger zones over China with the EPSG names and parameters', () => {
    expect(CRS_CATALOG.length).toBeGreaterThan(190);
    const gk = CRS_CATALOG.filter((d) => d.kind === 'gk3' || d.kind === 'gk6');
    for (const d of gk) {
      const x0 = Number(/\+x_0=(\d+)/.exec(d.proj4)?.[1]);
      const lon0 = Number(/\+lon_0=(\d+)/.exec(d.proj4)?.[1]);
      expect(lon0).toBe(d.cm);
      expect(x0).toBe(d.zonePrefix ? (d.zone as number) * 1e6 + 500000 : 500000);
      expect(d.esriWkt).toContain(`PARAMETER["Central_Meridian",${d.cm}.0]`);
    }
    expect(crsById('EPSG:4513')?.name).toBe('CGCS2000 / 3-degree Gauss-Kruger zone 25');
    expect(crsById('EPSG:4554')?.cm).toBe(135);
    expect(crsById(2379)?.name).toBe('Xian 1980 / 3-degree Gauss-Kruger CM 102E');
    expect(crsById('EPSG:2431')?.approximateDatum).toBe(true);
    expect(crsById('EPSG:4543')?.approximateDatum).toBeUndefined();
    expect(crsById('EPSG:9999')).toBeUndefined();
  });

  it.each(GDAL)('projects %s like GDAL and back', (id, gx, gy) => {
    const def = crsById(id);
    if (!def) throw new Error(`missing ${id}`);
    const [x, y] = fromWgs84(def)([100.8, 22]);
    expect(x).toBeCloseTo(gx, 3);
    expect(y).toBeCloseTo(gy, 3);
    const [lon, lat] = toWgs84(def)([gx, gy]);
    expect(lon).toBeCloseTo(100.8, 8);
    expect(lat).toBeCloseTo(22, 8);
    const [lon2, lat2] = toWgs84(def, true)([gy, gx]);
    expect(lon2).toBeCloseTo(100.8, 8);
    expect(lat2).toBeCloseTo(22, 8);
  });

  it('names systems in both languages and writes .prj text', () => {
    const z34 = crsById('EPSG:4522');
    if (!z34) throw new Error('missing');
    expect(crsName(z34, 'zh')).toBe('CGCS2000 / 3度带高斯-克吕格投影 第34带(带号在东坐标前)');
    expect(crsName(z34, 'en')).toBe('CGCS2000 / 3-degree Gauss–Krüger zone 34 (zone number in the easting)');
    expect(crsName(crsById(4490) as never, 'zh')).toContain('2000国家大地坐标系');
    expect(crsName(crsById(32647) as never, 'zh')).toBe('WGS 84 / 通用横轴墨卡托投影 第47带(北半球)');
    expect(crsName(crsById(32647) as never, 'en')).toBe('WGS 84 / UTM zone 47N');
    // No Latin words in Chinese names but the datums' own (WGS 84, CGCS2000).
    for (const d of CRS_CATALOG) {
      const latin = crsName(d, 'zh').match(/[A-Za-z][A-Za-z0-9]*/g) ?? [];
      expect(latin.filter((w) => !['WGS', 'CGCS2000'].includes(w))).toEqual([]);
    }
    expect(crsName(crsById(2431) as never, 'en')).toContain('Beijing 1954');
    for (const d of CRS_CATALOG) {
      expect(crsName(d, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(prjText(z34)).toMatch(/^PROJCS\["CGCS2000_3_Degree_GK_Zone_34"/);
  });
});
