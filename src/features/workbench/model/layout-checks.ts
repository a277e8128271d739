/**
 * Layout checks for planners (README: 布局核查 Checks), computed with turf:
 *  - protected: a park (or an imported area) overlapping a protected area, with the overlap in ha and 亩
 *    (the clipped part's area on the CGCS2000 ellipsoid: overlapWith in site-metrics)
 *  - outside-park: a chain node outside every park outline
 *  - industry-mismatch: a firm in a park whose leading industries (per the plan) exclude its industry
 *  - outside-layout: a park, a part of one or a wing town outside every 一轴两翼 zone
 * A park drawn as its county (the experimental zone: extent "county") has no outline of its own: it
 * takes no part, and the nodes recorded under it are not checked against outlines (see excludedParks).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, Position } from 'geojson';
import { toCsv } from '@/lib/csv';
import { areaFigures } from '@/lib/geo/units';
import { type Area, type IdFeature, overlapWith } from './site-metrics';

export type CheckKind = 'protected' | 'outside-park' | 'industry-mismatch' | 'outside-layout';

export interface CheckRow {
  kind: CheckKind;
  /** The record checked (park, node or imported feature). */
  id: string;
  name_zh: string;
  name_en: string;
  /** What it conflicts with (protected area ids, the park, …). */
  other: string[];
  ha?: number;
  mu?: number;
  /** Where to fly the map. */
  at: Position;
  /** The checked record's own provenance (official / public / estimate / sample), or imported. */
  record: string;
  /** A schematic outline (park, zone or protected area) entered the result. */
  schematic: boolean;
  /** The imported layer an imported feature comes from (its name; imported-areas.ts). */
  layer?: string;
}

export interface CheckInput {
  parks: IdFeature<Area>[];
  protectedAreas: IdFeature<Area>[];
  zones: IdFeature<Area>[];
  nodes: IdFeature<GeoJSON.Point>[];
  /** Imported areas checked like parks (red-line and layout). */
  extra?: IdFeature<Area>[];
}

const names = (f: Feature) => ({
  name_zh: String(
    f.properties?.name_zh ?? f.properties?.short_zh ?? f.properties?.name ?? f.properties?.id ?? '',
  ),
  name_en: String(
    f.properties?.name_en ?? f.properties?.short_en ?? f.properties?.name ?? f.properties?.id ?? '',
  ),
});

/** Parks drawn as their county (extent "county"): not a boundary, so left out of every check. */
export const excludedParks = <F extends { properties: { id: string; extent?: unknown } }>(parks: F[]): F[] =>
  parks.filter((p) => p.properties.extent === 'county');

const schematicOf = (f: Feature) => f.properties?.schematic === true;

type Box = [number, number, number, number];

/** [west, south, east, north] of a feature's coordinates (no turf: this runs for every imported polygon). */
function boxOf(f: Feature<Area>): Box {
  let w = Infinity;
  let so = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (const ring of poly)
      for (const [x = 0, y = 0] of ring) {
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < so) so = y;
        if (y > n) n = y;
      }
  return [w, so, e, n];
}
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The protected areas and 一轴两翼 zones with their boxes, computed once for many checked areas: an area
 * whose box meets no protected area's box overlaps none (no clipping), one with a corner inside a zone is
 * in the layout (no clipping), one whose box meets no zone's box is outside it.
 */
export interface AreaCheckContext {
  protectedAreas: IdFeature<Area>[];
  protectedBoxes: Box[];
  zones: IdFeature<Area>[];
  zoneBoxes: Box[];
}

export function areaCheckContext(
  protectedAreas: IdFeature<Area>[],
  zones: IdFeature<Area>[],
): AreaCheckContext {
  return { protectedAreas, protectedBoxes: protectedAreas.map(boxOf), zones, zoneBoxes: zones.map(boxOf) };
}

const firstCorner = (f: Feature<Area>): Position | undefined =>
  f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]?.[0] : f.geometry.coordinates[0]?.[0]?.[0];

/**
 * The checks of one area (a park outline or an imported polygon): its overlap with protected areas and
 * whether it lies in a 一轴两翼 zone. `record` is its provenance ('imported' for an imported one).
 */
