import { describe, expect, it } from 'vitest';
import { checkGeometry, collectionDepth, countPositions, mapPositions, positionsOf } from './geometry';
import { LIMITS } from './limits';

describe('checkGeometry', () => {
  it('keeps allowed types, drops altitude', () => {
    const c = checkGeometry({ type: 'Point', coordinates: [100.8, 22, 500] });
    expect(c).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [100.8, 22] } });
  });

  it('keeps an open polygon ring as it is (geometry-validity closes it, with a note)', () => {
    const open = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const c = checkGeometry({ type: 'Polygon', coordinates: [open] });
    expect(c.ok && c.geometry).toEqual({ type: 'Polygon', coordinates: [open] });
  });

  it('refuses GeometryCollections nested past LIMITS.nesting with the depth, without recursing deeper', () => {
    let g: unknown = { type: 'Point', coordinates: [100.8, 22] };
    for (let k = 0; k < 10_000; k++) g = { type: 'GeometryCollection', geometries: [g] };
    expect(collectionDepth(g)).toBe(10_000);
    expect(checkGeometry(g)).toMatchObject({ ok: false, reason: 'limit', limit: 'nesting', actual: 10_000 });
    let ok: unknown = { type: 'Point', coordinates: [100.8, 22] };
    for (let k = 0; k < LIMITS.nesting; k++) ok = { type: 'GeometryCollection', geometries: [ok] };
    expect(checkGeometry(ok)).toMatchObject({ ok: true, geometry: { type: 'Point' } });
  });

  it('refuses a line longer than LIMITS.ringVertices before copying it', () => {
    const coordinates = Array.from({ length: LIMITS.ringVertices + 2 }, (_, k) => [k * 1e-6, 0]);
    expect(checkGeometry({ type: 'LineString', coordinates })).toMatchObject({
      ok: false,
      reason: 'limit',
      limit: 'ringVertices',
      actual: LIMITS.ringVertices + 2,
    });
  });

  it('turns a GeometryCollection of one family into the Multi- type', () => {
    const c = checkGeometry({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        {
          type: 'MultiPoint',
          coordinates: [
            [3, 4],
            [5, 6],
          ],
        },
      ],
    });
    expect(c.ok && c.geometry).toEqual({
      type: 'MultiPoint',
      coordinates: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    });
  });

  it('refuses a mixed GeometryCollection, null, unknown types and broken coordinates', () => {
    const mixed = checkGeometry({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        {
          type: 'LineString',
          coordinates: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    expect(mixed).toMatchObject({ ok: false, reason: 'unsupported', type: 'GeometryCollection' });
    expect(checkGeometry(null)).toMatchObject({ ok: false, reason: 'null' });
    expect(checkGeometry({ type: 'Circle', coordinates: [1, 2] })).toMatchObject({
      reason: 'unsupported',
      type: 'Circle',
    });
    expect(checkGeometry({ type: 'LineString', coordinates: [[1, 2]] })).toMatchObject({ reason: 'invalid' });
    expect(checkGeometry({ type: 'Point', coordinates: [1, Number.NaN] })).toMatchObject({
      reason: 'invalid',
    });
    expect(checkGeometry({ type: 'Polygon', coordinates: [[]] })).toMatchObject({ reason: 'invalid' });
  });
});

describe('positionsOf / mapPositions', () => {
  const poly: GeoJSON.MultiPolygon = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    ],
  };
  it('lists every position', () => {
    expect(positionsOf(poly)).toHaveLength(4);
    expect(countPositions(poly)).toBe(4);
  });
  it('maps positions without changing the input', () => {
    const moved = mapPositions(poly, ([x, y]) => [x + 10, y]);
    expect(moved.coordinates[0]?.[0]?.[1]).toEqual([11, 0]);
    expect(poly.coordinates[0]?.[0]?.[1]).toEqual([1, 0]);
  });
});
