/**
 * One ledger record (a data/nodes.csv row, validated by nodeSchema) ↔ its feature in geo/nodes.geojson.
 * The data build writes nodes.geojson with nodeFeature; the bureau's import builds its ledger with the same
 * function, and exports back to data/nodes.csv with nodeFeatureToRow.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { NodeProps } from '@/lib/schemas/catalog';
import { NODE_COLUMNS } from '@/lib/schemas/columns';
import { type ChainNode, PLACED_SOURCE, PLACED_SOURCE_ZH, placedProvenance } from '@/lib/schemas/records';
import type { STAGES } from '@/lib/schemas/vocab';
import { placeInPark } from '@/lib/geo/place-in-park';
import type { LedgerRow } from './bureau-types';

export interface NodeFeature {
  type: 'Feature';
  properties: NodeProps;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

type Stage = (typeof STAGES)[number];

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * The built feature of a record: its point (rounded to 5 decimals, ~1 m), or, when it gives no
 * coordinates, a point placed inside `park` (the park's built outline: a county-extent park's is its
 * county) with `placed: true`. `in_park` says whether the point lies in the park's outline.
 */
export function nodeFeature(
  rec: ChainNode,
  stage: Stage,
  park: Polygon | MultiPolygon | undefined,
): NodeFeature {
  const { lon, lat, ...props } = rec;
  if (lon === null || lat === null) {
    if (!park) throw new Error(`node ${rec.id} gives no coordinates and its park ${rec.park} has no outline`);
    return {
      type: 'Feature',
      properties: { ...props, stage, in_park: true, placed: true },
      geometry: { type: 'Point', coordinates: placeInPark(park, rec.id) },
    };
  }
  const at: [number, number] = [round5(lon), round5(lat)];
  return {
    type: 'Feature',
    properties: { ...props, stage, in_park: park ? booleanPointInPolygon(at, park) : false },
    geometry: { type: 'Point', coordinates: at },
  };
}

/**
 * The data/nodes.csv row of a built feature: the inverse of nodeSchema + nodeFeature. A placed record
 * gets empty lon/lat, and its location columns stay empty when they hold what the build filled in.
 */
export function nodeFeatureToRow(f: {
  properties: NodeProps;
  geometry: { coordinates: [number, number] };
}): LedgerRow {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  const filled =
    p.placed === true &&
    p.location_provenance === placedProvenance(p.provenance) &&
    p.location_source === PLACED_SOURCE &&
    p.location_source_zh === PLACED_SOURCE_ZH;
  const row: LedgerRow = {
    id: p.id,
    kind: p.kind,
    status: p.status,
    leading: p.leading ? 'true' : 'false',
    name_zh: p.name_zh,
    name_en: p.name_en,
    industry: p.industry,
    link: p.link,
    park: p.park,
    lon: p.placed ? '' : String(lon),
    lat: p.placed ? '' : String(lat),
    investment_wan: p.investment_wan === null ? '' : String(p.investment_wan),
    investment_source: p.investment_source,
    investment_source_zh: p.investment_source_zh,
    provenance: p.provenance,
    source: p.source,
    source_zh: p.source_zh,
    as_of: p.as_of,
    location_provenance: filled ? '' : p.location_provenance,
    location_source: filled ? '' : p.location_source,
    location_source_zh: filled ? '' : p.location_source_zh,
    note: p.note,
    note_zh: p.note_zh,
  };
  // Column order as data/nodes.csv has it.
  return Object.fromEntries(NODE_COLUMNS.map((c) => [c, row[c]])) as LedgerRow;
}
