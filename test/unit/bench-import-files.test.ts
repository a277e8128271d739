/**
 * The import bench's generators at a tiny size (npm run bench writes 50,000 parcels and 200,000 points):
 * the same files every run, inside the prefecture, read by the app's own import; written by GDAL as a
 * zipped Shapefile and a GeoPackage where ogr2ogr is installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_BOX, hasOgr2ogr, ogrWrite, parcelsGeoJson, pointsGeoJson } from '../../bench/import-files';
import { importFiles } from '../../src/features/workbench/import/import-file';

const tmp = mkdtempSync(join(tmpdir(), 'xsbn-bench-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bench: import files', () => {
  const inBox = ([x, y]: number[]) =>
    (x as number) >= BENCH_BOX.west &&
    (x as number) <= BENCH_BOX.east &&
    (y as number) >= BENCH_BOX.south &&
    (y as number) <= BENCH_BOX.north;

  it('generates the same points and parcels every run, inside the prefecture, that the import reads', async () => {
    expect(pointsGeoJson(50)).toBe(pointsGeoJson(50));
    const pts = JSON.parse(pointsGeoJson(50)) as GeoJSON.FeatureCollection<GeoJSON.Point>;
    expect(pts.features).toHaveLength(50);
    expect(pts.features.every((f) => inBox(f.geometry.coordinates))).toBe(true);
    const text = parcelsGeoJson(30);
    const r = await importFiles([{ name: 'parcels.geojson', bytes: new TextEncoder().encode(text) }]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.data.features).toHaveLength(30);
    expect(r.warningItems).toEqual([]);
    expect(r.data.features[7]?.properties?.名称).toBe('地块7');
  });

  it.skipIf(!hasOgr2ogr())('writes them as a zipped Shapefile and a GeoPackage with GDAL', async () => {
    const src = join(tmp, 'parcels.geojson');
    writeFileSync(src, parcelsGeoJson(30));
    const zip = ogrWrite(src, join(tmp, 'parcels.zip'), 'shp');
    const r = await importFiles([{ name: 'parcels.zip', bytes: readFileSync(zip) }]);
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.format).toBe('shapefile');
    expect(r.data.features).toHaveLength(30);
    expect(r.data.features[7]?.properties?.名称).toBe('地块7');
    const gpkg = ogrWrite(src, join(tmp, 'parcels.gpkg'), 'gpkg');
    const info = execFileSync('ogrinfo', ['-so', gpkg, 'parcels'], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 30/);
    expect(info).toMatch(/CGCS2000/);
  });
});
