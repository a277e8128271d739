/**
 * Deterministic synthetic chain nodes for the filter benchmark: N sample records spread over the
 * parks with their own outline, each inside its park and inside the prefecture (sample positions get
 * no border tolerance in the data build), links taken at random (seeded).
 *
 * Each record is a typed object with every field of the nodes.csv record schema (nodeSchema in
 * src/lib/schemas/records.ts), and the rows are written in the column order of the target file's own
 * header, so a new or reordered column in data/nodes.csv cannot silently shift the cells: a column the
 * generator does not fill is left empty where the schema allows an empty cell, and is an error otherwise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import type { z } from 'zod';
import { nodeSchema } from '../src/lib/schemas/records';

/** One nodes.csv record as the CSV holds it (every cell a string), with every field given. */
export type NodeRecord = Required<z.input<typeof nodeSchema>>;

/** A small linear congruential generator: the same seed gives the same nodes on every machine. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SynthInput {
  parks: Feature<Polygon, { id: string }>[];
  /** The county outlines: a node must lie in one (a park's schematic outline may cross the border). */
  counties: Feature<Polygon | MultiPolygon>[];
  links: { id: string; industry: string }[];
}

/** The parks with an outline of their own and the chain links, from the built parks.geojson and catalog.json. */
export function synthInput(parksGeojson: unknown, catalog: unknown, countiesGeojson: unknown): SynthInput {
  const parks = (parksGeojson as FeatureCollection<Polygon, { id: string; extent: string }>).features.filter(
    (f) => f.properties.extent === 'polygon' && f.geometry.type === 'Polygon',
  );
  const links = (catalog as { links: { id: string; industry: string }[] }).links;
  const counties = (countiesGeojson as FeatureCollection<Polygon | MultiPolygon>).features;
  if (parks.length === 0 || links.length === 0 || counties.length === 0)
    throw new Error('synthetic nodes: no park outlines, no links or no counties');
  return { parks, links, counties };
}

export function syntheticNodes(
  n: number,
  { parks, links, counties }: SynthInput,
  seed = 20000,
): NodeRecord[] {
  const inChina = (p: [number, number]) => counties.some((c) => booleanPointInPolygon(p, c));
  const rand = lcg(seed);
  const out: NodeRecord[] = [];
  for (let i = 0; i < n; i++) {
    const park = parks[i % parks.length] as Feature<Polygon, { id: string }>;
    const link = links[Math.floor(rand() * links.length)] as { id: string; industry: string };
    const ring = park.geometry.coordinates[0] ?? [];
    const xs = ring.map((p) => p[0] ?? 0);
    const ys = ring.map((p) => p[1] ?? 0);
    let lon = 0;
    let lat = 0;
    do {
      lon = Math.min(...xs) + rand() * (Math.max(...xs) - Math.min(...xs));
      lat = Math.min(...ys) + rand() * (Math.max(...ys) - Math.min(...ys));
    } while (!booleanPointInPolygon([lon, lat], park) || !inChina([lon, lat]));
    out.push({
      id: `syn-${String(i).padStart(5, '0')}`,
      kind: i % 7 === 0 ? 'project' : 'firm',
      status: i % 7 === 0 ? 'construction' : 'operating',
      leading: 'false',
      name_zh: `示例·合成节点${i}`,
      name_en: `Sample synthetic node ${i}`,
      industry: link.industry,
      link: link.id,
      park: park.properties.id,
      lon: lon.toFixed(5),
      lat: lat.toFixed(5),
      investment_wan: String(Math.floor(rand() * 30000)),
      investment_source: '',
      investment_source_zh: '',
      location_provenance: 'sample',
      location_source: '',
      location_source_zh: '',
      note: '',
      note_zh: '',
      provenance: 'sample',
      source: 'synthetic benchmark record, not a real firm',
      source_zh: '基准测试用的合成记录,非真实企业',
      as_of: '2026-11',
    });
  }
  return out;
}

/** The column names of a CSV file's header line. */
export function csvHeader(path: string): string[] {
  const first =
    readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  return (Papa.parse<string[]>(first).data[0] ?? []).map((h) => h.trim());
}

const schemaFields = nodeSchema.in.shape as Record<string, z.ZodType>;

/** The records as CSV lines in the order of `header`; throws on a column it cannot fill. */
export function nodeCsvLines(header: readonly string[], nodes: readonly NodeRecord[]): string[] {
  for (const col of header) {
    const field = schemaFields[col];
    if (!field) {
      throw new Error(
        `synthetic nodes: nodes.csv has a column "${col}" that the node record schema (src/lib/schemas/records.ts) does not know`,
      );
    }
    const filled = nodes.every((n) => typeof (n as Record<string, unknown>)[col] === 'string');
    if (!filled && !field.safeParse('').success) {
      throw new Error(
        `synthetic nodes: nodes.csv column "${col}" is required by the node record schema, but bench/synthetic-nodes.ts does not fill it`,
      );
    }
  }
  return nodes.map((n) =>
    Papa.unparse([header.map((col) => (n as Record<string, string | undefined>)[col] ?? '')]),
  );
}

/** Appends the records to `dataDir`/nodes.csv, in that file's own column order. */
export function appendSyntheticNodes(dataDir: string, nodes: readonly NodeRecord[]): void {
  const file = join(dataDir, 'nodes.csv');
  const lines = nodeCsvLines(csvHeader(file), nodes);
  const csv = readFileSync(file, 'utf8').trimEnd();
  writeFileSync(file, `${csv}\n${lines.join('\n')}\n`);
}
