import { describe, expect, it } from 'vitest';
import { checkGeometry, mapPositions, positionsOf } from './geometry';

describe('checkGeometry', () => {
  it('keeps allowed types, drops altitude', () => {
    const c = checkGeometry({ type: 'Point', coordinates: [100.8, 22, 500] });
    expect(c).toEqual({ ok: true, geometry: { type: 'Point', coordinates: [100.8, 22] } });
  });

  it('closes an open polygon ring', () => {
    const c = checkGeometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ],
      ],
    });
    expect(c.ok && c.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
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
    expect(
      checkGeometry({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toMatchObject({ reason: 'invalid' });
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
  });
  it('maps positions without changing the input', () => {
    const moved = mapPositions(poly, ([x, y]) => [x + 10, y]);
    expect(moved.coordinates[0]?.[0]?.[1]).toEqual([11, 0]);
    expect(poly.coordinates[0]?.[0]?.[1]).toEqual([1, 0]);
  });
});
