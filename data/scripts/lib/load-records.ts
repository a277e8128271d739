/** Reads and validates the planner-editable files in data/ (YAML, CSV, GeoJSON). */
import { join } from 'node:path';
import type { z } from 'zod';
import {
  type ChainLink,
  type ChainNode,
  chainLinkSchema,
  type Industry,
  industrySchema,
  lineSchema,
  nodeSchema,
  type Park,
  type Place,
  type ProtectedArea,
  parkSchema,
  placeSchema,
  protectedAreaSchema,
  type RoutingRules,
  routingRulesSchema,
  type Zone,
  zoneSchema,
} from '../../../src/lib/schemas/records';
import { LINK_FIGURES_KEY, type LinkFigures, linkFiguresSchema } from '../../../src/lib/schemas/records';
import {
  type ContextFigure,
  contextFigureSchema,
  type ParkStat,
  parkStatSchema,
  type Target,
  targetSchema,
} from '../../../src/lib/schemas/monitor-records';
import { PARK_STAT_COLUMNS } from '../../../src/lib/schemas/columns';
import { type DataIssue, DataError, IssueList } from './issues';
import { readCsv, readJson, readYaml } from './read';
import { checkUniqueIds, parseRecord, recordLabel } from './validate';

export { NODE_COLUMNS, PLACE_COLUMNS } from '../../../src/lib/schemas/columns';
import { NODE_COLUMNS, PLACE_COLUMNS } from '../../../src/lib/schemas/columns';

export interface Labeled<T> {
  rec: T;
  label: string;
}

export interface GeoRecord<T> extends Labeled<T> {
  geometry: { type: string; coordinates: unknown };
}

export interface Records {
  industries: Labeled<Industry>[];
  links: Labeled<ChainLink>[];
  parks: Labeled<Park>[];
  parkGeometries: Map<string, { label: string; geometry: { type: string; coordinates: unknown } }>;
  places: Labeled<Place>[];
  nodes: Labeled<ChainNode>[];
  lines: GeoRecord<z.infer<typeof lineSchema>>[];
  zones: Labeled<Zone>[];
  protectedAreas: Labeled<ProtectedArea>[];
  rules: RoutingRules;
  /** chains.yaml about_figures: how the links' indicative figures were made. */
  linkFigures: LinkFigures;
  /** The plan's 2025 targets (targets.yaml). */
  targets: Labeled<Target>[];
  /** The parks' figures by year (park-stats.csv; may be empty). */
  stats: Labeled<ParkStat>[];
  /** Public figures shown beside a target as context (context-figures.yaml). */
  context: Labeled<ContextFigure>[];
}

function parseList<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  file: string,
  issues: IssueList,
): Labeled<z.infer<S>>[] {
  if (!Array.isArray(raw)) throw new DataError([{ file, message: 'must be a list of records' }]);
  const out: Labeled<z.infer<S>>[] = [];
  raw.forEach((r, i) => {
    const label = recordLabel(r, i);
    const rec = parseRecord(schema, r, { file, record: label }, issues);
    if (rec) out.push({ rec, label });
  });
  checkUniqueIds(
    out.map((o) => ({ id: (o.rec as { id: string }).id, label: o.label })),
    file,
    issues,
  );
  return out;
}

function parseCsvFile<S extends z.ZodType>(
  schema: S,
  dir: string,
  file: string,
  columns: readonly string[],
  issues: IssueList,
): Labeled<z.infer<S>>[] {
  const rows = readCsv(join(dir, file), file, columns);
  const out: Labeled<z.infer<S>>[] = [];
  rows.forEach((row, i) => {
    const label = recordLabel(row.values, i, row.line);
    const rec = parseRecord(schema, row.values, { file, record: label }, issues);
    if (rec) out.push({ rec, label });
  });
  checkUniqueIds(
    out.map((o) => ({ id: (o.rec as { id: string }).id, label: o.label })),
    file,
    issues,
  );
  return out;
}

interface RawFeature {
  label: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}

/** Reads a GeoJSON FeatureCollection; checks its shape, not yet its coordinates. */
export function readFeatures(dir: string, file: string): RawFeature[] {
  const fc = readJson(join(dir, file), file) as { type?: unknown; features?: unknown; crs?: unknown };
  const problems: DataIssue[] = [];
  if (
    fc === null ||
    typeof fc !== 'object' ||
    fc.type !== 'FeatureCollection' ||
    !Array.isArray(fc.features)
  ) {
    throw new DataError([{ file, message: 'must be a GeoJSON FeatureCollection' }]);
  }
  const crsName = JSON.stringify(fc.crs ?? '');
  if (fc.crs && !/CRS84|4326|4490/.test(crsName)) {
    problems.push({
      file,
      field: 'crs',
      message: `declares CRS ${crsName}; data/ must be WGS84 (EPSG:4326 / CRS84)`,
    });
  }
  const out: RawFeature[] = [];
  (fc.features as unknown[]).forEach((f, i) => {
    const feat = f as { properties?: unknown; geometry?: { type?: unknown; coordinates?: unknown } };
    const props = (feat?.properties ?? {}) as Record<string, unknown>;
    const label = recordLabel(props, i);
    if (!feat?.geometry || typeof feat.geometry.type !== 'string') {
      problems.push({ file, record: label, field: 'geometry', message: 'has no geometry' });
      return;
    }
    out.push({ label, properties: props, geometry: feat.geometry as RawFeature['geometry'] });
  });
  if (problems.length > 0) throw new DataError(problems);
  if (out.length === 0) throw new DataError([{ file, message: 'has no features' }]);
  return out;
}

