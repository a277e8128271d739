/**
 * The bureau's own data in Chromium: a CSV written by the app's own template writer is imported through
 * the panel, previewed (merge / replace), applied, kept across a reload, shown as the bureau's on every
 * page and on the map, exported as data/ files, and reset. An unreadable stored record is kept aside and
 * said; a save the storage refuses (quota) leaves the previous data and says the store is full.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { templateCsv } from '../../src/features/bureau/sheets/write-template';
import type { LedgerRow } from '../../src/lib/data/bureau-types';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '../../src/lib/schemas/columns';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';

const app = setupApp();

const shipped = Papa.parse<LedgerRow>(readFileSync('data/nodes.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;
const first = shipped[0] as LedgerRow;
const second = shipped[1] as LedgerRow;

/** A ledger CSV by the app's template writer: one record added (no coordinates), one changed. */
function ledgerCsv(id: string, nameZh: string): Buffer {
  const added: LedgerRow = {
    ...first,
    id,
    name_zh: nameZh,
    name_en: `Sample bureau record ${id}`,
    lon: '',
    lat: '',
    location_provenance: '',
    location_source: '',
    location_source_zh: '',
  };
  const changed: LedgerRow = {
    ...second,
    status: second.status === 'operating' ? 'construction' : 'operating',
  };
  return Buffer.from(templateCsv('ledger', [added, changed]), 'utf8');
}

