/**
 * Both languages everywhere: every panel, the details of each kind of record, the directory and a
 * profile, an error box and the map controls, scanned for a fragment of the other language (visible
 * text, titles, aria-labels, placeholders). Proper names of formats, datasets and licences may stay,
 * and so may the plan's document numbers (西政办发〔2023〕16号) and the language switch itself.
 */
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { setupApp } from '../support/harness';
import { otherLanguage } from '../support/language-offenders';
import { visibleText } from '../support/visible-text';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown, not how
// the camera gets there).
const app = setupApp();

interface View {
  /** The view's state, set on the one map page of the scan (a reload per view would redraw the map each time). */
  state?: Record<string, unknown>;
  /** A page without the map, opened by its query. */
  query?: string;
  wait?: string;
}

const MAP_VIEWS: View[] = [
  { state: {}, wait: 'legend' },
  { state: { panel: 'chain', industries: ['rubber'], link: 'rubber-medical' }, wait: 'link-detail' },
  { state: { panel: 'gaps', industries: ['rubber'], link: 'rubber-medical' }, wait: 'hosts' },
  { state: { panel: 'matrix', industries: ['tea'], link: null }, wait: 'matrix-panel' },
  { state: { panel: 'checks', industries: [] }, wait: 'checks-protected' },
  { state: { panel: 'sites' }, wait: 'sites-panel' },
  { state: { panel: 'routing' }, wait: 'routing-panel' },
  { state: { panel: 'legend', selection: { kind: 'park', id: 'mohan' } }, wait: 'park-profile' },
  { state: { selection: { kind: 'place', id: 'mohan-road-port' } }, wait: 'details' },
];
const PAGES: View[] = [
  { query: '&page=parks', wait: 'directory' },
  { query: '&page=park:mohan-zone', wait: 'park-page' },
  { query: '&page=park:gasa', wait: 'park-page' },
  // The monitoring page: the prefecture's targets, and the bureau's panel (templates, import, export).
  { query: '&page=monitor', wait: 'monitoring-view' },
  { query: '&page=monitor:menghai', wait: 'monitoring-view' },
];

const offenders = otherLanguage;

async function scan(lang: 'zh' | 'en'): Promise<string[]> {
  const found: string[] = [];
  const m = await app.open(`?lang=${lang}`);
  for (const [i, v] of MAP_VIEWS.entries()) {
    await m.evaluate((state) => window.__store?.setState(state), v.state ?? {});
    if (v.wait) await m.getByTestId(v.wait).first().waitFor();
    if (i === 0) {
      // The map's own text (controls, scale bar, attribution) is read on the first view; then the map is
      // hidden (its labels are canvas pixels, not text) so that each panel is not a software-rendered redraw.
      await waitForMapIdle(m);
    } else await m.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const o of offenders(lang, await visibleText(m))) found.push(`${o}   (${JSON.stringify(v.state)})`);
    if (i === 0)
      await m.evaluate(() => {
        const c = window.__map?.getContainer();
        if (c) c.style.display = 'none';
      });
  }
  await m.close();
  for (const v of PAGES) {
    const query = `?lang=${lang}${v.query}`;
    const p = await app.openNoMap(query);
    if (v.wait) await p.getByTestId(v.wait).first().waitFor();
    for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (${query})`);
    await p.close();
  }
  return found;
}

describe('no fragment of the other language', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`in the ${lang === 'zh' ? 'Chinese' : 'English'} briefing (set-up and every step) and the full-width chain`, async () => {
      // One page, as a presenter meets it: the set-up dialog, then each step in turn (the closing
      // card with its QR code).
      const found: string[] = [];
      const p = await app.open(`?lang=${lang}`);
      await p.getByTestId('brief-open').click();
      await p.getByTestId('brief-setup').waitFor();
      for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (set-up)`);
      await p.getByTestId('brief-industry').selectOption('rubber');
      await p.getByTestId('brief-link').selectOption('rubber-medical');
      await p.getByTestId('brief-park').selectOption('mohan');
      await p.getByTestId('brief-start').click();
      for (let n = 1; n <= 7; n++) {
        await p
          .getByTestId('brief-counter')
          .filter({ hasText: `${n} / 7` })
          .waitFor();
        await waitForMapIdle(p);
        for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (briefing step ${n})`);
        await p.keyboard.press('ArrowRight');
      }
      const q = await app.open(`?lang=${lang}&panel=chain&ind=rubber`);
      await q.getByTestId('chain-expand').click();
      await q.getByTestId('chain-wide').waitFor();
      for (const o of offenders(lang, await visibleText(q))) found.push(`${o}   (full-width chain)`);
      expect(found).toEqual([]);
    });
    it(`in the ${lang === 'zh' ? 'Chinese' : 'English'} Share & export dialog, open`, async () => {
      // The dialog as an investor's host meets it: a park and an industry chosen, the QR code drawn,
      // then the brief made (its status line) and the choices of subject and language.
      const found: string[] = [];
      const p = await app.open(`?lang=${lang}&ind=rubber&sel=park:mohan`);
      await p.getByTestId('share-open').click();
      await p.getByTestId('share-dialog').waitFor();
      await p.getByTestId('qr-canvas').waitFor();
      for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (share dialog)`);
      await p.getByTestId('pdf-lang-both').check();
      await Promise.all([
        p.waitForEvent('download', { timeout: 120_000 }),
        p.getByTestId('export-pdf').click(),
      ]);
      await p.getByTestId('pdf-status').filter({ hasText: /\d/ }).waitFor();
      for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (share dialog, brief made)`);
      const options = await p.getByTestId('pdf-subject').locator('option').allTextContents();
      for (const o of offenders(lang, options)) found.push(`${o}   (brief subjects)`);
      expect(options.length).toBe(2);
      expect(found).toEqual([]);
    });
    it(`in the ${lang === 'zh' ? 'Chinese' : 'English'} UI: every panel, record, page and control`, async () => {
      const found = await scan(lang);
      // An error box, and the map status over the map, in this language too.
      const p = await app.open(`?lang=${lang}&panel=chain&ind=rubber`, '', {
        allow: /injected fault/,
        before: async (page) => {
          await page.addInitScript(() => {
            window.__xsbnFaults = new Set(['panel-chain']);
          });
        },
      });
      await p.getByTestId('error-panel-chain').waitFor();
      await p.evaluate(() => {
        const gl = window.__map?.getCanvas().getContext('webgl2') as WebGL2RenderingContext;
        gl.getExtension('WEBGL_lose_context')?.loseContext();
      });
      await p.getByTestId('context-lost').waitFor();
      for (const o of offenders(lang, await visibleText(p))) found.push(`${o}   (error box, lost context)`);
      // Files that failed: a missing one, and one of the wrong shape in a planner tab.
      const q = await app.open(`?lang=${lang}&panel=sites`, '', {
        allow: /nodes\.geojson|404/,
        before: async (page) => {
          await page.route(/\/geo\/nodes\.geojson/, (r) => r.fulfill({ status: 404, body: '' }));
          await page.route(/\/geo\/counties\.geojson/, (r) =>
            r.fulfill({ body: '{"type":"FeatureCollection","features":[{"type":"Feature"}]}' }),
          );
        },
      });
      await q.getByTestId('data-missing').waitFor();
      await q.getByTestId('workbench-data-error').waitFor();
      for (const o of offenders(lang, await visibleText(q))) found.push(`${o}   (failed files)`);
      expect(found).toEqual([]);
      // Twelve pages with a map on two CPU cores: more than the default two minutes.
    }, 300_000);
  }
});
