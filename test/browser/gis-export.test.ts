/**
 * Giving planners files back (issue 12 §4), from the UI: a site imported into the sites panel is exported as a
 * Shapefile in CGCS2000 3° Gauss–Krüger CM 102° (EPSG:4543), a GeoPackage, KML and CSV (playwright download
 * events); each file is imported again through the app's import and lands on the same polygon; the CSV's
 * headers are Chinese in zh and English in en, with the provenance column. Then the map prints at 1:50,000 on
 * A4 landscape: the PDF (Chromium's print) is one A4 landscape page with the title, the scale, the north
 * arrow, the grid labels and the date.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SHOTS, setupApp } from '../support/harness';

const app = setupApp({ width: 1600, height: 1000 });
const tmp = mkdtempSync(join(tmpdir(), 'xsbn-gis-export-'));

const RING = [
  [100.78, 22.0],
  [100.8, 22.0],
  [100.8, 22.02],
  [100.78, 22.02],
  [100.78, 22.0],
];
const SITES = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: '曼弄枫候选地' },
      geometry: { type: 'Polygon', coordinates: [RING] },
    },
  ],
};

/** The ring's corners, open, from its least corner, anticlockwise: comparable whatever the writer did. */
function corners(ring: number[][]): number[][] {
  let pts = ring.slice(0, -1);
  let a = 0;
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as number[];
    const q = pts[(i + 1) % pts.length] as number[];
    a += (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }
  if (a < 0) pts = [...pts].reverse();
  const k = pts.reduce(
    (m, p, i) => ((p[0] ?? 0) + (p[1] ?? 0) < (pts[m]?.[0] ?? 0) + (pts[m]?.[1] ?? 0) ? i : m),
    0,
  );
  return [...pts.slice(k), ...pts.slice(0, k)];
}

function expectSameRing(got: number[][], want: number[][]) {
  const g = corners(got);
  const w = corners(want);
  expect(g).toHaveLength(w.length);
  g.forEach((p, i) => {
    expect(Math.abs((p[0] ?? 0) - (w[i]?.[0] ?? 0))).toBeLessThan(1e-6);
    expect(Math.abs((p[1] ?? 0) - (w[i]?.[1] ?? 0))).toBeLessThan(1e-6);
  });
}

async function importSite(p: Page) {
  await p.getByTestId('import-sites').setInputFiles({
    name: 'sites.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(JSON.stringify(SITES)),
  });
  // The import shows its confirm card first.
  await p.getByTestId('sites-import-confirm').click({ timeout: 60_000 });
  await p.locator('.site-card').first().waitFor();
}

/** Exports from the sites panel's menu: the downloaded file's name and bytes. */
async function exportSites(p: Page, format: string, crs?: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = p.getByTestId('sites-panel').getByTestId('export-menu');
  await menu.getByTestId('export-format').selectOption(format);
  if (crs) await menu.getByTestId('export-crs').selectOption(crs);
  const [dl] = await Promise.all([
    p.waitForEvent('download', { timeout: 60_000 }),
    menu.getByTestId('export-go').click(),
  ]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path()) ?? '') };
}

