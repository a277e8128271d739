/**
 * Issue 12, geometry validity through the 导入 input in Chromium: a planner's Gauss–Krüger Shapefile with a
 * bow-tie parcel is refused with the parcel's name and where its outline crosses (both languages), nothing
 * is added and the button works again; a parcel with repeated corners is repaired and the card says so.
 * Fixtures: test/fixtures/gis/validity/make.sh (ogr2ogr).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';

const app = setupApp();
const FIX = 'test/fixtures/gis/validity';

async function openChecks(lang: 'zh' | 'en'): Promise<Page> {
  const p = await app.open(`?lang=${lang}&panel=checks`);
  await p.getByTestId('checks-panel').waitFor();
  return p;
}
const layerCount = (p: Page) => p.evaluate(() => window.__store?.getState().imported.length ?? 0);

describe('geometry validity on import', () => {
  for (const [lang, words] of [
    ['zh', ['曼弄枫地块', '自相交', '经度 100.805', '纬度 22.005']],
    ['en', ['曼弄枫地块', 'crosses itself', 'longitude 100.805', 'latitude 22.005']],
  ] as const) {
    it(`a bow-tie parcel is refused naming it and where it crosses (${lang})`, async () => {
      const p = await openChecks(lang);
      const before = await layerCount(p);
      await p.getByTestId('import-input').setInputFiles(`${FIX}/bowtie-gk.zip`);
      const err = p.getByTestId('import-error');
      await err.waitFor({ timeout: 60_000 });
      const text = (await err.textContent()) ?? '';
      for (const w of words) expect(text).toContain(w);
      if (lang === 'en') expect(text.replace('曼弄枫地块', '')).not.toMatch(/[\u4e00-\u9fff]/);
      else expect(text.replace(/bowtie-gk\.(zip|shp)/g, '')).not.toMatch(/[A-Za-z]{2,}/);
      expect(await p.getByTestId('import-card').count()).toBe(0);
      expect(await layerCount(p)).toBe(before);
      expect(await p.getByTestId('import-button').isEnabled()).toBe(true);
    });
  }

  it('repeated corners are removed and the confirm card notes it', async () => {
    const p = await openChecks('zh');
    await p.getByTestId('import-input').setInputFiles(`${FIX}/duplicates.geojson`);
    await p.getByTestId('import-card').waitFor({ timeout: 60_000 });
    expect(await p.getByTestId('import-card-notes').textContent()).toContain('已删除 2 个重复点');
  });
});
