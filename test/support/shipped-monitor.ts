/**
 * The shipped data the bureau's import is checked against, as the app reads it: the built park outlines,
 * counties and nodes (public/geo, written by the data build that npm test runs first), and the plan's
 * 2025 targets as geo/monitor.json carries them (data/targets.yaml through the data build's schema).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { areaCollectionSchema, countyCollectionSchema, nodeCollectionSchema } from '@/lib/schemas/catalog';
import { builtTargetSchema } from '@/lib/schemas/monitor';
import { targetSchema } from '@/lib/schemas/monitor-records';

const root = join(import.meta.dirname, '../..');
const geo = (f: string) => JSON.parse(readFileSync(join(root, 'public/geo', f), 'utf8'));

export const shippedParkOutlines = areaCollectionSchema.parse(geo('parks.geojson'));
export const shippedCounties = countyCollectionSchema.parse(geo('counties.geojson'));
export const shippedNodeCollection = nodeCollectionSchema.parse(geo('nodes.geojson'));
export const shippedTargets = (
  parseYaml(readFileSync(join(root, 'data/targets.yaml'), 'utf8')) as unknown[]
).map((t) => builtTargetSchema.parse(targetSchema.parse(t)));
