/**
 * Issue 12, the planners' formats in Chromium, through the 导入 input and the import worker of the built app:
 * a GeoPackage (sql.js's WebAssembly loaded from our own origin inside the module worker), a DXF, a
 * FlatGeobuf, a GPX, a KMZ with NetworkLinks and a 界址点 text each end in the confirm card with their format
 * and, once added, the parcel at its true WGS84 position (within about a metre). Fixtures:
 * test/fixtures/gis/formats/make.sh (ogr2ogr).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';

const app = setupApp();
const FIX = 'test/fixtures/gis/formats/out';

const lastLayer = (p: Page) =>
  p.evaluate(() => {
    const layer = window.__store?.getState().imported.at(-1);
    return layer ? { name: layer.name, features: layer.data.features } : undefined;
  });

/** The smallest distance in metres from (100.78, 22.0), the parcel's south-west corner, to any vertex. */
function nearestToCorner(features: GeoJSON.Feature[]): number {
  const k = (Math.PI / 180) * 6371008.8;
  let best = Number.POSITIVE_INFINITY;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      best = Math.min(
        best,
        Math.hypot(((x as number) - 100.78) * k * Math.cos((22 * Math.PI) / 180), ((y as number) - 22) * k),
      );
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const f of features) visit((f.geometry as { coordinates?: unknown }).coordinates);
  return best;
}

describe("planners' formats in the browser", () => {
  it('GeoPackage, DXF, FlatGeobuf, GPX, KMZ with links and 界址点 text import through the worker', async () => {
    const p = await app.open('?lang=zh&panel=checks', '');
    await p.getByTestId('checks-panel').waitFor();
    const cases = [
      ['parcel-4522.gpkg', 'GeoPackage', '景洪工业园区地块'],
      ['parcel-4543.dxf', 'DXF', undefined],
      ['parcel.fgb', 'FlatGeobuf', '景洪工业园区地块'],
      ['parcel.gpx', 'GPX', '景洪工业园区地块'],
      ['parcel-links.kmz', 'KML', '景洪工业园区地块'],
      ['parcel-jzd-gbk.txt', '界址点坐标文本', '景洪工业园区地块'],
    ] as const;
    for (const [file, format, name] of cases) {
      await p.getByTestId('import-input').setInputFiles(`${FIX}/${file}`);
      const card = p.getByTestId('import-card');
      await card.waitFor({ timeout: 30_000 });
      expect(await p.getByTestId('import-card-format').textContent(), file).toBe(format);
      await p.getByTestId('import-confirm').click();
      await card.waitFor({ state: 'detached' });
      const layer = await lastLayer(p);
      expect(layer?.name, file).toBe(file.replace(/\.[^.]+$/, ''));
      const features = layer?.features ?? [];
      expect(nearestToCorner(features), file).toBeLessThan(1);
      if (name) {
        const names = features.flatMap((f) => Object.values(f.properties ?? {}));
        expect(names, file).toContain(name);
      }
    }
  });
});
