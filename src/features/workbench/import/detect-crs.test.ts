import { describe, expect, it } from 'vitest';
import { crsLabel, detectCrs, zoneOfEasting } from './detect-crs';

// Jinghong (100.798, 22.015) and Mengla (101.5644, 21.4597) in each system, computed with the formulas in
// test/fixtures/import/make-fixtures.mjs (checked against proj4: identical to the centimetre).
const JINGHONG_3857: [number, number] = [11220782.03, 2513326.26];
const MENGLA_3857: [number, number] = [11306097.29, 2446778.08];
const JINGHONG_GK34: [number, number] = [34375885.36, 2435949.5];
const MENGLA_GK34: [number, number] = [34454850.29, 2374037.66];
const MENGHAI_GK33: [number, number] = [33649631.73, 2429757.49]; // 100.4485, 21.9571 in zone 33 (CM 99°E)

describe('detectCrs', () => {
  it('Gauss–Krüger with X = northing (surveyor order) is surveyor-order; the zone is read from the easting', () => {
    const swap = ([x, y]: [number, number]): [number, number] => [y, x];
    expect(detectCrs([swap(JINGHONG_GK34), swap(MENGLA_GK34)])).toBe('surveyor-order');
    expect(detectCrs([[2435949.5, 375885.36]])).toBe('surveyor-order');
    expect(zoneOfEasting(JINGHONG_GK34[0])).toEqual({ zone: 34, band: 3 });
    expect(zoneOfEasting(17_624_000)).toEqual({ zone: 17, band: 6 });
    expect(zoneOfEasting(375885.36)).toBeUndefined();
  });

  it('longitude/latitude in Xishuangbanna is wgs84', () => {
    expect(
      detectCrs([
        [100.798, 22.015],
        [101.5644, 21.4597],
      ]),
    ).toBe('wgs84');
    expect(detectCrs([])).toBe('wgs84');
  });

  it('latitude first is swapped', () => {
    expect(
      detectCrs([
        [22.015, 100.798],
        [21.4597, 101.5644],
      ]),
    ).toBe('swapped');
  });

  it('EPSG:3857 of Xishuangbanna is web-mercator', () => {
    expect(detectCrs([JINGHONG_3857, MENGLA_3857])).toBe('web-mercator');
  });

  it('CGCS2000 3° Gauss–Krüger with zone prefix (zone 34, and zone 33) is gauss-kruger-zoned', () => {
    expect(detectCrs([JINGHONG_GK34, MENGLA_GK34])).toBe('gauss-kruger-zoned');
    expect(detectCrs([MENGHAI_GK33])).toBe('gauss-kruger-zoned');
    expect(crsLabel('gauss-kruger-zoned', [JINGHONG_GK34])).toContain('3° zone 34');
    expect(crsLabel('gauss-kruger-zoned', [[17686000, 2436000]])).toContain('6° zone 17');
  });

  it('a sample mixing two zones is not one zoned system', () => {
    expect(detectCrs([JINGHONG_GK34, MENGHAI_GK33])).toBe('projected-unknown');
  });

  it('Gauss–Krüger without zone prefix (false easting 500 km) is gauss-kruger', () => {
    expect(
      detectCrs([
        [375885.36, 2435949.5],
        [454850.29, 2374037.66],
      ]),
    ).toBe('gauss-kruger');
  });

  it('anything else that is not degrees is projected-unknown', () => {
    expect(detectCrs([[48123456.7, 91234567.8]])).toBe('projected-unknown');
    expect(detectCrs([[1500000, -2400000]])).toBe('projected-unknown');
    // 3857 far from China (Sydney) is not called Web Mercator: nothing there says so.
    expect(detectCrs([[16832000, -4011000]])).toBe('projected-unknown');
  });

  it('one non-degree coordinate among degrees makes the sample not wgs84', () => {
    expect(detectCrs([[100.798, 22.015], JINGHONG_3857])).not.toBe('wgs84');
  });

  it('ignores non-finite values', () => {
    expect(
      detectCrs([
        [Number.NaN, 1e9],
        [100.798, 22.015],
      ]),
    ).toBe('wgs84');
  });
});
