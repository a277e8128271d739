import { describe, expect, it } from 'vitest';
import type { ImportedLayer } from '@/store/workbench-slice';
import { featureName, importedAreas, layerBounds, splitImported } from './imported-areas';

const square = (x: number, y: number, d = 1): GeoJSON.Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const layer = (
  id: string,
  features: GeoJSON.Feature[],
  patch: Partial<ImportedLayer> = {},
): ImportedLayer => ({
  id,
  name: `Layer ${id}`,
  format: 'GeoJSON',
  redline: false,
  visible: true,
  data: { type: 'FeatureCollection', features },
  warnings: [],
  ...patch,
});
const feature = (
  geometry: GeoJSON.Geometry | null,
  properties: Record<string, unknown> = {},
): GeoJSON.Feature => ({
  type: 'Feature',
  properties,
  geometry: geometry as GeoJSON.Geometry,
});

describe('imported areas', () => {
  it('keeps the polygons of visible layers, named "layer #n" (n: the place in the layer), with a stable id', () => {
    const a = layer('a', [
      feature(square(100, 21)),
      feature({ type: 'Point', coordinates: [100, 21] }),
      feature(square(101, 21), { __id: 'keep-me' }),
    ]);
    const hidden = layer('b', [feature(square(100, 22))], { visible: false });
    const areas = importedAreas([a, hidden]);
    expect(areas.map((f) => f.properties.id)).toEqual(['a#0', 'keep-me']);
    expect(areas.map((f) => f.properties.name)).toEqual(['Layer a #1', 'Layer a #3']);
    expect(areas.map((f) => f.properties.layer_name)).toEqual(['Layer a', 'Layer a']);
  });
  it('names a feature by its own name field when it has one, in both languages', () => {
    const a = layer('a', [
      feature(square(100, 21), { 地块名称: '曼弄枫 A-03', NAME: 'Manlongfeng' }),
      feature(square(101, 21), { 名称: '  ', MC: '勐仑片区' }),
      feature(square(102, 21), { name: 7 }),
      feature(square(103, 21), { 面积: 12 }),
    ]);
    const areas = importedAreas([a]);
    expect(areas.map((f) => f.properties.name)).toEqual(['Manlongfeng', '勐仑片区', '7', 'Layer a #4']);
    expect(areas.map((f) => [f.properties.name_zh, f.properties.name_en])[0]).toEqual([
      'Manlongfeng',
      'Manlongfeng',
    ]);
    expect(featureName({ 项目名称: '橡胶加工厂' })).toBe('橡胶加工厂');
    expect(featureName(null)).toBeNull();
  });
  it('puts red-line layers with the constraints, the others with the checked areas', () => {
    const { redlines, others } = splitImported([
      layer('r', [feature(square(100, 21))], { redline: true }),
      layer('o', [feature(square(101, 21))]),
    ]);
    expect(redlines.map((f) => f.properties.id)).toEqual(['r#0']);
    expect(others.map((f) => f.properties.id)).toEqual(['o#0']);
  });
});

describe('layer bounds (the camera after an import)', () => {
  it('is the box of all features, not the mean of their vertices', () => {
    // One big square and many vertices of a tiny one far away: a vertex mean would sit near the tiny one.
    const tiny = Array.from({ length: 50 }, (_, i) => feature(square(101.5 + i * 1e-5, 22, 1e-5)));
    const b = layerBounds({ type: 'FeatureCollection', features: [feature(square(100, 21, 0.2)), ...tiny] });
    expect(b?.[0]).toBeCloseTo(100);
    expect(b?.[1]).toBeCloseTo(21);
    expect(b?.[2]).toBeCloseTo(101.5005, 3);
    expect(b?.[3]).toBeCloseTo(22.00001, 4);
  });
  it('is null for a layer without coordinates', () => {
    expect(layerBounds({ type: 'FeatureCollection', features: [feature(null)] })).toBeNull();
    expect(layerBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});
