import { describe, expect, it } from 'vitest';
import { editFeatures, snapFeatures } from './edit-features';

describe('edit features', () => {
  it('draws an outline, a handle per vertex (the selected one marked) and one per edge', () => {
    const fc = editFeatures({
      siteId: 's',
      ring: [
        [0, 0],
        [2, 0],
        [2, 2],
      ],
      history: [],
      selected: 1,
    });
    const roles = fc.features.map((f) => f.properties?.role);
    expect(roles.filter((r) => r === 'outline')).toHaveLength(1);
    expect(roles.filter((r) => r === 'mid')).toHaveLength(3);
    const vertices = fc.features.filter((f) => f.properties?.role === 'vertex');
    expect(vertices.map((f) => f.properties?.selected)).toEqual([false, true, false]);
    expect(fc.features.find((f) => f.properties?.role === 'mid' && f.properties.i === 2)?.geometry).toEqual({
      type: 'Point',
      coordinates: [1, 1],
    });
  });
  it('is empty when nothing is edited; the snap indicator is one point or none', () => {
    expect(editFeatures(null).features).toEqual([]);
    expect(snapFeatures(null).features).toEqual([]);
    expect(snapFeatures([1, 2]).features[0]?.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
  });
});
