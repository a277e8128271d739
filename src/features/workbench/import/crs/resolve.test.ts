import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../types';
import { crsById, fromWgs84 } from './crs-catalog';
import { resolveCrs } from './resolve';
import type { CrsDef } from './types';

type Xy = [number, number];
const def = (id: number) => crsById(id) as CrsDef;
/** Positions around a point in Xishuangbanna, a few hundred metres apart. */
const around = (lon: number, lat: number): Xy[] => [
  [lon, lat],
  [lon + 0.004, lat],
  [lon + 0.004, lat + 0.004],
  [lon, lat + 0.004],
];
const projected = (id: number, pts: Xy[]) => pts.map(fromWgs84(def(id)));
const swap = (pts: Xy[]) => pts.map(([x, y]): Xy => [y, x]);

describe('resolveCrs from the ranges', () => {
  it('without a zone prefix, the central meridian that puts the sample in Xishuangbanna wins', () => {
    // 景洪 in 3° CM 102E: CM 99E would put the same numbers near 97.6°E, outside the prefecture.
    const r = resolveCrs(projected(4543, around(100.8, 22.0)));
    expect(r).toMatchObject({ id: 'EPSG:4543', source: 'ranges', swapXY: false });
    expect(r.candidates).toContain('EPSG:2379'); // Xian 1980, same CM: a few metres apart
    expect(r.candidates).not.toContain('EPSG:4542');
  });

  it('3° and 6° CM 99E give the same numbers: the zone band decides, then 3° before 6°', () => {
    // 100.8°E is outside the 3° band of CM 99E (97.5–100.5) but inside the 6° one (96–102).
    expect(resolveCrs(projected(4506, around(100.8, 22.0))).id).toBe('EPSG:4506');
    // 100.2°E is inside both: the tie goes to 3°.
    const tie = resolveCrs(projected(4542, around(100.2, 21.9)));
    expect(tie.id).toBe('EPSG:4542');
    expect(tie.candidates.slice(0, 3)).toContain('EPSG:4506');
    expect(tie.candidates).toContain('EPSG:32647'); // UTM 47N ranks below Gauss–Krüger
  });

  it('the zone number in the easting names the zone', () => {
    expect(resolveCrs(projected(4522, around(100.8, 22.0))).id).toBe('EPSG:4522');
    expect(resolveCrs(projected(4495, around(100.8, 22.0))).id).toBe('EPSG:4495');
  });

  it('surveyor order (X = northing) is detected and reported', () => {
    const r = resolveCrs(swap(projected(4522, around(100.8, 22.0))));
    expect(r).toMatchObject({ id: 'EPSG:4522', swapXY: true });
    expect(resolveCrs(swap(projected(4543, around(100.8, 22.0))))).toMatchObject({
      id: 'EPSG:4543',
      swapXY: true,
    });
  });

  it('degrees: lon/lat, or lat/lon reported as swapped', () => {
    expect(resolveCrs(around(100.8, 22.0))).toMatchObject({ id: 'EPSG:4326', swapXY: false });
    expect(resolveCrs(swap(around(100.8, 22.0)))).toMatchObject({ id: 'EPSG:4326', swapXY: true });
  });

  it('numbers that fit nothing fail with projected-coordinates', () => {
    expect(() => resolveCrs([[48123456.7, 91234567.8]], undefined, undefined, 'x.csv')).toThrow(
      ImportFailure,
    );
  });
});