export function checkArea(p: IdFeature<Area>, ctx: AreaCheckContext, record: string): CheckRow[] {
  const rows: CheckRow[] = [];
  const box = boxOf(p);
  const layerOf = typeof p.properties?.layer_name === 'string' ? { layer: p.properties.layer_name } : {};
  const near = ctx.protectedAreas.filter((_, i) => boxesMeet(box, ctx.protectedBoxes[i] as Box));
  const o = near.length > 0 ? overlapWith(p, near) : { m2: 0, ids: [] };
  if (o.m2 > 0) {
    const a = areaFigures(o.m2);
    const hit = near.filter((r) => o.ids.includes(r.properties.id));
    rows.push({
      kind: 'protected',
      id: p.properties.id,
      ...names(p),
      other: o.ids,
      ha: a.ha,
      mu: a.mu,
      at: centerOfMass(p).geometry.coordinates,
      record,
      schematic: schematicOf(p) || hit.some(schematicOf),
      ...layerOf,
    });
  }
  const corner = firstCorner(p);
  const zonesNear = ctx.zones.filter((_, i) => boxesMeet(box, ctx.zoneBoxes[i] as Box));
  const inLayout =
    (corner !== undefined && zonesNear.some((z) => booleanPointInPolygon(corner, z))) ||
    zonesNear.some((z) => intersect(featureCollection([p, z])) !== null);
  if (!inLayout)
    rows.push({
      kind: 'outside-layout',
      id: p.properties.id,
      ...names(p),
      other: [],
      at: centerOfMass(p).geometry.coordinates,
      record,
      schematic: schematicOf(p) || ctx.zones.some(schematicOf),
      ...layerOf,
    });
  return rows;
}

/**
 * Every check. The imported areas (`extra`) may be many: the workbench runs them through `checkArea` in
 * slices (use-area-checks.ts) instead, and calls this without them.
 */
export function layoutChecks({ parks, protectedAreas, zones, nodes, extra = [] }: CheckInput): CheckRow[] {
  const rows: CheckRow[] = [];
  const excluded = new Set(excludedParks(parks).map((p) => p.properties.id));
  const outlines = parks.filter((p) => !excluded.has(p.properties.id));
  const ctx = areaCheckContext(protectedAreas, zones);
  const areaRows = [
    ...outlines.map((p) => checkArea(p, ctx, String(p.properties?.provenance ?? ''))),
    ...extra.map((p) => checkArea(p, ctx, 'imported')),
  ].flat();
  rows.push(...areaRows.filter((r) => r.kind === 'protected'));
  for (const n of nodes) {
    // Recorded under a park that has no outline of its own: nothing to check it against.
    if (excluded.has(String(n.properties.park ?? ''))) continue;
    const inside = outlines.find((p) => booleanPointInPolygon(n.geometry.coordinates, p));
    const record = String(n.properties?.provenance ?? '');
    if (!inside) {
      rows.push({
        kind: 'outside-park',
        id: n.properties.id,
        ...names(n),
        other: [String(n.properties.park ?? '')],
        at: n.geometry.coordinates,
        record,
        schematic: true,
      });
      continue;
    }
    const leading = (inside.properties.leading as string[] | undefined) ?? [];
    if (n.properties.kind === 'firm' && !leading.includes(String(n.properties.industry))) {
      rows.push({
        kind: 'industry-mismatch',
        id: n.properties.id,
        ...names(n),
        other: [inside.properties.id, String(n.properties.industry)],
        at: n.geometry.coordinates,
        record,
        schematic: schematicOf(inside),
      });
    }
  }
  rows.push(...areaRows.filter((r) => r.kind === 'outside-layout'));
  return rows;
}

/**
 * The check list as CSV (UTF-8 with BOM so spreadsheet programs read the Chinese names; no formula
 * cells). Every row says how far to trust it: `provenance` of the result (estimate: computed here),
 * the checked record's own provenance, and whether a schematic outline entered it.
 */
export function checksToCsv(rows: CheckRow[]): string {
  return toCsv(
    [
      'kind',
      'id',
      'name_zh',
      'name_en',
      'conflicts_with',
      'overlap_ha',
      'overlap_mu',
      'lon',
      'lat',
      'provenance',
      'record_provenance',
      'schematic',
      'layer',
    ],
    rows.map((r) => [
      r.kind,
      r.id,
      r.name_zh,
      r.name_en,
      r.other.join(' '),
      r.ha?.toFixed(1),
      r.mu?.toFixed(0),
      r.at[0]?.toFixed(5),
      r.at[1]?.toFixed(5),
      'estimate',
      r.record,
      r.schematic ? 'true' : 'false',
      r.layer,
    ]),
  );
}
