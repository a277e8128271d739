/**
 * The stylesheets as the browser gets them: the entry's (tokens, base, layout) is inline in
 * index.html and never fetched, not even once the map page and the planner's tools have brought
 * their own; the planner's comes with its lazy chunk; a feature's rules still win over the base's
 * after all that (the entry's sheet is not appended again after them); colours come from the tokens.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { setupApp } from '../support/harness';

const app = setupApp();

/** Every stylesheet file the page asked for, by path. */
function cssRequests(p: Page): () => Promise<string[]> {
  const urls: string[] = [];
  p.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return async () =>
    [
      ...urls,
      ...(await p.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      )),
    ].filter((u) => u.endsWith('.css') && u.includes('/assets/'));
}

const style = (p: Page, selector: string, prop: string) =>
  p
    .locator(selector)
    .first()
    .evaluate((e, name) => getComputedStyle(e).getPropertyValue(name), prop);

describe('stylesheets', () => {
  it('the entry’s is inline; features bring theirs; the planner’s comes with its chunk; the cascade holds', async () => {
    const p = await app.openNoMap('?page=parks&lang=en');
    const css = cssRequests(p);
    await p.locator('.card h2').first().waitFor();
    await p.waitForLoadState('load');
    // A card's title: .card h2 (parks.css) over .page h2 (layout.css), same specificity, later sheet.
    expect(await style(p, '.card h2', 'font-size')).toBe('15.3px');
    expect(await style(p, ':root', '--accent')).toBe('#0b6e8a');
    expect(await style(p, '.top-nav a.on', 'box-shadow')).toContain('rgb(11, 110, 138)');
    let seen = await css();
    expect(seen.filter((u) => /\/index-/.test(u))).toEqual([]);
    expect(seen.filter((u) => /\/main-/.test(u)).length).toBeGreaterThan(0);
    expect(seen.filter((u) => /\/workbench-/.test(u))).toEqual([]);

    // The map, then the planner's sites tab: their stylesheets load, the entry's still does not.
    await p.getByTestId('nav-map').click();
    await waitForMapIdle(p);
    await p.getByTestId('tab-sites').click();
    await p.getByTestId('sites-panel').waitFor();
    seen = await css();
    expect(seen.filter((u) => /\/workbench-/.test(u)).length).toBeGreaterThan(0);
    expect(seen.filter((u) => /\/index-/.test(u))).toEqual([]);
    expect(
      await p.evaluate(() => document.querySelectorAll('link[rel="stylesheet"][href*="index-"]').length),
    ).toBe(0);
    expect(await style(p, '.workbench', 'font-size')).toBe('12.75px');

    // Back to the directory: the cards look as they did.
    await p.getByTestId('nav-parks').click();
    await p.locator('.card h2').first().waitFor();
    expect(await style(p, '.card h2', 'font-size')).toBe('15.3px');
    expect(await style(p, '.card h2', 'margin-top')).toBe('0px');
  });
});
