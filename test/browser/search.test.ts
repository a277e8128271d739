/**
 * Search as a combobox, by keyboard, on a desktop and a phone-sized window (initials, the live count,
 * ↓ Enter opens what the first result names, the "see all" dialog, English tags); and the app without
 * WebGL: one line says so and search and profiles still work.
 */
import { describe, expect, it } from 'vitest';
import { launch, watchPage } from '../support/browser';
import { setupApp, SHOTS } from '../support/harness';
import { serve } from '../support/server';

for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 768 }],
  ['phone', { width: 375, height: 812 }],
] as const) {
  describe(`search (${name})`, () => {
    const app = setupApp(viewport, { reducedMotion: false });
    it('a combobox: "mh" by keyboard, the live count, ↓ Enter opens the park the first result names', async () => {
      const p = await app.open('?lang=zh');
      const box = p.getByTestId('search');
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-autocomplete')).toBe('list');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      await box.focus();
      await p.keyboard.type('mh');
      const list = p.getByRole('listbox');
      await list.locator('[role=option]').first().waitFor();
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      expect(await box.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
      // Nothing is active until ↓; the live region counts every match (the "see all" option names the same).
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
      const status = p.getByTestId('search-count');
      expect(await status.getAttribute('role')).toBe('status');
      const all = await p.getByTestId('search-see-all').textContent();
      const n = Number(/(\d+)/.exec(all ?? '')?.[1]);
      expect(n).toBeGreaterThan(8);
      await expect.poll(() => status.textContent()).toContain(`${n} 条结果`);
      // Rows: at least 44 px, the type as its own tag, the parent or county as a second line.
      const options = list.locator('[role=option]');
      const first = options.first();
      const firstName = await first.locator('.result-name').textContent();
      expect(firstName).toBe('磨憨经济开发区');
      expect(await first.locator('.result-tag').textContent()).toBe('园区片区');
      expect(await first.locator('.result-ctx').textContent()).toBe('磨憨试验区 · 勐腊县');
      const heights = await options.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      const names = await list.locator('.result-name').allTextContents();
      expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['勐海产业园区', '磨憨经济开发区']));
      // The Chinese UI's tags and second lines have no English in them.
      const zhText = await list.locator('.result-tag, .result-ctx').allTextContents();
      expect(zhText.join(' ')).not.toMatch(/[A-Za-z]/);
      // ↓ makes the first option active, visibly (a tinted row and an outline), and says so to assistive tech.
      const plain = await first.evaluate((e) => getComputedStyle(e).backgroundColor);
      await box.press('ArrowDown');
      const firstId = await first.getAttribute('id');
      expect(await box.getAttribute('aria-activedescendant')).toBe(firstId);
      expect(await first.getAttribute('aria-selected')).toBe('true');
      expect(await list.locator('[aria-selected=true]').count()).toBe(1);
      const look = await first.evaluate((e) => {
        const s = getComputedStyle(e);
        return { bg: s.backgroundColor, outline: s.outlineStyle };
      });
      expect(look.bg).not.toBe(plain);
      expect(look.outline).toBe('solid');
      await box.press('Enter');
      await p.getByTestId('details').getByRole('heading', { name: '磨憨经济开发区' }).waitFor();
      await expect.poll(() => p.url()).toMatch(/sel=park%3Amohan([&#]|$)/);
      // The map flies there (past zoom 10; the end of the flight is not waited for: software WebGL).
      await expect.poll(() => p.evaluate(() => window.__map?.getZoom() ?? 0)).toBeGreaterThan(10);
      // Nothing scrolls sideways.
      expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // Esc closes the list, a second Esc clears the box.
      await box.focus();
      await p.keyboard.type('y');
      await options.first().waitFor();
      await expect.poll(() => status.textContent()).toContain('1 条结果');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      await p.screenshot({ path: `${SHOTS}/test-search-${name}.png` });
      await box.press('Escape');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await box.inputValue()).toBe('mhy');
      await box.press('Escape');
      expect(await box.inputValue()).toBe('');
    }, 240_000); // a map load and a flight in software WebGL: slow on a shared, busy machine

    it('"see all" lists every match in a dialog that Esc closes; the English UI has English tags', async () => {
      const p = await app.openNoMap('?page=parks&lang=zh');
      await p.locator('main.page').waitFor();
      const box = p.getByTestId('search');
      const list = p.getByRole('listbox');
      const status = p.getByTestId('search-count');
      await box.focus();
      // Every result: the last option opens a dialog of them all (rows of 44 px); Esc gives the box back.
      await p.keyboard.type('menghai');
      // The results follow the typing a moment later (deferred): the list says it is busy until then.
      await p.locator('[role="listbox"]:not([aria-busy])').waitFor();
      await p.getByTestId('search-see-all').waitFor();
      const total = Number(/(\d+)/.exec((await p.getByTestId('search-see-all').textContent()) ?? '')?.[1]);
      await box.press('ArrowUp');
      expect(await box.getAttribute('aria-activedescendant')).toBe(
        await p.getByTestId('search-see-all').getAttribute('id'),
      );
      await box.press('Enter');
      const dialog = p.getByTestId('search-all');
      await dialog.waitFor();
      const rows = dialog.locator('li button');
      expect(await rows.count()).toBe(total);
      const rowHeights = await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...rowHeights)).toBeGreaterThanOrEqual(44);
      expect(await rows.first().locator('.result-name').textContent()).toBe('勐海产业园区');
      await p.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

      // In English: English names and English type tags.
      await box.fill('');
      await p.getByTestId('lang-switch').click();
      await box.focus();
      await p.keyboard.type('mohan port');
      await list.locator('[role=option]').first().waitFor();
      // Back in the box within a moment of leaving it: the list stays open past the moment the blur
      // would have closed it (it closed on whoever typed quickly after the lang switch).
      await box.blur();
      await box.focus();
      await p.waitForTimeout(400);
      expect(await list.locator('[role=option]').first().isVisible()).toBe(true);
      const tags = await list.locator('.result-tag').allTextContents();
      expect(tags[0]).toBe('Port');
      expect(tags.join(' ')).not.toMatch(/[\u3400-\u9fff]/);
      expect(await list.locator('.result-name').first().textContent()).toMatch(/^Mohan (railway|road) port$/);
      await expect.poll(() => status.textContent()).toMatch(/\d+ results?/);
      // A park by its English short name: ↓ Enter opens its profile.
      await box.fill('');
      await p.keyboard.type('menghai park');
      await list.locator('[role=option]').first().waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
      await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
    });
  });
}