/** The stored value under `key` in the bureau's database, and every key there. */
const stored = (p: Page) =>
  p.evaluate(
    () =>
      new Promise<{ keys: string[]; current: unknown }>((resolve, reject) => {
        const req = indexedDB.open('xsbn-bureau');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('bureau', 'readonly');
          const keys = tx.objectStore('bureau').getAllKeys();
          const current = tx.objectStore('bureau').get('current');
          tx.oncomplete = () => {
            db.close();
            resolve({ keys: keys.result.map(String), current: current.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

/** The panel has what an import needs (the outlines, the targets, the shipped nodes). */
const ready = (p: Page) => p.locator('[data-testid="bureau-panel"][data-ready="true"]').waitFor();

async function openMonitor(query = '?page=monitor'): Promise<Page> {
  const p = await app.openNoMap(query);
  await ready(p);
  return p;
}

async function importFile(p: Page, name: string, bytes: Buffer) {
  await p.getByTestId('bureau-import-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bytes });
  await p
    .locator('[data-testid="bureau-preview"], [data-testid="bureau-issues"]')
    .first()
    .waitFor({ timeout: 8000 })
    .catch(async () => expect.fail((await p.getByTestId('bureau-panel').textContent()) ?? ''));
  const issues = p.getByTestId('bureau-issues');
  if ((await issues.count()) > 0) expect.fail(`import problems: ${await issues.textContent()}`);
}

const count = (p: Page, id: string) =>
  p
    .getByTestId(id)
    .textContent()
    .then((s) => Number(/\d+/.exec(s ?? '')?.[0]));

describe('the bureau’s data', () => {
  it('imports, previews, applies, keeps, shows on the map, exports and resets', async () => {
    const p = await openMonitor();
    await expect(p.locator('[data-in-use="shipped"]').count()).resolves.toBe(1);
    await expect(p.getByTestId('bureau-data-line').count()).resolves.toBe(0);

    await importFile(p, 'ledger.csv', ledgerCsv('bureau-e2e-1', '示例·本局测试企业'));
    await p.getByTestId('bureau-preview').waitFor();
    expect(await count(p, 'bureau-nodes-added')).toBe(1);
    expect(await count(p, 'bureau-nodes-changed')).toBe(1);
    expect(await count(p, 'bureau-nodes-removed')).toBe(0);
    // The changed record names its changed column.
    await expect(p.getByTestId('bureau-diff-nodes').textContent()).resolves.toContain('状态');
    // Replace: every shipped record not in the file would go.
    // By keyboard: the arrow keys move between the two modes.
    await p.getByTestId('bureau-mode-merge').focus();
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.getByTestId('bureau-mode-replace').isChecked()).toBe(true);
    await expect.poll(() => count(p, 'bureau-nodes-removed')).toBe(shipped.length - 1);
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => count(p, 'bureau-nodes-removed')).toBe(0);
    await p.getByTestId('bureau-verdicts').waitFor();
    // Nothing is applied before Apply.
    expect((await stored(p)).current).toBeUndefined();
    await p.getByTestId('bureau-apply').focus();
    await p.keyboard.press('Enter');
    await p.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();
    // The keyboard goes on from what was done (the Apply button is gone).
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('bureau-message');
    await p.getByTestId('bureau-data-line').waitFor();
    await p.screenshot({ path: `${SHOTS}/bureau-applied-zh.png` });
    expect(await p.getByTestId('bureau-data-line').textContent()).toMatch(
      /^显示本局数据\(\d{4}-\d\d-\d\d \d\d:\d\d 应用\)$/,
    );
    await expect(p.getByTestId('bureau-entered-count').textContent()).resolves.toContain('企业与项目 2 条');
    const rec = (await stored(p)).current as { version: number; ledger: LedgerRow[]; files: string[] };
    expect(rec.version).toBe(1);
    expect(rec.files).toEqual(['ledger.csv']);
    expect(rec.ledger.map((r) => r.id)).toContain('bureau-e2e-1');

    // Kept across a reload, said on every page (English too).
    await p.reload();
    await ready(p);
    await p.locator('[data-in-use="bureau"]').waitFor();
    await p.goto(`${app.url()}?page=parks&lang=en`);
    await expect(p.getByTestId('bureau-data-line').textContent()).resolves.toMatch(
      /^Showing the bureau’s data \(applied \d{4}-\d\d-\d\d \d\d:\d\d\)$/,
    );

    // The map draws the bureau's ledger; the node is marked entered by the bureau.
    await p.goto(`${app.url()}?lang=zh`);
    await waitForMapIdle(p);
    const props = await p.evaluate(async () => {
      const src = window.__map?.getSource('nodes') as unknown as {
        getData: () => Promise<GeoJSON.FeatureCollection>;
      };
      const fc = await src.getData();
      return fc.features.find((f) => f.properties?.id === 'bureau-e2e-1')?.properties ?? null;
    });
    expect(props).toMatchObject({ bureau: true, placed: true });
    await p.evaluate(() => window.__store?.getState().select({ kind: 'node', id: 'bureau-e2e-1' }));
    await expect(p.getByTestId('node-bureau').textContent()).resolves.toContain('由本局录入');

    // Export: the two data/ files with the data build's headers, the bureau's record in them.
    await p.goto(`${app.url()}?page=monitor`);
    await ready(p);
    const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('bureau-export').click()]);
    const zip = unzipSync(new Uint8Array(readFileSync((await dl.path()) ?? '')));
    expect(Object.keys(zip).sort()).toEqual(['data/nodes.csv', 'data/park-stats.csv']);
    const nodesCsv = strFromU8(zip['data/nodes.csv'] as Uint8Array);
    expect(nodesCsv.split('\n')[0]).toBe(NODE_COLUMNS.join(','));
    expect(nodesCsv).toContain('\nbureau-e2e-1,');
    expect(strFromU8(zip['data/park-stats.csv'] as Uint8Array)).toBe(`${PARK_STAT_COLUMNS.join(',')}\n`);

    // Reset, after a confirm step: the shipped data again, nothing stored.
    await p.getByTestId('bureau-reset').click();
    await p.getByTestId('bureau-reset-confirm').click();
    await p.locator('[data-in-use="shipped"]').waitFor();
    await expect(p.getByTestId('bureau-data-line').count()).resolves.toBe(0);
    expect((await stored(p)).current).toBeUndefined();
  });

  it('a map open in another tab follows an apply and a reset in place (the same map, its nodes source updated)', async () => {
    const map = await app.open('?lang=zh');
    await map.evaluate(() => {
      (window as unknown as { __firstMap: unknown }).__firstMap = window.__map;
    });
    const hasBureauNode = () =>
      map.evaluate(async () => {
        const src = window.__map?.getSource('nodes') as unknown as {
          getData: () => Promise<GeoJSON.FeatureCollection>;
        };
        return (await src.getData()).features.some((f) => f.properties?.id === 'bureau-e2e-tab');
      });
    expect(await hasBureauNode()).toBe(false);
    const panel = await openMonitor();
    await importFile(panel, 'tab.csv', ledgerCsv('bureau-e2e-tab', '示例·另一窗口'));
    await panel.getByTestId('bureau-apply').click();
    await panel.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();
    await expect.poll(hasBureauNode, { timeout: 20_000 }).toBe(true);
    await map.getByTestId('bureau-data-line').waitFor();
    await panel.getByTestId('bureau-reset').click();
    await panel.getByTestId('bureau-reset-confirm').click();
    await expect.poll(hasBureauNode, { timeout: 20_000 }).toBe(false);
    expect(
      await map.evaluate(() => window.__map === (window as unknown as { __firstMap: unknown }).__firstMap),
    ).toBe(true);
  });

  it('an unreadable stored record is said and kept aside; the shipped data is used', async () => {
    const p = await openMonitor();
    await p.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('xsbn-bureau');
          req.onsuccess = () => {
            const db = req.result;
            const tx = db.transaction('bureau', 'readwrite');
            tx.objectStore('bureau').put({ version: 1, appliedAt: 'broken', ledger: 'x' }, 'current');
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await p.reload();
    await p.getByTestId('bureau-data-problem').waitFor();
    expect(await p.getByTestId('bureau-data-problem').textContent()).toContain('无法读取');
    await p.locator('[data-in-use="shipped"]').waitFor();
    await p.getByTestId('bureau-aside').waitFor();
    const after = await stored(p);
    expect(after.current).toBeUndefined();
    const aside = after.keys.filter((k) => k.startsWith('aside:'));
    expect(aside).toHaveLength(1);
  });

  it('a save the storage refuses (full) leaves the previous data and says why', async () => {
    const p = await app.openNoMap('?page=monitor', {
      before: async (page) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __full: boolean };
          w.__full = false;
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
            if (w.__full && this.name === 'bureau')
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.apply(this, args);
          };
        });
      },
    });
    await ready(p);
    // A first apply is kept.
    await importFile(p, 'first.csv', ledgerCsv('bureau-e2e-2', '示例·本局第一次'));
    await p.getByTestId('bureau-apply').click();
    await p.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();
    const line = await p.getByTestId('bureau-data-line').textContent();
    // The second is refused by the storage.
    await p.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = true;
    });
    await importFile(p, 'second.csv', ledgerCsv('bureau-e2e-3', '示例·本局第二次'));
    await p.getByTestId('bureau-preview').waitFor();
    await p.getByTestId('bureau-apply').click();
    await p.locator('[data-testid="bureau-message"][data-kind="save-full"]').waitFor();
    expect(await p.getByTestId('bureau-message').textContent()).toContain('存储已满');
    expect(await p.getByTestId('bureau-data-line').textContent()).toBe(line);
    await expect(p.getByTestId('bureau-status').textContent()).resolves.toContain('first.csv');
    const rec = (await stored(p)).current as { files: string[]; ledger: LedgerRow[] };
    expect(rec.files).toEqual(['first.csv']);
    expect(rec.ledger.map((r) => r.id)).not.toContain('bureau-e2e-3');
    // The preview stays, to try again; cancel applies nothing.
    await p.getByTestId('bureau-cancel').click();
    await p.locator('[data-testid="bureau-message"][data-kind="cancelled"]').waitFor();
    expect(((await stored(p)).current as { files: string[] }).files).toEqual(['first.csv']);
    await p.evaluate(() => {
      (window as unknown as { __full: boolean }).__full = false;
    });
    await p.getByTestId('bureau-reset').click();
    await p.getByTestId('bureau-reset-confirm').click();
    await p.locator('[data-in-use="shipped"]').waitFor();
    await p.screenshot({ path: `${SHOTS}/bureau-after-reset-zh.png`, fullPage: true });
  });

  it('the workbook prefilled with the data in use imports back as no change; the CSV templates download', async () => {
    const p = await openMonitor();
    // A statistics row first (the shipped statistics are empty), so both sheets of the workbook hold data.
    const stat = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, ''])) as Record<string, string>;
    Object.assign(stat, {
      park: 'menghai',
      year: '2024',
      revenue_wan: '120000',
      land_in_use_mu: '2400',
      provenance: 'sample',
      source: 'test figure, not a real one',
      source_zh: '测试数字,非真实数据',
      as_of: '2025-03',
    });
    await importFile(p, 'stats.csv', Buffer.from(templateCsv('stats', [stat]), 'utf8'));
    expect(await count(p, 'bureau-stats-added')).toBe(1);
    await p.getByTestId('bureau-verdicts').waitFor();
    // Menghai's revenue per mu now has a figure: its target's verdict changes, said in words.
    await expect(p.locator('[data-group="targets"]').textContent()).resolves.toContain('勐海');
    await p.getByTestId('bureau-preview').screenshot({ path: `${SHOTS}/bureau-preview-stats-zh.png` });
    await p.getByTestId('bureau-apply').click();
    await p.locator('[data-testid="bureau-message"][data-kind="applied"]').waitFor();
    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      p.getByTestId('bureau-template-xlsx-current').click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await dl.path()) ?? '');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await p.getByTestId('bureau-import-input').setInputFiles({
      name: dl.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await p
      .locator(
        '[data-testid="bureau-preview"], [data-testid="bureau-issues"], [data-testid="bureau-message"]',
      )
      .first()
      .waitFor();
    expect(
      await p.getByTestId('bureau-issues').count(),
      (await p.getByTestId('bureau-panel').textContent()) ?? '',
    ).toBe(0);
    await p.getByTestId('bureau-no-change').waitFor();
    await p.getByTestId('bureau-no-verdicts').waitFor();
    await p.getByTestId('bureau-cancel').click();
    for (const kind of ['ledger', 'stats'] as const) {
      const [csv] = await Promise.all([
        p.waitForEvent('download'),
        p.getByTestId(`bureau-template-csv-${kind}`).click(),
      ]);
      expect(readFileSync((await csv.path()) ?? '', 'utf8')).toBe(templateCsv(kind));
    }
    await p.getByTestId('bureau-reset').click();
    await p.getByTestId('bureau-reset-confirm').click();
    await p.locator('[data-in-use="shipped"]').waitFor();
  });

  it('the panel with a preview and with problems, in both languages, on a desktop and a phone', async () => {
    for (const lang of ['zh', 'en'] as const)
      for (const size of [
        { width: 1366, height: 768 },
        { width: 375, height: 812 },
      ]) {
        const p = await openMonitor(`?page=monitor&lang=${lang}`);
        await p.setViewportSize(size);
        await importFile(p, 'ledger.csv', ledgerCsv('bureau-shot-1', '示例·本局截图'));
        const preview = p.getByTestId('bureau-preview');
        await preview.scrollIntoViewIfNeeded();
        await p.evaluate(() => document.fonts.ready.then(() => undefined));
        await p
          .getByTestId('bureau-panel')
          .screenshot({ path: `${SHOTS}/bureau-preview-${lang}-${size.width}.png` });
        await p.getByTestId('bureau-cancel').click();
        // A file with a problem: an unknown park, named by sheet, row and column.
        const bad = { ...first, id: 'bureau-bad-1', park: 'no-such-park' };
        await p.getByTestId('bureau-import-input').setInputFiles({
          name: 'bad.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(templateCsv('ledger', [bad])),
        });
        const issues = p.getByTestId('bureau-issues');
        await issues.waitFor();
        const text = (await issues.textContent()) ?? '';
        expect(text).toContain('bad.csv');
        expect(text).toMatch(lang === 'zh' ? /第 2 行/ : /row 2/i);
        await issues.scrollIntoViewIfNeeded();
        await p.evaluate(() => document.fonts.ready.then(() => undefined));
        await p
          .getByTestId('bureau-panel')
          .screenshot({ path: `${SHOTS}/bureau-issues-${lang}-${size.width}.png` });
        await p.close();
      }
  });
});
