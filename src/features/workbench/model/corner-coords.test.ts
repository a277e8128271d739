import { describe, expect, it } from 'vitest';
import { fromWgs84 } from '../import/crs/crs-catalog';
import { gkDef, parseAngle, pastedRows, readCorners } from './corner-coords';

describe('parseAngle', () => {
  it('reads decimal degrees and 度分秒 in their common spellings', () => {
    const v = (t: string) => {
      const r = parseAngle(t);
      return r.ok ? r.value : Number.NaN;
    };
    expect(v('100.7917')).toBe(100.7917);
    const dms = 100 + 47 / 60 + 30 / 3600;
    for (const t of ['100°47′30″', `100°47'30"`, '100 47 30', '100度47分30秒', 'E100°47′30″'])
      expect(v(t), t).toBeCloseTo(dms, 10);
    expect(v('21°30′')).toBeCloseTo(21.5, 10);
    expect(v('21°30′S')).toBeCloseTo(-21.5, 10);
    expect(v('-21.5')).toBe(-21.5);
  });
  it('refuses text that is no angle, and minutes or seconds of 60 or more', () => {
    expect(parseAngle('abc')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseAngle('100°61′')).toEqual({ ok: false, problem: 'minutes' });
    expect(parseAngle('100°1′60″')).toEqual({ ok: false, problem: 'minutes' });
  });
});

describe('readCorners', () => {
  it('reads lon/lat rows, skipping blank ones', () => {
    const r = readCorners(
      [
        { a: '100.8', b: '22.0' },
        { a: '', b: '' },
        { a: '100°49′', b: '22' },
        { a: '100.8', b: '22°1′' },
      ],
      { kind: 'lonlat' },
    );
    expect(r.ok && r.corners.map((p) => p.map((x) => Number(x.toFixed(6))))).toEqual([
      [100.8, 22],
      [100.816667, 22],
      [100.8, 22.016667],
    ]);
  });
  it('names the row and the problem', () => {
    const r = readCorners(
      [
        { a: '100.8', b: '22' },
        { a: '100.9', b: '' },
        { a: '100.9', b: '95' },
        { a: 'x', b: '22' },
        { a: '181', b: '22' },
      ],
      { kind: 'lonlat' },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { key: 'gis.draw.coords.error.empty', params: { n: 2 } },
      { key: 'gis.draw.coords.error.latRange', params: { n: 3 } },
      { key: 'gis.draw.coords.error.notNumber', params: { n: 4, text: 'x' } },
      { key: 'gis.draw.coords.error.lonRange', params: { n: 5 } },
    ]);
    expect(readCorners([{ a: '100', b: '22' }], { kind: 'lonlat' })).toEqual({
      ok: false,
      errors: [{ key: 'gis.draw.coords.error.tooFew' }],
    });
  });
  it('reads Gauss–Krüger X (northing) / Y (easting), with or without the zone number in the easting', () => {
    // The true corners, projected here with the catalog's own definitions (EPSG:4543 and EPSG:4522).
    const truth = [
      [100.8, 22.0],
      [100.81, 22.0],
      [100.81, 22.01],
    ] as [number, number][];
    for (const prefixed of [false, true]) {
      const def = gkDef('gk3-102', prefixed);
      expect(def?.epsg).toBe(prefixed ? 4522 : 4543);
      const rows = truth.map((p) => {
        const [e, n] = fromWgs84(def as NonNullable<typeof def>)(p);
        return { a: n.toFixed(3), b: e.toFixed(3) };
      });
      const r = readCorners(rows, { kind: 'gk', zone: 'gk3-102' });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      r.corners.forEach((c, i) => {
        expect(c[0]).toBeCloseTo(truth[i]?.[0] ?? 0, 7);
        expect(c[1]).toBeCloseTo(truth[i]?.[1] ?? 0, 7);
      });
    }
    expect(gkDef('gk6-105', true)?.epsg).toBe(4496);
    expect(gkDef('gk6-99', false)?.epsg).toBe(4506);
    expect(gkDef('gk3-99', false)?.epsg).toBe(4542);
  });
  it('refuses a GK point of another zone', () => {
    // A zone-33 easting (CM 99°) typed with zone 34 (CM 102°) chosen.
    const r = readCorners(
      [
        { a: '2434000', b: '33500000' },
        { a: '2434000', b: '34501000' },
        { a: '2435000', b: '34501000' },
      ],
      { kind: 'gk', zone: 'gk3-102' },
    );
    expect(!r.ok && r.errors).toEqual([{ key: 'gis.draw.coords.error.outside', params: { n: 1 } }]);
  });
});

describe('pastedRows', () => {
  it('splits lines on commas, tabs, semicolons or spaces, and reads boundary-point rows', () => {
    expect(pastedRows('100.8,22\n\n100.9\t22.1\r\n101 22.2\nJ1,1,2434000.5,34500100.2\n')).toEqual([
      { a: '100.8', b: '22' },
      { a: '100.9', b: '22.1' },
      { a: '101', b: '22.2' },
      { a: '2434000.5', b: '34500100.2' },
    ]);
  });
});
