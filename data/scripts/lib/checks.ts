/** Cross-reference and spatial checks over validated records. */
import kinks from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { cyclicLinks } from '../../../src/lib/domain/chain-graph';
import {
  BORDER_TOLERANCE_KM,
  type CountyIndex,
  indexCounties,
  kmOutsideCounty,
  pointProblem,
} from '../../../src/lib/geo/county-check';
import {
  duplicateStatMessage,
  type KnownIds,
  nodeReferenceProblems,
  statReferenceProblems,
} from '../../../src/lib/schemas/node-references';
import { coordProblem, describeCoordProblem, geometryCoordProblem } from './coords';
import type { IssueList } from './issues';
import type { Records } from './load-records';

export { type CountyIndex, indexCounties };

/** The ids records may refer to (node-references.ts). */
export function knownIds(r: Records): KnownIds {
  return {
    industries: new Set(r.industries.map((i) => i.rec.id)),
    linkIndustry: new Map(r.links.map((l) => [l.rec.id, l.rec.industry])),
    parks: new Set(r.parks.map((p) => p.rec.id)),
  };
}

type Area = Polygon | MultiPolygon;

export function checkReferences(r: Records, issues: IssueList): void {
  const industries = new Set(r.industries.map((i) => i.rec.id));
  const parks = new Set(r.parks.map((p) => p.rec.id));
  const linkIndustry = new Map(r.links.map((l) => [l.rec.id, l.rec.industry]));
  const places = new Set(r.places.map((p) => p.rec.id));
  const lines = new Set(r.lines.map((l) => l.rec.id));
  const known = (set: Set<string>) => [...set].join(', ');

  for (const { rec, label } of r.industries) {
    for (const p of rec.plan_parks) {
      if (!parks.has(p))
        issues.add({
          file: 'industries.yaml',
          record: label,
          field: 'plan_parks',
          message: `unknown park "${p}"`,
        });
    }
  }
  for (const industry of new Set(r.links.map((l) => l.rec.industry))) {
    if (!industries.has(industry)) {
      issues.add({
        file: 'chains.yaml',
        record: industry,
        message: `unknown industry "${industry}" (known: ${known(industries)})`,
      });
    }
  }
  for (const { rec, label } of r.links) {
    for (const a of rec.after) {
      if (linkIndustry.get(a) !== rec.industry) {
        issues.add({
          file: 'chains.yaml',
          record: label,
          field: 'after',
          message: `"${a}" is not a link of ${rec.industry}`,
        });
      }
    }
  }
  for (const l of r.rules.cold_chain_links) {
    if (!linkIndustry.has(l))
      issues.add({
        file: 'routing-rules.yaml',
        record: 'rules',
        field: 'cold_chain_links',
        message: `unknown chain link "${l}"`,
      });
  }
  for (const id of cyclicLinks(r.links.map((l) => l.rec))) {
    const l = r.links.find((x) => x.rec.id === id);
    issues.add({
      file: 'chains.yaml',
      record: l?.label ?? id,
      field: 'after',
      message: 'is part of a cycle of links',
    });
  }
  for (const { rec, label } of r.parks) {
    if (rec.parent && !parks.has(rec.parent)) {
      issues.add({
        file: 'parks.yaml',
        record: label,
        field: 'parent',
        message: `unknown park "${rec.parent}"`,
      });
    }
    for (const i of rec.leading) {
      if (!industries.has(i))
        issues.add({
          file: 'parks.yaml',
          record: label,
          field: 'leading',
          message: `unknown industry "${i}"`,
        });
    }
    if (rec.extent === 'polygon' && !r.parkGeometries.has(rec.id)) {
      issues.add({ file: 'parks.geojson', record: rec.id, message: 'park has no polygon in parks.geojson' });
    }
  }
  for (const [id, g] of r.parkGeometries) {
    if (!parks.has(id))
      issues.add({
        file: 'parks.geojson',
        record: g.label,
        field: 'id',
        message: `unknown park "${id}" (not in parks.yaml)`,
      });
  }
  const ids = knownIds(r);
  for (const { rec, label } of r.nodes) {
    for (const p of nodeReferenceProblems(rec, ids)) issues.add({ file: 'nodes.csv', record: label, ...p });
  }
  for (const { rec, label } of r.zones) {
    for (const l of rec.of_lines)
      if (!lines.has(l))
        issues.add({ file: 'zones.yaml', record: label, field: 'of_lines', message: `unknown line "${l}"` });
    for (const p of rec.of_places)
      if (!places.has(p))
        issues.add({
          file: 'zones.yaml',
          record: label,
          field: 'of_places',
          message: `unknown place "${p}"`,
        });
  }
}

/**
 * The monitoring records: one park-stats row per park and year, each naming a known park (or
 * `prefecture`); each context figure naming a target.
 */
