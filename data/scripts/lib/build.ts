/**
 * The data build: data/ (planner-editable) → validated, repaired, derived → public/geo/.
 * Fails with every problem found, each naming file, record and field.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import bbox from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { classifyOutline, loadCounties, loadCountries, loadPuer, mergeAreas } from './basemap';
import { checkReferences, checkSpatial, indexCounties } from './checks';
import { IssueList } from './issues';
import { loadRecords } from './load-records';
import { buildOutputs } from './outputs';

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
  checkSpatial(records, indexCounties(basemap.counties), issues);
  issues.check();
  return buildOutputs(records, basemap);
}

export function buildGeo(dataDir: string, outDir: string): BuildResult {
  const outputs = validateAndDerive(dataDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: ManifestEntry[] = [];
  for (const [file, content] of Object.entries(outputs)) {
    const text = JSON.stringify(content);
    const isFc = file.endsWith('.geojson');
    const fcContent = content as FeatureCollection;
    files.push({
      file,
      count: isFc ? fcContent.features.length : null,
      bbox: isFc ? bbox(fcContent).map((v) => Math.round(v * 1e4) / 1e4) : null,
      hash: createHash('sha256').update(text).digest('hex').slice(0, 16),
      bytes: Buffer.byteLength(text),
    });
    writeFileSync(join(outDir, file), text);
    writeFileSync(join(outDir, `${file}.gz`), gzipSync(text, { level: 9 }));
  }
  const version = createHash('sha256')
    .update(files.map((f) => f.hash).join())
    .digest('hex')
    .slice(0, 12);
  const manifest = { version, files };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  return { manifest };
}