describe('resolveCrs from what the file declares', () => {
  const gk = projected(4543, around(100.8, 22.0));
  it.each([
    ['CGCS2000_3_Degree_GK_CM_102E', 'EPSG:4543'],
    ['CGCS2000_3_Degree_GK_Zone_34', 'EPSG:4522'],
    ['Xian_1980_3_Degree_GK_CM_102E', 'EPSG:2379'],
    ['Beijing_1954_3_Degree_GK_Zone_34', 'EPSG:2410'],
    ['WGS_1984_UTM_Zone_47N', 'EPSG:32647'],
    ['WGS_1984_Web_Mercator_Auxiliary_Sphere', 'EPSG:3857'],
    ['GCS_China_Geodetic_Coordinate_System_2000', 'EPSG:4490'],
    ['urn:ogc:def:crs:EPSG::4547', 'EPSG:4547'],
    ['EPSG:4547', 'EPSG:4547'],
    ['urn:ogc:def:crs:EPSG:6.6:4547', 'EPSG:4547'],
    ['http://www.opengis.net/def/crs/EPSG/0/4547', 'EPSG:4547'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
  ])('the name %s is %s', (name, id) => {
    const r = resolveCrs([], { name, from: 'geojson' });
    expect(r).toMatchObject({ id, source: 'declared', declaredName: name });
  });

  it('an EPSG code (GeoPackage srs_id, FlatGeobuf header); an unknown one is named', () => {
    expect(resolveCrs(gk, { epsg: 4543, from: 'geopackage' })).toMatchObject({
      id: 'EPSG:4543',
      source: 'declared',
    });
    try {
      resolveCrs(gk, { epsg: 27700, from: 'flatgeobuf' }, undefined, 'a.fgb');
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as ImportFailure).error).toMatchObject({
        code: 'unknown-crs',
        params: { crsName: 'EPSG:27700' },
      });
    }
  });

  it('WKT: a local CAD grid is named as unsupported; text that is no system is invalid', () => {
    const code = (wkt: string) => {
      try {
        resolveCrs(gk, { wkt, from: 'prj' }, undefined, 'a.shp');
      } catch (e) {
        return (e as ImportFailure).error;
      }
      return undefined;
    };
    expect(code('LOCAL_CS["Site grid",LOCAL_DATUM["x",0],UNIT["Meter",1]]')).toMatchObject({
      code: 'unknown-crs',
      params: { crsName: 'Site grid' },
    });
    expect(code('UNIT["Meter",1.0]')?.code).toBe('invalid-crs');
    expect(code('PROJCS["x",GEOGCS["y"')?.code).toBe('invalid-crs');
    expect(resolveCrs(gk, { wkt: 'undefined', epsg: -1, from: 'geopackage' }).source).toBe('ranges');
  });

  it('a declaration the numbers do not fit falls back to the ranges (the user is asked)', () => {
    const zoned = projected(4522, around(100.8, 22.0));
    const r = resolveCrs(zoned, { name: 'CGCS2000_3_Degree_GK_CM_102E', from: 'prj' });
    expect(r).toMatchObject({
      id: 'EPSG:4522',
      source: 'ranges',
      declaredName: 'CGCS2000_3_Degree_GK_CM_102E',
    });
  });

  it('axisOrder from the parser decides the order; a 界址点 list defaults to surveyor order', () => {
    const ne = swap(gk);
    expect(resolveCrs(ne, { from: 'csv', axisOrder: 'north-east' })).toMatchObject({
      id: 'EPSG:4543',
      swapXY: true,
    });
    expect(resolveCrs(gk, { from: 'jzd', axisOrder: 'xy' })).toMatchObject({ swapXY: false });
    expect(resolveCrs(ne, { from: 'jzd' })).toMatchObject({ swapXY: true });
    // A CSV's column names are no declaration.
    expect(resolveCrs(gk, { from: 'csv', axisOrder: 'xy', name: '东坐标, 北坐标' })).toMatchObject({
      id: 'EPSG:4543',
      source: 'ranges',
    });
  });

  it('the override wins, with the order it names or the one that fits', () => {
    const r = resolveCrs(gk, { name: 'CGCS2000_3_Degree_GK_CM_102E', from: 'prj' }, { id: 'EPSG:2379' });
    expect(r).toMatchObject({ id: 'EPSG:2379', source: 'override', swapXY: false });
    expect(resolveCrs(swap(gk), undefined, { id: 'EPSG:4543' }).swapXY).toBe(true);
    expect(resolveCrs(swap(gk), undefined, { id: 'EPSG:4543', swapXY: true }).swapXY).toBe(true);
  });
});