export function checkMonitoring(r: Records, issues: IssueList): void {
  const ids = knownIds(r);
  const seen = new Map<string, string>();
  for (const { rec, label } of r.stats) {
    const where = { file: 'park-stats.csv', record: label };
    for (const p of statReferenceProblems(rec, ids)) issues.add({ ...where, ...p });
    const key = `${rec.park}~${rec.year}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.add({ ...where, field: 'park,year', message: duplicateStatMessage(rec.park, rec.year, first) });
    } else seen.set(key, label);
  }
  const targets = new Set(r.targets.map((t) => t.rec.id));
  for (const { rec, label } of r.context) {
    if (!targets.has(rec.target)) {
      issues.add({
        file: 'context-figures.yaml',
        record: label,
        field: 'target',
        message: `unknown target "${rec.target}" (known: ${[...targets].join(', ')})`,
      });
    }
  }
}

/** Checks one point (county-check.ts) and reports its problem, if any. */
function checkPoint(
  idx: CountyIndex,
  where: { file: string; record: string },
  lon: number,
  lat: number,
  county: string,
  countyWhy: string,
  issues: IssueList,
  toleranceKm = BORDER_TOLERANCE_KM,
): void {
  const p = pointProblem(idx, lon, lat, county, countyWhy, toleranceKm);
  if (p) issues.add({ ...where, ...p });
}

export function checkSpatial(r: Records, idx: CountyIndex, issues: IssueList): void {
  const parkCounty = new Map(r.parks.map((p) => [p.rec.id, p.rec.county]));
  for (const { rec, label } of r.places) {
    checkPoint(
      idx,
      { file: 'places.csv', record: label },
      rec.lon,
      rec.lat,
      rec.county,
      'its county column',
      issues,
    );
  }
  for (const { rec, label } of r.nodes) {
    const county = parkCounty.get(rec.park);
    if (!county) continue; // unknown park: already reported
    // No coordinates given: the build places it inside its park's outline, so there is no point to check.
    if (rec.lon === null || rec.lat === null) continue;
    checkPoint(
      idx,
      { file: 'nodes.csv', record: label },
      rec.lon,
      rec.lat,
      county,
      `the county of its park ${rec.park}`,
      issues,
      // A sample node is placed by hand, so it has no error to allow for: it lies inside China.
      rec.location_provenance === 'sample' ? 0 : BORDER_TOLERANCE_KM,
    );
  }
  for (const { rec, label } of r.protectedAreas) {
    const [lon, lat] = rec.centre;
    const where = { file: 'protected-areas.yaml', record: label, field: 'centre' };
    const p = coordProblem(lon, lat);
    if (p) issues.add({ ...where, message: describeCoordProblem(p, lon, lat) });
    else if (![...idx.features.keys()].some((c) => kmOutsideCounty(idx, c, lon, lat) === 0)) {
      issues.add({ ...where, message: `(${lon}, ${lat}) is outside the prefecture` });
    }
  }
  for (const { rec, label } of r.lines) {
    const where = { file: 'lines.geojson', record: label, field: 'geometry' };
    const g = r.lines.find((l) => l.rec.id === rec.id)?.geometry;
    if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString')) {
      issues.add({ ...where, message: `must be a LineString, got ${g?.type}` });
      continue;
    }
    const problem = geometryCoordProblem(g.coordinates);
    if (problem) issues.add({ ...where, message: problem });
  }
  for (const [id, { label, geometry }] of r.parkGeometries) {
    checkParkPolygon(id, label, geometry, idx, parkCounty.get(id), issues);
  }
}

function checkParkPolygon(
  id: string,
  label: string,
  geometry: { type: string; coordinates: unknown },
  idx: CountyIndex,
  county: string | undefined,
  issues: IssueList,
): void {
  const where = { file: 'parks.geojson', record: label, field: 'geometry' };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    issues.add({ ...where, message: `must be a Polygon or MultiPolygon, got ${geometry.type}` });
    return;
  }
  const problem = geometryCoordProblem(geometry.coordinates);
  if (problem) {
    issues.add({ ...where, message: problem });
    return;
  }
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  for (const poly of polys) {
    for (const ring of poly) {
      const first = ring[0];
      const last = ring.at(-1);
      if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
        issues.add({ ...where, message: 'ring is not closed (needs ≥ 4 positions, first = last)' });
        return;
      }
    }
  }
  const f = { type: 'Feature', properties: {}, geometry } as Feature<Area>;
  const k = kinks(f).features[0];
  if (k) {
    const [x, y] = k.geometry.coordinates;
    issues.add({
      ...where,
      message: `polygon is self-intersecting near (${x?.toFixed(4)}, ${y?.toFixed(4)})`,
    });
    return;
  }
  const ring0 = polys[0]?.[0] ?? [];
  const outside = county
    ? ring0.filter(([x, y]) => kmOutsideCounty(idx, county, x ?? 0, y ?? 0) > BORDER_TOLERANCE_KM)
    : [];
  if (county && outside.length > 0) {
    issues.add({
      ...where,
      message: `${outside.length} vertices of park ${id} lie outside its county ${county}`,
    });
  }
}
