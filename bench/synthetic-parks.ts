/**
 * Deterministic synthetic parks for the scale benchmark (bench/scale-bench.ts): N sample parks with
 * schematic polygons spread over Yunnan, as the province-wide 产业地图 would hold (China's catalogue of
 * development zones lists about 2,500 national and provincial zones), each with a level and leading
 * industries, and a share of the nodes moved into them.
 *
 * They are added to the data build's derived outputs (validateAndDerive), not to data/: the data build
 * rightly refuses parks outside the prefecture. Each park is a copy of a real built park record (so it
 * has every field of the built park schema, src/lib/schemas/catalog.ts) with its identity, geometry,
 * figures and provenance replaced; writeGeo then checks every file against the app's schemas, as the
 * data build does, so a schema change that the generator does not follow stops the bench.
 */
import area from '@turf/area';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { BuiltPark, Catalog } from '../src/lib/schemas/catalog';
import { lcg } from './synthetic-nodes';

/** Yunnan's extent, roughly (lon, lat): where the synthetic parks go. */
export const YUNNAN_BBOX: [number, number, number, number] = [97.6, 21.2, 106.1, 29.1];
const LEVELS = ['national', 'provincial', 'prefectural'] as const;

type Outputs = Record<string, object>;
type NodeFc = FeatureCollection<Point, Record<string, unknown>>;

/** A schematic decagon of radius `km` around (lon, lat), closed. */
function decagon(lon: number, lat: number, km: number, rand: () => number): number[][] {
  const ring: number[][] = [];
  const kx = km / (111.32 * Math.cos((lat * Math.PI) / 180));
  const ky = km / 110.57;
  for (let k = 0; k < 10; k++) {
    const a = (k / 10) * 2 * Math.PI;
    const r = 0.8 + 0.2 * rand();
    ring.push([+(lon + Math.cos(a) * kx * r).toFixed(5), +(lat + Math.sin(a) * ky * r).toFixed(5)]);
  }
  ring.push([...(ring[0] as number[])]);
  return ring;
}

export interface SyntheticPark {
  park: BuiltPark;
  polygon: Polygon;
  centre: [number, number];
  /** Radius (degrees of latitude) inside which every point is inside the polygon. */
  inner: number;
}

/** `n` sample parks over Yunnan, each a copy of the template's shape with its own identity and figures. */
export function syntheticParks(
  n: number,
  template: BuiltPark,
  industries: string[],
  seed = 2500,
): SyntheticPark[] {
  const rand = lcg(seed);
  const [w, s, e, nth] = YUNNAN_BBOX;
  const out: SyntheticPark[] = [];
  for (let i = 0; i < n; i++) {
    const lon = w + rand() * (e - w);
    const lat = s + rand() * (nth - s);
    const km = 1.5 + rand() * 3;
    const ring = decagon(lon, lat, km, rand);
    const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
    const km2 = area({ type: 'Feature', properties: {}, geometry: polygon }) / 1e6;
    const xs = ring.map((p) => p[0] as number);
    const ys = ring.map((p) => p[1] as number);
    const leading = Array.from(
      { length: 1 + (i % 3) },
      (_, k) => industries[(i + k * 3) % industries.length] as string,
    );
    const num = String(i + 1).padStart(4, '0');
    const {
      parent: _parent,
      land_available_mu: _land,
      land_provenance: _lp,
      land_source: _ls,
      land_source_zh: _lsz,
      land_as_of: _la,
      published_area_km2: _pa,
      area_provenance: _ap,
      area_source: _as,
      area_source_zh: _asz,
      area_as_of: _aa,
      committee_zh: _cz,
      committee_en: _ce,
      committee_source: _cs,
      committee_source_zh: _csz,
      ...base
    } = template;
    const park: BuiltPark = {
      ...base,
      id: `syn-park-${num}`,
      kind: 'park',
      name_zh: `示例·合成园区${num}`,
      name_en: `Sample synthetic park ${num}`,
      short_zh: `示例园区${num}`,
      short_en: `Sample park ${num}`,
      level: LEVELS[i % 3] as BuiltPark['level'],
      level_provenance: 'sample',
      level_source: 'synthetic benchmark record, not a real park',
      level_source_zh: '基准测试用的合成记录,非真实园区',
      extent: 'polygon',
      outline_source: 'synthetic schematic outline',
      outline_source_zh: '合成的示意范围',
      leading,
      leading_provenance: 'sample',
      leading_source: 'synthetic benchmark record, not a real park',
      leading_source_zh: '基准测试用的合成记录,非真实园区',
      provenance: 'sample',
      source: 'synthetic benchmark record, not a real park',
      source_zh: '基准测试用的合成记录,非真实园区',
      as_of: '2026-11',
      area_km2: +km2.toFixed(3),
      area_ha: +(km2 * 100).toFixed(1),
      area_mu: Math.round(km2 * 1500),
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      label: [+lon.toFixed(5), +lat.toFixed(5)],
      schematic: true,
      protected_ha: 0,
      protected_share: 0,
      protected_ids: [],
    };
    out.push({ park, polygon, centre: [lon, lat], inner: (0.75 * km) / 111.32 });
  }
  return out;
}

