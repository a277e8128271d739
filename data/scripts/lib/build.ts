/**
 * The data build: data/ (planner-editable) → validated, repaired, derived → public/geo/.
 * Fails with every problem found, each naming file, record and field.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import bbox from '@turf/bbox';
import type { FeatureCollection, Geometry } from 'geojson';
import { checkBuiltFile } from './app-schemas';
import { classifyOutline, loadCounties, loadCountries, loadPuer, mergeAreas } from './basemap';
import { checkMonitoring, checkReferences, checkSpatial, indexCounties } from './checks';
import { IssueList } from './issues';
import { loadRecords } from './load-records';
import { buildOutputs } from './outputs';
import { NODE_CELLS_FILE, nodeCellsOf } from './node-cells';
import { OUTSIDE_FILE, outsideNodes } from '../../../src/lib/domain/outside-nodes';
import { overviewSvg } from './overview-svg';
import { nodeTiles, parkTiles, TILE_THRESHOLD } from './vector-tiles';

export interface ManifestEntry {
  file: string;
  count: number | null;
  bbox: number[] | null;
  hash: string;
  bytes: number;
}

export interface BuildResult {
  manifest: { files: ManifestEntry[]; version: string };
}

/** Loads basemap geometry once per process: it is the slow part and never depends on data/. */
let basemapCache: ReturnType<typeof loadBasemapUncached> | null = null;
function loadBasemapUncached() {
  const counties = loadCounties();
  const prefecture = mergeAreas(counties);
  const puer = loadPuer();
  return {
    counties,
    prefecture,
    puer,
    countries: loadCountries(),
    border: classifyOutline(prefecture, puer),
  };
}
export function loadBasemap() {
  basemapCache ??= loadBasemapUncached();
  return basemapCache;
}

/** Validates data/ and returns the outputs without writing anything (used by tests). */
export function validateAndDerive(dataDir: string) {
  const records = loadRecords(dataDir);
  const basemap = loadBasemap();
  const issues = new IssueList();
  checkReferences(records, issues);
  checkMonitoring(records, issues);
  checkSpatial(records, indexCounties(basemap.counties), issues);
  issues.check();
  return buildOutputs(records, basemap);
}

/**
 * Writes the outputs and the manifest to `outDir`, each with a .gz twin. Every file the app parses is
 * first checked against the app's own schema (as the JSON it will read); a mismatch stops the build
 * before anything is written, so the previous build stays in place.
 */
export function buildGeo(dataDir: string, outDir: string, opts: WriteOptions = {}): BuildResult {
  return writeGeo(validateAndDerive(dataDir), outDir, opts);
}

/** Above TILE_THRESHOLD nodes or parks: the nodes and the parks as PMTiles archives too (vector-tiles.ts). */
function tileArchives(
  outputs: Record<string, FeatureCollection | object>,
  threshold: number,
): [string, Uint8Array][] {
  const nodes = outputs['nodes.geojson'] as FeatureCollection<Geometry, Record<string, unknown>>;
  const parks = outputs['parks.geojson'] as FeatureCollection<Geometry, Record<string, unknown>>;
  if (nodes.features.length <= threshold && parks.features.length <= threshold) return [];
  return [
    ['nodes.pmtiles', nodeTiles(nodes)],
    ['parks.pmtiles', parkTiles(parks)],
  ];
}

/**
 * Writes derived outputs as buildGeo does (the app's schemas, the manifest, the .gz twins). The bench
 * also calls it with outputs it has scaled up (bench/synthetic-parks.ts), so they pass the same checks.
 */
export interface WriteOptions {
  /** Nodes or parks above which the PMTiles archives are written (TILE_THRESHOLD; tests set 0). */
  tileThreshold?: number;
}

export function writeGeo(
  outputs: Record<string, FeatureCollection | object>,
  outDir: string,
  { tileThreshold = TILE_THRESHOLD }: WriteOptions = {},
): BuildResult {
  const nodes = outputs['nodes.geojson'] as FeatureCollection | undefined;
  const all = nodes
    ? {
        ...outputs,
        [NODE_CELLS_FILE]: nodeCellsOf(nodes),
        [OUTSIDE_FILE]: outsideNodes(nodes, (outputs['catalog.json'] as { links: { id: string }[] }).links),
      }
    : outputs;
  const texts = Object.entries(all).map(([file, content]) => {
    const text = JSON.stringify(content);
    checkBuiltFile(`geo/${file}`, join(outDir, file), JSON.parse(text));
    return { file, content, text };
  });
  const files: ManifestEntry[] = texts.map(({ file, content, text }) => {
    const isFc = file.endsWith('.geojson');
    const fcContent = content as FeatureCollection;
    return {
      file,
      count: isFc ? fcContent.features.length : null,
      // An empty collection has no box (turf's would be ±Infinity, null in JSON).
      bbox:
        isFc && fcContent.features.length > 0 ? bbox(fcContent).map((v) => Math.round(v * 1e4) / 1e4) : null,
      hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
      bytes: Buffer.byteLength(text),
    };
  });
  const version = createHash('sha256')
    .update(files.map((f) => f.hash).join())
    .digest('hex')
    .slice(0, 12);
  const archives = tileArchives(outputs, tileThreshold);
  const tiles = archives.map(([file, bytes]) => ({
    file,
    hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
    bytes: bytes.length,
  }));
  const manifest = { version, files, ...(tiles.length > 0 ? { tiles } : {}) };
  const manifestText = JSON.stringify(manifest, null, 1);
  checkBuiltFile('geo/manifest.json', join(outDir, 'manifest.json'), JSON.parse(manifestText));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const { file, text } of texts) {
    writeFileSync(join(outDir, file), text);
    writeFileSync(join(outDir, `${file}.gz`), gzipSync(text, { level: 9 }));
  }
  writeFileSync(join(outDir, 'manifest.json'), manifestText);
  // The map page's picture before the map (painted by index.html; no text, one for both languages).
  const svg = overviewSvg(outputs);
  for (const [file, bytes] of archives) writeFileSync(join(outDir, file), bytes);
  writeFileSync(join(outDir, 'overview.svg'), svg);
  writeFileSync(join(outDir, 'overview.svg.gz'), gzipSync(svg, { level: 9 }));
  return { manifest };
}