describe('without WebGL', () => {
  it("says so in one line, shows the directory in the map's place; search and park profiles still work", async () => {
    const server = await serve();
    const s = await launch({ width: 1366, height: 768 }, [
      '--disable-webgl',
      '--disable-webgl2',
      '--disable-3d-apis',
    ]);
    try {
      const p = await s.context.newPage();
      const w = watchPage(p, server.url.replace(/\/$/, ''));
      await p.goto(`${server.url}?lang=en`);
      const line = p.getByTestId('map-error');
      await line.waitFor();
      expect(await line.textContent()).toContain('cannot show the map');
      // The directory, the map's text alternative, takes the map's place and leads to the profiles.
      expect(await p.locator('.map-fallback .card').count()).toBe(7);
      await p.locator('.map-fallback').getByTestId('card-menghai').click();
      await p.getByRole('heading', { level: 1, name: 'Menghai Industrial Park' }).waitFor();
      await p.goBack();
      await line.waitFor();
      await p.getByTestId('search').fill('mohan');
      await p.getByTestId('search-results').getByText('Mohan Economic Development Zone').click();
      await p
        .getByTestId('details')
        .getByRole('heading', { name: 'Mohan Economic Development Zone' })
        .waitFor();
      await p.getByTestId('tab-chain').click();
      await p.getByTestId('industry-rubber').click();
      await p.getByTestId('chain-graph').waitFor();
      expect(w.foreign).toEqual([]);
      expect(w.errors.filter((e) => !/WebGL|webgl/.test(e))).toEqual([]);
    } finally {
      await s.close();
      await server.stop();
    }
  });
});
