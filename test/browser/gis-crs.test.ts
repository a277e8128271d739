/**
 * Issue 12, coordinate systems in Chromium: a Shapefile without .prj is guessed from its ranges and the
 * card asks to check it; choosing another system re-runs the import and moves the layer; a surveyor-order
 * list is shown with its axes swapped; the Xian 1980 shift is stated as approximate, in both languages.
 * Fixtures: test/fixtures/gis/crs/make.sh (GDAL).
 */
import { describe, expect, it } from 'vitest';
import { SHOTS, setupApp } from '../support/harness';

const app = setupApp();
const FIX = 'test/fixtures/gis/crs/out';
const shp = (tag: string, prj = false) =>
  ['shp', 'shx', 'dbf', 'cpg', ...(prj ? ['prj'] : [])].map((e) => `${FIX}/${tag}.${e}`);

describe('coordinate systems in the import card', () => {
  it('a guess from the ranges asks to be checked; another choice re-runs the import', async () => {
    const p = await app.open('?lang=zh&panel=checks');
    await p.getByTestId('import-input').setInputFiles(shp('gk3-cm102'));
    const picker = p.getByTestId('crs-picker');
    await picker.waitFor();
    expect(await p.getByTestId('crs-source').textContent()).toBe('按坐标范围推断,请核对');
    expect(await p.getByTestId('crs-name').textContent()).toBe(
      'CGCS2000 / 3度带高斯-克吕格投影 中央经线东经102°',
    );
    expect(await p.getByTestId('crs-select').inputValue()).toBe('EPSG:4543');
    await picker.screenshot({ path: `${SHOTS}/crs-picker.png` });
    await p.getByTestId('crs-select').selectOption('EPSG:4542');
    await p.waitForFunction(
      () => document.querySelector('[data-testid="crs-source"]')?.textContent === '已手动选择',
    );
    expect(await p.getByTestId('crs-name').textContent()).toContain('中央经线东经99°');
    await p.getByTestId('import-confirm').click();
    await p.getByTestId('imported-list').waitFor();
    const lon = await p.evaluate(() => {
      const g = window.__store?.getState().imported[0]?.data.features[0]?.geometry as GeoJSON.Polygon;
      return g.coordinates[0]?.[0]?.[0];
    });
    // The parcel near 勐海 (100.44°E) read in CM 99°E instead of 102°E lands some 300 km west.
    expect(lon).toBeLessThan(98);
  });

  it('surveyor order is detected; the Xian 1980 shift is stated as approximate (English)', async () => {
    const p = await app.open('?lang=en&panel=checks');
    await p.getByTestId('import-input').setInputFiles(`${FIX}/surveyor-z34.csv`);
    await p.getByTestId('crs-picker').waitFor();
    expect(await p.getByTestId('crs-swap').isChecked()).toBe(true);
    expect(await p.getByTestId('crs-name').textContent()).toBe(
      'CGCS2000 / 3-degree Gauss–Krüger zone 34 (zone number in the easting)',
    );
    expect(await p.getByTestId('crs-source').textContent()).toBe(
      'guessed from the coordinate ranges — please check',
    );
    await p.getByTestId('import-discard').click();
    await p.getByTestId('import-input').setInputFiles(shp('xian80-cm102', true));
    await p.getByTestId('crs-picker').waitFor();
    expect(await p.getByTestId('crs-source').textContent()).toBe("from the file's .prj");
    expect(await p.getByTestId('crs-approximate').textContent()).toContain(
      'Xian 1980 is converted to WGS 84 approximately',
    );
    expect(await p.getByTestId('crs-picker').textContent()).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
