/**
 * Issue 12 in Chromium, "see and keep the work": the layer list (rename, colour, red line, show/hide,
 * zoom, remove with undo), the attribute table (sorted, a row picks its feature), a click on an imported
 * feature shows its attributes; layers come back after a reload (IndexedDB) with name, colour, visibility
 * and red-line flag; a corrupt record is set aside, downloadable and restorable; a full store and no
 * store are said. Both languages. Fixtures: test/fixtures/gis/layers/make.sh (ogr2ogr).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';

const app = setupApp();
const FIX = 'test/fixtures/gis/layers';
const VIEW = '#map=13.2/21.998/100.78';
const GREEN = '#2e7d32';

const rows = (p: Page) => p.getByTestId('layer-row');

/** Imports a file through the file input; confirms the import card when the flow shows one. */
async function importFile(p: Page, file: string) {
  const before = await rows(p).count();
  await p.getByTestId('import-input').setInputFiles(file);
  const confirm = p.getByTestId('import-confirm');
  await expect
    .poll(
      async () => {
        if (await confirm.isVisible().catch(() => false)) await confirm.click().catch(() => undefined);
        return rows(p).count();
      },
      { timeout: 30_000 },
    )
    .toBe(before + 1);
}

/** The records in IndexedDB (the app's database), by store. */
const stored = (p: Page, store: 'layers' | 'aside' | 'chunks') =>
  p.evaluate(
    (s) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = indexedDB.open('xsbn-gis');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction(s, 'readonly').objectStore(s).getAll();
          get.onsuccess = () => {
            db.close();
            resolve(get.result as Record<string, unknown>[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    store,
  );

/** Waits until the stored records of `name` match `want`. */
async function savedAs(p: Page, name: string, want: Record<string, unknown>) {
  await expect
    .poll(async () => (await stored(p, 'layers')).find((r) => r.name === name), { timeout: 10_000 })
    .toMatchObject(want);
}

/**
 * A pixel (page coordinates) inside an imported feature, on the bare map (no panel over it), with no
 * chain node, place or other imported feature near.
 */
async function pixelInside(p: Page, key: string): Promise<{ x: number; y: number }> {
  const pt = await p.evaluate((k) => {
    const m = window.__map;
    if (!m) return null;
    const c = m.getCanvas();
    const r = c.getBoundingClientRect();
    for (let y = 20; y < c.clientHeight - 20; y += 7)
      for (let x = 20; x < c.clientWidth - 20; x += 7) {
        if (document.elementFromPoint(r.left + x, r.top + y) !== c) continue;
        const hits = m.queryRenderedFeatures([x, y], { layers: ['imported-fill'] });
        if (hits.length !== 1 || hits[0]?.properties.__key !== k) continue;
        const near = m.queryRenderedFeatures(
          [
            [x - 14, y - 14],
            [x + 14, y + 14],
          ],
          { layers: ['nodes-point', 'nodes-outside', 'nodes-badge', 'places-port', 'places-station'] },
        );
        if (near.length === 0) return { x: r.left + x, y: r.top + y };
      }
    return null;
  }, key);
  if (!pt) throw new Error(`no clear pixel inside ${key}`);
  return pt;
}

/** The layer list's own words, with the data (names, fields, values, format names) taken out. */
async function chromeText(p: Page, data: string[]): Promise<string> {
  // What is shown (innerText): a folded menu's words (an export's format names) are not the UI's text yet.
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
  let text = await p.getByTestId('layer-list').innerText();
  const card = p.getByTestId('feature-attributes');
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what is checked
  if (await card.count()) text += await card.innerText();
  for (const d of [...data].sort((a, b) => b.length - a.length)) text = text.split(d).join(' ');
  return text.replace(/GeoJSON|A-\d+/gi, ' ');
}

const DATA = [
  '控规地块',
  'parcels',
  '曼弄枫工业地块',
  '嘎洒物流地块',
  '地块名称',
  '用途',
  '面积',
  '编号',
  '工业',
  '仓储物流',
  '商业',
  'redline',
  '澜沧江生态保护红线',
  '生态保护红线',
  '名称',
  '类型',
  '损坏的记录',
];

describe('the layer list and its attributes', () => {
  it('rename, recolour, attribute table, a click on the map, red line; all back after a reload', async () => {
    const p = await app.open('?panel=checks&lang=zh', VIEW);
    await importFile(p, `${FIX}/parcels.geojson`);
    const row = rows(p).first();
    expect(await row.textContent()).toContain('parcels');
    expect(await row.textContent()).toContain('3 个要素');

    // Rename: ✎, a new name, Enter; then Esc cancels another.
    await row.getByTestId('layer-rename').click();
    await row.getByTestId('layer-name-input').fill('控规地块');
    await row.getByTestId('layer-name-input').press('Enter');
    await expect.poll(() => row.getByTestId('layer-name').textContent()).toBe('控规地块');
    await row.getByTestId('layer-name').dblclick();
    await row.getByTestId('layer-name-input').fill('不要这个');
    await row.getByTestId('layer-name-input').press('Escape');
    expect(await row.getByTestId('layer-name').textContent()).toBe('控规地块');

    // Recolour: the map draws the layer's features in the chosen colour.
    await row.getByTestId('layer-color').click();
    await row.locator(`[data-testid="layer-color-option"][data-color="${GREEN}"]`).click();
    expect(await row.getByTestId('layer-color').getAttribute('data-color')).toBe(GREEN);
    await waitForMapIdle(p);
    await expect
      .poll(() =>
        p.evaluate(() =>
          [
            ...new Set(
              window.__map
                ?.queryRenderedFeatures({ layers: ['imported-fill'] })
                .map((f) => f.properties.__color),
            ),
          ].join(),
        ),
      )
      .toBe(GREEN);

    // The attribute table: the union of the fields, sorted by a header (numbers as numbers).
    await row.getByTestId('layer-table').click();
    const table = p.getByTestId('attribute-table');
    await table.waitFor();
    expect(await table.getByTestId('attribute-table-count').textContent()).toBe('共 3 条');
    const heads = await table
      .getByTestId('attribute-sort')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-key')));
    expect(heads).toEqual(['地块名称', '用途', '面积', '编号']);
    const order = () =>
      table.getByTestId('attribute-row').evaluateAll((r) => r.map((x) => x.getAttribute('data-index')));
    const area = table.locator('[data-testid="attribute-sort"][data-key="面积"]');
    await area.click();
    expect(await order()).toEqual(['1', '0', '2']);
    expect(await table.locator('th[aria-sort="ascending"]').textContent()).toContain('面积');
    await area.click();
    expect(await order()).toEqual(['2', '0', '1']);
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    await table.locator('[data-testid="attribute-sort"][data-key="编号"]').click();
    expect(await order(), 'A-9 before A-10').toEqual(['1', '0', '2']);
    // A row picks its feature: its attributes card, and the map outlines it.
    await table.locator('[data-testid="attribute-row"][data-index="2"]').click();
    const card = p.getByTestId('feature-attributes');
    await card.waitFor();
    expect(await card.textContent()).toContain('控规地块 第 3 个要素');
    expect(await card.textContent()).toContain('商业');
    await p.getByTestId('feature-attributes-close').click();
    await card.waitFor({ state: 'detached' });

    // A click on the map shows the feature's attributes, named by its own name.
    await p.evaluate(() => {
      window.__map?.jumpTo({ center: [100.78, 21.998], zoom: 13.2 });
    });
    await waitForMapIdle(p);
    const key = await p.evaluate(() => {
      const l = window.__store?.getState().imported[0];
      return `${l?.id}\u001f0`;
    });
    const at = await pixelInside(p, key);
    await p.mouse.click(at.x, at.y);
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('曼弄枫工业地块');
    const pairs = await card.locator('tbody tr').evaluateAll((r) => r.map((x) => x.textContent));
    expect(pairs).toEqual(['地块名称曼弄枫工业地块', '用途工业', '面积12.5', '编号A-10']);
    expect(pairs.join()).not.toContain('__');
    await waitForMapIdle(p);
    expect(
      await p.evaluate(
        () => window.__map?.queryRenderedFeatures({ layers: ['imported-picked-line'] }).length,
      ),
    ).toBeGreaterThan(0);
    await p.screenshot({ path: `${SHOTS}/test-gis-layers-zh.png` });
    expect((await chromeText(p, DATA)).match(/[A-Za-z]{2,}/g), 'no English in the zh panels').toBeNull();
    await p.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // A second layer marked as red line; the first hidden.
    await importFile(p, `${FIX}/redline.geojson`);
    const red = rows(p).nth(1);
    await red.getByTestId('layer-redline').check();
    await red.getByTestId('layer-redline-tag').waitFor();
    await row.getByTestId('layer-visible').uncheck();
    await savedAs(p, '控规地块', { v: 1, color: GREEN, visible: false, redline: false });
    await savedAs(p, 'redline', { v: 1, redline: true, visible: true });

    await p.reload();
    await waitForMapIdle(p);
    await expect.poll(() => rows(p).count(), { timeout: 15_000 }).toBe(2);
    const back = await p.evaluate(() =>
      window.__store?.getState().imported.map((l) => ({
        name: l.name,
        color: l.color,
        visible: l.visible,
        redline: l.redline,
        n: l.data.features.length,
        first: l.data.features[0]?.properties,
      })),
    );
    expect(back?.[0]).toMatchObject({ name: '控规地块', color: GREEN, visible: false, redline: false, n: 3 });
    expect(back?.[0]?.first).toMatchObject({ 地块名称: '曼弄枫工业地块', 面积: 12.5 });
    expect(back?.[1]).toMatchObject({ name: 'redline', visible: true, redline: true, n: 1 });
    expect(await rows(p).first().getByTestId('layer-visible').isChecked()).toBe(false);
    expect(await rows(p).first().getByTestId('layer-color').getAttribute('data-color')).toBe(GREEN);
    await rows(p).nth(1).getByTestId('layer-redline-tag').waitFor();
  });

  it('remove says "已移除 X · 撤销" and undo brings the layer back in its place, stored again', async () => {
    const p = await app.open('?panel=checks&lang=zh', VIEW);
    await expect.poll(() => rows(p).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const names = () => rows(p).getByTestId('layer-name').allTextContents();
    const before = await names();
    await rows(p).first().getByTestId('layer-remove').click();
    const undo = p.getByTestId('layer-undo');
    await undo.waitFor();
    expect(await p.locator('.layer-undo').textContent()).toBe(`已移除 ${before[0]} · 撤销`);
    expect(await names()).toEqual(before.slice(1));
    await expect
      .poll(async () => (await stored(p, 'layers')).some((r) => r.name === before[0]), { timeout: 10_000 })
      .toBe(false);
    await undo.click();
    expect(await names()).toEqual(before);
    await savedAs(p, before[0] ?? '', { v: 1 });
  });

  it('a corrupt record is set aside with a notice, downloadable and restorable as a layer', async () => {
    const p = await app.open('?panel=checks&lang=zh', VIEW);
    const feature = JSON.parse(readFileSync(`${FIX}/parcels.geojson`, 'utf8')).features[0];
    await p.evaluate(
      (f) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('xsbn-gis');
          req.onsuccess = () => {
            const tx = req.result.transaction('layers', 'readwrite');
            // Its colour is not a colour: the record's shape fails, so it must be set aside, not read.
            tx.objectStore('layers').put(
              {
                v: 1,
                id: 'broken-1',
                name: '损坏的记录',
                format: 'GeoJSON',
                redline: false,
                visible: true,
                color: 'not a colour',
                data: { type: 'FeatureCollection', features: [f] },
                warnings: [],
              },
              'broken-1',
            );
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      feature,
    );
    const layersBefore = (await stored(p, 'layers')).length;
    await p.reload();
    await waitForMapIdle(p);
    const notice = p.getByTestId('notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('有 1 个保存的图层无法读取,已原样另存');
    const entry = p.getByTestId('layers-aside-entry');
    await entry.waitFor();
    expect(await entry.textContent()).toContain('记录 broken-1:字段 color 缺失或无效');
    expect(
      await p.evaluate(() => window.__store?.getState().imported.some((l) => l.name === '损坏的记录')),
    ).toBe(false);
    expect((await stored(p, 'layers')).length, 'moved out of the layers store').toBe(layersBefore - 1);
    expect((await stored(p, 'aside'))[0]).toMatchObject({ from: 'broken-1', raw: { color: 'not a colour' } });

    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      entry.getByTestId('layers-aside-download').click(),
    ]);
    const file = JSON.parse(readFileSync((await dl.path()) ?? '', 'utf8'));
    expect(file).toMatchObject({ from: 'broken-1', record: { name: '损坏的记录', color: 'not a colour' } });
    expect(file.record.data.features[0].properties.地块名称).toBe('曼弄枫工业地块');

    const n = await rows(p).count();
    await entry.getByTestId('layers-aside-restore').click();
    await expect.poll(() => rows(p).count()).toBe(n + 1);
    expect(await rows(p).last().getByTestId('layer-name').textContent()).toBe('损坏的记录');
    await entry.waitFor({ state: 'detached' });
    await savedAs(p, '损坏的记录', {
      v: 1,
      data: { features: [{ properties: { 地块名称: '曼弄枫工业地块' } }] },
    });
    expect((await stored(p, 'aside'))[0]?.restoredAs, 'kept aside, marked restored').toBeTruthy();
  });

  it('in English: the same panels with no Chinese of their own', async () => {
    const p = await app.open('?panel=checks&lang=en', VIEW);
    await expect.poll(() => rows(p).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const row = rows(p).first();
    expect(await row.textContent()).toContain('3 features');
    expect(await row.getByTestId('layer-zoom').getAttribute('aria-label')).toBe('Zoom to layer 控规地块');
    await row.getByTestId('layer-table').click();
    const table = p.getByTestId('attribute-table');
    expect(await table.getByTestId('attribute-table-count').textContent()).toBe('3 rows');
    await table.locator('[data-testid="attribute-row"][data-index="0"]').click();
    await p.getByTestId('feature-attributes').waitFor();
    expect(await p.getByTestId('feature-attributes').textContent()).toContain('Feature attributes');
    await rows(p).nth(1).getByTestId('layer-color').click();
    await p.screenshot({ path: `${SHOTS}/test-gis-layers-en.png` });
    expect(
      (await chromeText(p, DATA)).match(/[\u3400-\u9fff\uff00-\uffef]/g),
      'no Chinese in the en panels',
    ).toBeNull();
    // The zoom button moves the camera to the layer.
    await row.getByTestId('layer-zoom').click();
    await p.waitForFunction(() => {
      const m = window.__map;
      const b = m?.getBounds();
      return (
        m &&
        b &&
        !m.isMoving() &&
        m.getZoom() > 11 &&
        b.contains([100.76, 21.985]) &&
        b.contains([100.81, 22.005])
      );
    });
  });
});

describe('a big layer', () => {
  it('12,000 points are saved in parts and come back whole after a reload', async () => {
    // Written by ogr2ogr from a CSV of points (test set-up: 1.5 MB is not worth committing).
    const dir = mkdtempSync(join(tmpdir(), 'gis-layers-'));
    const lines = Array.from({ length: 12_000 }, (_, i) => {
      const lon = 100.5 + (i % 120) * 0.004;
      const lat = 21.8 + Math.floor(i / 120) * 0.004;
      return `${lon.toFixed(5)},${lat.toFixed(5)},测点${i + 1},${i}`;
    });
    writeFileSync(join(dir, 'points.csv'), `lon,lat,名称,序号\n${lines.join('\n')}\n`);
    execFileSync('ogr2ogr', [
      '-f',
      'GeoJSON',
      join(dir, 'survey-points.geojson'),
      join(dir, 'points.csv'),
      '-oo',
      'X_POSSIBLE_NAMES=lon',
      '-oo',
      'Y_POSSIBLE_NAMES=lat',
      '-oo',
      'AUTODETECT_TYPE=YES',
      '-a_srs',
      'EPSG:4326',
    ]);
    const p = await app.open('?panel=checks&lang=zh', VIEW);
    await importFile(p, join(dir, 'survey-points.geojson'));
    await expect
      .poll(async () => (await stored(p, 'layers')).find((r) => r.name === 'survey-points')?.chunks, {
        timeout: 20_000,
      })
      .toMatchObject({ n: 3 });
    expect((await stored(p, 'chunks')).length).toBe(3);
    await p.reload();
    await waitForMapIdle(p);
    await expect
      .poll(
        () =>
          p.evaluate(
            () =>
              window.__store?.getState().imported.find((l) => l.name === 'survey-points')?.data.features
                .length,
          ),
        { timeout: 20_000 },
      )
      .toBe(12_000);
    const last = await p.evaluate(() =>
      window.__store
        ?.getState()
        .imported.find((l) => l.name === 'survey-points')
        ?.data.features.at(-1),
    );
    expect(last?.properties).toMatchObject({ 名称: '测点12000', 序号: 11999 });
    // A rename rewrites the record only: it names the same parts.
    const head = async () => (await stored(p, 'layers')).find((r) => r.name === '测点') ?? null;
    const stampBefore = (
      (await stored(p, 'layers')).find((r) => r.name === 'survey-points')?.chunks as {
        stamp: string;
      }
    )?.stamp;
    const id = await p.evaluate(
      () => window.__store?.getState().imported.find((l) => l.name === 'survey-points')?.id,
    );
    const row = p.locator(`[data-testid="layer-row"][data-layer="${id}"]`);
    await row.getByTestId('layer-rename').click();
    await row.getByTestId('layer-name-input').fill('测点');
    await row.getByTestId('layer-name-input').press('Enter');
    await expect.poll(head, { timeout: 10_000 }).toMatchObject({ chunks: { stamp: stampBefore, n: 3 } });
    expect((await stored(p, 'chunks')).length).toBe(3);
    // Removed: its record and its parts go.
    await row.getByTestId('layer-remove').click();
    await expect.poll(async () => (await stored(p, 'chunks')).length, { timeout: 10_000 }).toBe(0);
  });
});

describe('when the layers cannot be kept', () => {
  it('a full store: the layer stays, and the banner names it with the browser’s figures', async () => {
    const p = await app.open('?panel=checks&lang=zh', VIEW, {
      before: async (page) => {
        await page.addInitScript(() => {
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
            if ((value as { name?: unknown })?.name === '超大图层')
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.call(this, value, key);
          };
        });
      },
    });
    await expect.poll(() => rows(p).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const row = rows(p).first();
    await row.getByTestId('layer-rename').click();
    await row.getByTestId('layer-name-input').fill('超大图层');
    await row.getByTestId('layer-name-input').press('Enter');
    const banner = p.getByTestId('layers-storage');
    await banner.waitFor();
    expect(await banner.getAttribute('data-status')).toBe('full');
    expect(await banner.textContent()).toMatch(
      /^浏览器存储空间不足:图层 超大图层 未保存\(已用 [\d.]+ [MG]B \/ 共 [\d.]+ [MG]B\)/,
    );
    expect(await p.evaluate(() => window.__store?.getState().imported[0]?.name)).toBe('超大图层');
    // Freed (another name): saved again, and said.
    await row.getByTestId('layer-rename').click();
    await row.getByTestId('layer-name-input').fill('控规地块');
    await row.getByTestId('layer-name-input').press('Enter');
    await banner.waitFor({ state: 'detached' });
    expect(await p.getByTestId('notice').textContent()).toContain('导入的图层已恢复自动保存');
  });

  it('no IndexedDB: a notice says the layers will not be kept; import still works', async () => {
    const p = await app.open('?panel=checks&lang=en', VIEW, {
      before: async (page) => {
        await page.addInitScript(() => {
          Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
        });
      },
    });
    const banner = p.getByTestId('layers-storage');
    await banner.waitFor();
    expect(await banner.getAttribute('data-status')).toBe('unavailable');
    expect(await banner.textContent()).toContain(
      'Imported layers will not be kept: this browser offers no local database',
    );
    await importFile(p, `${FIX}/parcels.geojson`);
    expect(await rows(p).count()).toBe(1);
  });
});
