/**
 * The import bench's files, generated at bench time: a deterministic GeoJSON of parcels (small squares
 * over Xishuangbanna, with Chinese names) written to a GeoPackage and a zipped Shapefile by GDAL's
 * ogr2ogr when it is installed, and a GeoJSON of points. `npm test` runs the generators at a tiny size
 * (test/unit/bench-generators.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';

/** The box the generated features fill (inside the prefecture). */
export const BENCH_BOX = { west: 100.2, south: 21.2, east: 101.6, north: 22.4 };

const grid = (n: number, i: number) => {
  const side = Math.ceil(Math.sqrt(n));
  const { west, south, east, north } = BENCH_BOX;
  return {
    x: west + ((east - west) * (i % side)) / side,
    y: south + ((north - south) * Math.floor(i / side)) / side,
    cell: Math.min(east - west, north - south) / side,
  };
};
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** `n` points on a grid, each with an index and a name: the same text on every run. */
export function pointsGeoJson(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const { x, y } = grid(n, i);
    parts.push(
      `{"type":"Feature","properties":{"n":${i},"name":"点${i}"},"geometry":{"type":"Point","coordinates":[${r6(x)},${r6(y)}]}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/** `n` square parcels (a third of a grid cell wide) with a name and an area class: deterministic. */
export function parcelsGeoJson(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const { x, y, cell } = grid(n, i);
    const d = cell / 3;
    const ring = [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ]
      .map(([a, b]) => `[${r6(a as number)},${r6(b as number)}]`)
      .join(',');
    parts.push(
      `{"type":"Feature","properties":{"n":${i},"名称":"地块${i}","class":${i % 7}},"geometry":{"type":"Polygon","coordinates":[[${ring}]]}}`,
    );
  }
  return `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
}

/** Whether GDAL's ogr2ogr can be run here. */
export function hasOgr2ogr(): boolean {
  return spawnSync('ogr2ogr', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Writes `geojson` (a file) as a GeoPackage (`.gpkg`) or a zipped Shapefile (`.zip` holding
 * .shp/.shx/.dbf/.prj/.cpg) with ogr2ogr, in EPSG:4490 (CGCS2000 geographic, as planners' files are).
 * Returns the path written.
 */
export function ogrWrite(geojson: string, out: string, kind: 'gpkg' | 'shp'): string {
  rmSync(out, { recursive: true, force: true });
  const common = ['-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:4490', '-nln', 'parcels'];
  if (kind === 'gpkg') {
    execFileSync('ogr2ogr', ['-f', 'GPKG', ...common, out, geojson], { stdio: 'ignore' });
    return out;
  }
  const dir = `${out}.d`;
  rmSync(dir, { recursive: true, force: true });
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', ...common, dir, geojson], {
    stdio: 'ignore',
  });
  const files: Record<string, Uint8Array> = {};
  for (const ext of ['shp', 'shx', 'dbf', 'prj', 'cpg']) {
    const p = join(dir, `parcels.${ext}`);
    try {
      files[`parcels.${ext}`] = readFileSync(p);
    } catch {
      if (ext !== 'cpg') throw new Error(`ogr2ogr wrote no ${basename(p)}`);
    }
  }
  writeFileSync(out, zipSync(files));
  rmSync(dir, { recursive: true, force: true });
  return out;
}