export function loadRecords(dir: string): Records {
  const issues = new IssueList();
  const industries = parseList(
    industrySchema,
    readYaml(join(dir, 'industries.yaml'), 'industries.yaml'),
    'industries.yaml',
    issues,
  );

  const chainsRaw = readYaml(join(dir, 'chains.yaml'), 'chains.yaml');
  const links: Labeled<ChainLink>[] = [];
  if (chainsRaw === null || typeof chainsRaw !== 'object' || Array.isArray(chainsRaw)) {
    throw new DataError([{ file: 'chains.yaml', message: 'must map each industry id to its list of links' }]);
  }
  const linkFigures = parseRecord(
    linkFiguresSchema,
    (chainsRaw as Record<string, unknown>)[LINK_FIGURES_KEY],
    { file: 'chains.yaml', record: LINK_FIGURES_KEY },
    issues,
  );
  for (const [industry, list] of Object.entries(chainsRaw)) {
    if (industry === LINK_FIGURES_KEY) continue;
    for (const l of parseList(chainLinkSchema, list, 'chains.yaml', issues)) {
      links.push({ rec: { ...l.rec, industry }, label: `${industry}/${l.label}` });
    }
  }
  checkUniqueIds(
    links.map((l) => ({ id: l.rec.id, label: l.label })),
    'chains.yaml',
    issues,
  );

  const parks = parseList(parkSchema, readYaml(join(dir, 'parks.yaml'), 'parks.yaml'), 'parks.yaml', issues);
  const parkGeometries = new Map<string, { label: string; geometry: RawFeature['geometry'] }>();
  for (const f of readFeatures(dir, 'parks.geojson')) {
    const id = String(f.properties.id ?? '');
    if (!id) issues.add({ file: 'parks.geojson', record: f.label, field: 'id', message: 'is required' });
    else if (parkGeometries.has(id)) {
      issues.add({ file: 'parks.geojson', record: f.label, field: 'id', message: `duplicate id "${id}"` });
    } else parkGeometries.set(id, { label: f.label, geometry: f.geometry });
  }

  const places = parseCsvFile(placeSchema, dir, 'places.csv', PLACE_COLUMNS, issues);
  const nodes = parseCsvFile(nodeSchema, dir, 'nodes.csv', NODE_COLUMNS, issues);

  const lines: GeoRecord<z.infer<typeof lineSchema>>[] = [];
  const lineFeatures = readFeatures(dir, 'lines.geojson');
  for (const f of lineFeatures) {
    const rec = parseRecord(lineSchema, f.properties, { file: 'lines.geojson', record: f.label }, issues);
    if (rec) lines.push({ rec, label: f.label, geometry: f.geometry });
  }
  checkUniqueIds(
    lines.map((l) => ({ id: l.rec.id, label: l.label })),
    'lines.geojson',
    issues,
  );

  const zones = parseList(zoneSchema, readYaml(join(dir, 'zones.yaml'), 'zones.yaml'), 'zones.yaml', issues);
  const protectedAreas = parseList(
    protectedAreaSchema,
    readYaml(join(dir, 'protected-areas.yaml'), 'protected-areas.yaml'),
    'protected-areas.yaml',
    issues,
  );
  const rules = parseRecord(
    routingRulesSchema,
    readYaml(join(dir, 'routing-rules.yaml'), 'routing-rules.yaml'),
    { file: 'routing-rules.yaml', record: 'rules' },
    issues,
  );
  const targets = parseList(
    targetSchema,
    readYaml(join(dir, 'targets.yaml'), 'targets.yaml'),
    'targets.yaml',
    issues,
  );
  const context = parseList(
    contextFigureSchema,
    readYaml(join(dir, 'context-figures.yaml'), 'context-figures.yaml'),
    'context-figures.yaml',
    issues,
  );
  const stats: Labeled<ParkStat>[] = [];
  for (const row of readCsv(join(dir, 'park-stats.csv'), 'park-stats.csv', PARK_STAT_COLUMNS, {
    allowEmpty: true,
  })) {
    const { park, year } = row.values;
    const label =
      park?.trim() && year?.trim() ? `${park.trim()} ${year.trim()} (line ${row.line})` : `line ${row.line}`;
    const rec = parseRecord(parkStatSchema, row.values, { file: 'park-stats.csv', record: label }, issues);
    if (rec) stats.push({ rec, label });
  }
  issues.check();
  if (!rules || !linkFigures) throw new DataError(issues.items);
  return {
    industries,
    links,
    parks,
    parkGeometries,
    places,
    nodes,
    lines,
    zones,
    protectedAreas,
    rules,
    linkFigures,
    targets,
    stats,
    context,
  };
}
