/**
 * The data build checks every file it writes for the app against the schema the app reads that file
 * with (src/lib/schemas/catalog.ts, search-index.ts, monitor.ts; the table the app uses is BUILT_FILES in
 * src/lib/data/built-files.ts). A build whose output the app would reject stops here, naming the file
 * and the first problem, instead of shipping a map that fails in the browser.
 */
import { relative } from 'node:path';
import type { z } from 'zod/mini';
import {
  areaCollectionSchema,
  catalogSchema,
  countyCollectionSchema,
  fontFacesSchema,
  mapLabelsSchema,
  lineCollectionSchema,
  manifestSchema,
  nodeCellsSchema,
  outsideCollectionSchema,
  nodeCollectionSchema,
  placeCollectionSchema,
} from '../../../src/lib/schemas/catalog';
import { describeIssue } from '../../../src/lib/schemas/describe-issue';
import { monitorSchema } from '../../../src/lib/schemas/monitor';
import { searchIndexSchema } from '../../../src/lib/schemas/search-index';

/** Built files the app parses, by their path under the site root, with the app's schema for each. */
export const APP_SCHEMAS: Record<string, z.ZodMiniType> = {
  'geo/catalog.json': catalogSchema,
  'geo/nodes.geojson': nodeCollectionSchema,
  'geo/places.geojson': placeCollectionSchema,
  'geo/counties.geojson': countyCollectionSchema,
  'geo/parks.geojson': areaCollectionSchema,
  'geo/protected.geojson': areaCollectionSchema,
  'geo/zones.geojson': areaCollectionSchema,
  'geo/lines.geojson': lineCollectionSchema,
  'geo/node-cells.json': nodeCellsSchema,
  'geo/outside.geojson': outsideCollectionSchema,
  'geo/search.json': searchIndexSchema,
  'geo/monitor.json': monitorSchema,
  'geo/manifest.json': manifestSchema,
  'fonts/font-faces.json': fontFacesSchema,
  'fonts/map-labels.json': mapLabelsSchema,
};

/** A built file the app would reject; the message is the one line the build prints. */
export class AppSchemaError extends Error {
  constructor(
    readonly path: string,
    readonly issue: string,
  ) {
    super(`build: ${path} does not match the app's schema: ${issue}`);
    this.name = 'AppSchemaError';
  }
}

/** The path as the build prints it: relative to the working directory when inside it. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

/**
 * Parses `content` (the value as the app will read it, i.e. after JSON) with the app's schema for
 * `file` (a key of APP_SCHEMAS); throws AppSchemaError naming `path` and the first issue.
 * Files the app does not parse itself (MapLibre reads them: labels, border, …) pass unchecked.
 */
export function checkBuiltFile(file: string, path: string, content: unknown): void {
  const schema = APP_SCHEMAS[file];
  if (!schema) return;
  const parsed = schema.safeParse(content, { reportInput: true });
  if (!parsed.success) throw new AppSchemaError(shown(path), describeIssue(parsed.error.issues[0]));
}