/**
 * Adds `n` synthetic parks to the derived outputs (catalog, parks.geojson, the park labels) and moves
 * `share` of the synthetic nodes (ids syn-…) into them, each well inside its park's polygon, and
 * `outsideShare` near one, outside its polygon (1.5 to 5 of its radii from its centre: firms outside the parks,
 * which the map clusters at low zoom). Returns new outputs; the input is not changed.
 */
export function addSyntheticParks(outputs: Outputs, n: number, share = 0.75, outsideShare = 0.1): Outputs {
  const catalog = outputs['catalog.json'] as Catalog;
  const template = catalog.parks.find((p) => p.extent === 'polygon');
  if (!template) throw new Error('synthetic parks: the catalog has no park with an outline to copy');
  const parks = syntheticParks(
    n,
    template,
    catalog.industries.map((i) => i.id),
  );
  const parksFc = outputs['parks.geojson'] as FeatureCollection;
  const labelsFc = outputs['labels.geojson'] as FeatureCollection;
  const nodesFc = outputs['nodes.geojson'] as NodeFc;
  const rand = lcg(n);
  let moved = 0;
  const nodes = nodesFc.features.map((f, i) => {
    if (!String(f.properties.id).startsWith('syn-')) return f;
    const draw = rand();
    const inside = draw < share;
    if (!inside && draw >= share + outsideShare) return f;
    const p = parks[i % parks.length] as SyntheticPark;
    const a = rand() * 2 * Math.PI;
    // Outside: 1.5 to 5 times the park's radius from its centre (its decagon reaches 1 at most).
    const r = inside ? Math.sqrt(rand()) * p.inner : (p.inner / 0.75) * (1.5 + 3.5 * rand());
    const lon = p.centre[0] + (Math.cos(a) * r) / Math.cos((p.centre[1] * Math.PI) / 180);
    const lat = p.centre[1] + Math.sin(a) * r;
    moved++;
    const g: Point = { type: 'Point', coordinates: [+lon.toFixed(5), +lat.toFixed(5)] };
    return { ...f, properties: { ...f.properties, park: p.park.id, in_park: inside }, geometry: g };
  });
  if (moved === 0 && nodes.length > 0 && share > 0)
    throw new Error('synthetic parks: no synthetic node (id syn-…) to move; generate nodes first');
  const parkFeatures: Feature[] = parks.map((p) => ({
    type: 'Feature',
    properties: p.park,
    geometry: p.polygon,
  }));
  const labelFeatures: Feature[] = parks.map((p) => ({
    type: 'Feature',
    properties: {
      kind: 'park',
      ref: p.park.id,
      level: p.park.level,
      name_zh: p.park.short_zh,
      name_en: p.park.short_en,
    },
    geometry: { type: 'Point', coordinates: p.park.label },
  }));
  return {
    ...outputs,
    'catalog.json': { ...catalog, parks: [...catalog.parks, ...parks.map((p) => p.park)] },
    'parks.geojson': { ...parksFc, features: [...parksFc.features, ...parkFeatures] },
    'labels.geojson': { ...labelsFc, features: [...labelsFc.features, ...labelFeatures] },
    'nodes.geojson': { ...nodesFc, features: nodes },
  };
}
