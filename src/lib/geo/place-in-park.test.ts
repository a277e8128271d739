import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeInPark } from './place-in-park';

// An L-shaped park (its bounding box's north-east quarter is outside it) with a hole, and a far smaller island.
const lShape: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [101, 21],
      [101.1, 21],
      [101.1, 21.05],
      [101.05, 21.05],
      [101.05, 21.1],
      [101, 21.1],
      [101, 21],
    ],
    [
      [101.01, 21.01],
      [101.03, 21.01],
      [101.03, 21.03],
      [101.01, 21.03],
      [101.01, 21.01],
    ],
  ],
};
const island: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [101.5, 21.5],
      [101.502, 21.5],
      [101.502, 21.502],
      [101.5, 21.5],
    ],
  ],
};
const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [island.coordinates, lShape.coordinates] };
const ids = Array.from({ length: 40 }, (_, i) => `node-${i}`);

describe('placeInPark', () => {
  it('puts every id strictly inside the outline (not in the hole, not in the cut-out corner)', () => {
    for (const id of ids) {
      const p = placeInPark(lShape, id);
      expect(booleanPointInPolygon(p, lShape, { ignoreBoundary: true }), `${id} ${p}`).toBe(true);
    }
  });
  it('is deterministic from the id and rounds to 5 decimals', () => {
    for (const id of ids) {
      const p = placeInPark(lShape, id);
      expect(placeInPark(lShape, id)).toEqual(p);
      for (const v of p) expect(Math.round(v * 1e5) / 1e5).toBe(v);
    }
  });
  it('spreads the nodes of one park instead of stacking them', () => {
    const points = ids.map((id) => placeInPark(lShape, id).join());
    expect(new Set(points).size).toBe(ids.length);
    const xs = ids.map((id) => placeInPark(lShape, id)[0]);
    // Over a 0.1° wide park, 40 placed points cover more than half its width.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.05);
  });
  it('uses the largest part of a multipolygon', () => {
    expect(area(lShape)).toBeGreaterThan(area(island));
    for (const id of ids.slice(0, 10)) {
      expect(booleanPointInPolygon(placeInPark(multi, id), lShape, { ignoreBoundary: true })).toBe(true);
    }
  });
  it('still lands inside a park smaller than its margin', () => {
    for (const id of ids.slice(0, 10)) {
      expect(booleanPointInPolygon(placeInPark(island, id), island, { ignoreBoundary: true })).toBe(true);
    }
  });
});
