import { describe, expect, it } from 'vitest';
import { BoxIndex, geometryVertices, nearestCandidate, SNAP_TOLERANCE_PX, verticesInBox } from './snap';

const at = (x: number, y: number, id: string) => ({ screen: { x, y }, id });

describe('nearestCandidate', () => {
  it('picks the nearest candidate within the tolerance', () => {
    const c = [at(108, 100, 'far'), at(103, 104, 'near'), at(95, 95, 'other')];
    expect(nearestCandidate({ x: 100, y: 100 }, c)?.id).toBe('near');
  });
  it('ignores candidates beyond the tolerance (10 px by default), keeps one exactly on it', () => {
    expect(SNAP_TOLERANCE_PX).toBe(10);
    expect(nearestCandidate({ x: 0, y: 0 }, [at(10.01, 0, 'a'), at(7.2, 7.2, 'b')])).toBeNull();
    expect(nearestCandidate({ x: 0, y: 0 }, [at(6, 8, 'edge')])?.id).toBe('edge');
    expect(nearestCandidate({ x: 0, y: 0 }, [at(3, 0, 'a')], 2)).toBeNull();
    expect(nearestCandidate({ x: 0, y: 0 }, [])).toBeNull();
  });
  it('keeps the first of equally near candidates', () => {
    expect(nearestCandidate({ x: 0, y: 0 }, [at(0, 4, 'park'), at(4, 0, 'site')])?.id).toBe('park');
  });
});

describe('vertices near the pointer', () => {
  const poly: GeoJSON.Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [100, 22],
        [100.1, 22],
        [100.1, 22.1],
        [100, 22],
      ],
    ],
  };
  it('lists every vertex of any geometry', () => {
    expect(geometryVertices(poly)).toHaveLength(4);
    expect(
      geometryVertices({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          { type: 'MultiPolygon', coordinates: [poly.coordinates, poly.coordinates] },
        ],
      }),
    ).toHaveLength(9);
    expect(geometryVertices(null)).toEqual([]);
  });
  it('keeps the vertices inside a box', () => {
    expect(verticesInBox(poly, [100.09, 21.99, 100.11, 22.01])).toEqual([[100.1, 22]]);
  });
  it('finds, through feature boxes, only the vertices of features the box meets', () => {
    const f = (dx: number): GeoJSON.Feature => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: [
          [100 + dx, 22],
          [100.2 + dx, 22.2],
        ],
      },
    });
    const index = new BoxIndex([f(0), f(1), f(2)]);
    expect(index.vertices([101.19, 22.19, 101.21, 22.21])).toEqual([[101.2, 22.2]]);
    // The box lies inside the second feature's bounds but holds none of its vertices.
    expect(index.vertices([101.05, 22.05, 101.06, 22.06])).toEqual([]);
    expect(index.vertices([99.9, 21.9, 102.3, 22.3])).toHaveLength(6);
  });
});
