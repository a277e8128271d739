/** Features by geometry kind (a Shapefile or a GeoPackage table holds one), Multi- forms with their simple forms. */
import type { Geometry } from 'geojson';
import type { ExportFeature, GeomKind } from './types';

export const KIND_OF: Partial<Record<Geometry['type'], GeomKind>> = {
  Point: 'points',
  MultiPoint: 'points',
  LineString: 'lines',
  MultiLineString: 'lines',
  Polygon: 'polygons',
  MultiPolygon: 'polygons',
};

/** The features of each kind, in order; geometry collections and empty kinds are left out. */
export function splitKinds(features: ExportFeature[]): [GeomKind, ExportFeature[]][] {
  const by: Record<GeomKind, ExportFeature[]> = { points: [], lines: [], polygons: [] };
  for (const f of features) {
    const k = f.geometry ? KIND_OF[f.geometry.type] : undefined;
    if (k) by[k].push(f);
  }
  return (['points', 'lines', 'polygons'] as const).filter((k) => by[k].length > 0).map((k) => [k, by[k]]);
}

/** The attribute keys of a set of features, in first-seen order. */
export function attrKeys(features: ExportFeature[]): string[] {
  const keys = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) keys.add(k);
  return [...keys];
}

/** Every position of a geometry mapped through `fn` (the same structure back). */
export function mapGeometry(g: Geometry, fn: (p: number[]) => number[]): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(fn) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(fn)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapGeometry(x, fn)) };
  }
}