/** Imports a file through the checks panel's import (confirming the card when one is shown); the new layer. */
async function reimport(p: Page, file: { name: string; bytes: Buffer }) {
  const before = await p.evaluate(() => window.__store?.getState().imported.length ?? 0);
  await p.evaluate(() => window.__store?.getState().setPanel('checks'));
  await p.getByTestId('import-input').setInputFiles({ name: file.name, mimeType: '', buffer: file.bytes });
  const confirm = p.getByTestId('import-confirm');
  const error = p.getByTestId('import-error');
  await expect
    .poll(
      async () => {
        if (await error.isVisible())
          throw new Error(`import of ${file.name} failed: ${await error.textContent()}`);
        if (await confirm.isVisible()) await confirm.click();
        return p.evaluate(() => window.__store?.getState().imported.length ?? 0);
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(before);
  const layer = await p.evaluate(() => {
    const l = window.__store?.getState().imported.at(-1);
    return l ? { id: l.id, name: l.name, features: l.data.features } : null;
  });
  await p.evaluate(() => window.__store?.getState().setPanel('sites'));
  return layer as { id: string; name: string; features: GeoJSON.Feature[] };
}

describe('exports from the UI', () => {
  it('Shapefile (GK 3° CM 102°), GeoPackage, KML and CSV of a site re-import to the same polygon', async () => {
    const p = await app.open('?panel=sites', '#map=12/22.01/100.79');
    await importSite(p);
    const site = await p.evaluate(() => window.__store?.getState().sites[0]?.geometry.coordinates[0]);
    expectSameRing(site as number[][], RING);

    const shp = await exportSites(p, 'shapefile', 'EPSG:4543');
    expect(shp.name).toBe('candidate-sites_4543.zip');
    writeFileSync(join(tmp, shp.name), shp.bytes);
    // GDAL reads the Shapefile with its .prj: the site back at its place (EPSG:4326) with its name.
    const gdal = JSON.parse(
      execFileSync(
        'ogr2ogr',
        ['-f', 'GeoJSON', '-t_srs', 'EPSG:4326', '/vsistdout/', `/vsizip/${join(tmp, shp.name)}`],
        {
          encoding: 'utf8',
        },
      ),
    ) as GeoJSON.FeatureCollection<GeoJSON.Polygon>;
    expect(gdal.features[0]?.properties?.name).toBe('曼弄枫候选地');
    // The site came from the imported file: its provenance says so.
    expect(gdal.features[0]?.properties?.provenance).toBe('导入：sites');
    // GDAL's inverse projection agrees to well under a millimetre: compare at 1e-6°.
    expectSameRing(
      (gdal.features[0]?.geometry.coordinates[0] ?? []).map((q) => q.map((v) => Math.round(v * 1e6) / 1e6)),
      RING,
    );

    for (const [format, crs] of [
      ['shapefile', 'EPSG:4543'],
      ['kml', undefined],
    ] as const) {
      const file = format === 'shapefile' ? shp : await exportSites(p, format, crs);
      const layer = await reimport(p, file);
      const polygon = layer.features.find((f) => f.geometry?.type === 'Polygon');
      expect(polygon, `${file.name} has the polygon`).toBeDefined();
      expectSameRing(
        ((polygon?.geometry as GeoJSON.Polygon | undefined)?.coordinates[0] ?? []) as number[][],
        RING,
      );
      expect(polygon?.properties?.name).toBe('曼弄枫候选地');
    }

    const csv = await exportSites(p, 'csv');
    expect(csv.name).toBe('candidate-sites.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const head = text.slice(1).split('\n')[0] ?? '';
    expect(head.split(',').slice(0, 3)).toEqual(['名称', '数据来源', '面积（㎡）']);
    expect(head).toContain('面积（亩）');
    expect(head).toContain('经度,纬度,WKT');
    // No English in the Chinese headers (WKT is the format's name).
    expect(head.replace('WKT', '')).not.toMatch(/[A-Za-z]/);
    expect(text).toContain('曼弄枫候选地,导入：sites');
    const back = await reimport(p, csv);
    expect(back.features[0]?.properties?.名称).toBe('曼弄枫候选地');

    // The GeoPackage (sql.js, its wasm from our origin): GDAL reads it, and so does the app.
    const gpkg = await exportSites(p, 'geopackage', 'EPSG:4543');
    expect(gpkg.name).toBe('candidate-sites_4543.gpkg');
    writeFileSync(join(tmp, gpkg.name), gpkg.bytes);
    const g = JSON.parse(
      execFileSync('ogr2ogr', ['-f', 'GeoJSON', '-t_srs', 'EPSG:4326', '/vsistdout/', join(tmp, gpkg.name)], {
        encoding: 'utf8',
      }),
    ) as GeoJSON.FeatureCollection<GeoJSON.Polygon>;
    expect(g.features[0]?.properties?.name).toBe('曼弄枫候选地');
    expectSameRing(
      (g.features[0]?.geometry.coordinates[0] ?? []).map((q) => q.map((v) => Math.round(v * 1e6) / 1e6)),
      RING,
    );
    const layer = await reimport(p, gpkg);
    const polygon = layer.features.find((f) => f.geometry?.type === 'Polygon');
    expectSameRing(
      ((polygon?.geometry as GeoJSON.Polygon | undefined)?.coordinates[0] ?? []) as number[][],
      RING,
    );
    expect(polygon?.properties?.name).toBe('曼弄枫候选地');

    // An imported layer exports from its row of the layer list, its own attributes and its file as provenance.
    await p.evaluate(() => window.__store?.getState().setPanel('checks'));
    const row = p.locator(`[data-testid="layer-row"][data-layer="${layer.id}"]`);
    await row.getByTestId('layer-export').locator('summary').click();
    await row.getByTestId('export-format').selectOption('geojson');
    const [dl] = await Promise.all([p.waitForEvent('download'), row.getByTestId('export-go').click()]);
    expect(dl.suggestedFilename()).toBe(`${layer.name}.geojson`);
    const out = JSON.parse(readFileSync((await dl.path()) ?? '', 'utf8')) as GeoJSON.FeatureCollection;
    // The layer keeps its own provenance (the site's: imported from sites); its file is added beside it.
    expect(out.features[0]?.properties).toMatchObject({
      name: '曼弄枫候选地',
      provenance: '导入：sites',
      provenance_: `导入：${layer.name}`,
    });
    expectSameRing(
      ((out.features[0]?.geometry as GeoJSON.Polygon | undefined)?.coordinates[0] ?? []) as number[][],
      RING,
    );
    await p.screenshot({ path: `${SHOTS}/gis-export-zh.png` });
  });

  it('CSV headers are English in the English UI, with the provenance column', async () => {
    const p = await app.open('?panel=sites&lang=en', '#map=12/22.01/100.79');
    await importSite(p);
    const csv = await exportSites(p, 'csv');
    const head = csv.bytes.toString('utf8').slice(1).split('\n')[0] ?? '';
    expect(head.split(',').slice(0, 3)).toEqual(['Name', 'Provenance', 'Area (m²)']);
    expect(head).toContain('Longitude,Latitude,WKT');
    expect(head).not.toMatch(/[\u4e00-\u9fff]/);
    expect(csv.bytes.toString('utf8')).toContain('曼弄枫候选地,imported: sites');
    // The menu itself speaks English: no Chinese in its labels.
    const menu = (await p.getByTestId('sites-panel').getByTestId('export-menu').textContent()) ?? '';
    expect(menu).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('print at a chosen scale', () => {
  it('1:50,000 on A4 landscape: one A4 landscape page with title, scale, north arrow, grid labels and date', async () => {
    const p = await app.open('', '#map=11/22.01/100.79');
    const zoomBefore = await p.evaluate(() => window.__map?.getZoom());
    // The browser's print dialog is the user's: the test prints with page.pdf instead.
    await p.evaluate(() => {
      window.print = () => undefined;
    });
    await p.getByTestId('share-open').click();
    await p.getByTestId('share-dialog').waitFor();
    await p.getByTestId('print-scale-choice').selectOption('50000');
    await p.getByTestId('print-paper').selectOption('A4');
    await p.getByTestId('print-orientation').selectOption('landscape');
    await p.getByTestId('print-at-scale-go').click();
    await p.getByTestId('scale-print-page').waitFor({ state: 'attached', timeout: 60_000 });
    // The map was put back as it was.
    expect(await p.evaluate(() => window.__map?.getZoom())).toBeCloseTo(zoomBefore ?? 0, 6);
    // The sheet's map image: the frame at 96 dpi, drawn at 2×.
    const img = await p.evaluate(() => {
      const i = document.querySelector<HTMLImageElement>('[data-testid="scale-print-frame"] img');
      return i ? { w: i.naturalWidth, h: i.naturalHeight } : null;
    });
    expect(img?.w).toBe(2 * Math.round(((297 - 20 - 14) / 25.4) * 96));

    await p.emulateMedia({ media: 'print' });
    // The legend, the notes and the attribution fit on the sheet (nothing cut off at its foot).
    const boxes = await p.evaluate(() => {
      const r = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
      return { page: r('.scale-print')?.bottom ?? 0, foot: r('.scale-print-foot')?.bottom ?? Infinity };
    });
    expect(boxes.foot).toBeLessThanOrEqual(boxes.page);
    const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
    await p.emulateMedia({ media: 'screen' });
    const file = join(tmp, 'scale-print.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo((297 / 25.4) * 72, 0);
    expect(Number(size?.[2])).toBeCloseTo((210 / 25.4) * 72, 0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('西双版纳');
    expect(text).toContain('比例尺 1:50,000');
    expect(text).toContain('北');
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(text).toContain(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
    // Grid labels: 100°48′ (the centre's meridian, a whole minute) and a latitude near 22°.
    expect(text).toContain('100°48′');
    expect(text).toMatch(/22°0\d′/);
    expect(text).toContain('示意');
    expect(text).toContain('经纬网:CGCS2000 经纬度');
    expect(text).toMatch(/南北方向实地距离约短 0\.5%/);
    expect(text).not.toContain('handover.');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(tmp, 'scale-print')]);
    writeFileSync(`${SHOTS}/gis-scale-print.png`, readFileSync(join(tmp, 'scale-print-1.png')));
    await p.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => p.getByTestId('scale-print-page').count()).toBe(0);
  });
});
