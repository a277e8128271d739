/**
 * The app speaks to its users, not to its repository: no visible text (or title, aria-label,
 * placeholder, alt) may cite a working note, a data file or a folder ("FACTS §1a", "nodes.csv",
 * "data/", "seed plan"), nor the plan in a short form ("plan 西政办发〔2023〕16号 二(一)", "规划原文…").
 * The plan is cited by its public name, 《西双版纳州“十四五”产业园区发展实施方案》(西政办发〔2023〕16号)
 * in Chinese and "Xishuangbanna Prefecture 14th Five-Year Implementation Plan for Industrial Parks
 * (西政办发〔2023〕16号)" in English, and a section number only with that name.
 * Opened in both languages: every side-panel tab (each industry's chain with each link, its gaps with
 * each gap open, its matrix; checks, sites, routing with a result), the details of every park, node and
 * place, the park directory and every park's profile page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupApp } from '../support/harness';
import { visibleText } from '../support/visible-text';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown, not how
// the camera gets there).
const app = setupApp();

/** Repository-style references: working notes, data files and folders. */
const REPOSITORY: RegExp[] = [
  /FACTS/, // the fact sheet (upper case: "facts" is an ordinary English word)
  /§\s*\d/,
  /\bseed\b/i, // "seed plan" ("seedling" is a word of the chains)
  /\.csv\b/i,
  /\.ya?ml\b/i,
  /\.geojson\b/i,
  /(^|[\s(“"'])data\//i, // the data folder; a URL's /data/ path is a public address
];
/** The plan, or a notice, cited in a short form. */
const SHORT_PLAN: RegExp[] = [/规划原文/, /\bplan\s+(西政办发|[一二三四五六七八九十]+\()/i, /\bseed plan\b/i];
/** A document number: the public name of its document must come just before it. */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,3}政办发〔\d{4}〕\d+号/g;
const NAMED_BEFORE = /》|Plan for Industrial Parks|Implementation Plan|Development Plan/;
/** A section number of the plan (二(一)2 / section II(1)2): only with the plan's name. */
const SECTION = /[一二三四五六七八九十]+\([一二三四五六七八九十]+\)|section [IVX]+\(\d+\)/;
const PLAN_NAME =
  /《西双版纳州“十四五”产业园区发展实施方案》|14th Five-Year Implementation Plan for Industrial Parks/;

function citationProblems(text: string): string[] {
  const found: string[] = [];
  for (const re of [...REPOSITORY, ...SHORT_PLAN]) if (re.test(text)) found.push(`${re}`);
  for (const m of text.matchAll(DOC_NUMBER)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    if (!NAMED_BEFORE.test(before)) found.push(`${m[0]} without its document's name`);
  }
  if (SECTION.test(text) && !PLAN_NAME.test(text)) found.push("a section number without the plan's name");
  return found;
}

/** Two frames: React has rendered what the store just changed. */
const settle = (p: Page) =>
  p.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

describe('the rules themselves', () => {
  it('catch repository and short-form citations, and let the public ones through', () => {
    for (const bad of [
      'FACTS §1a #8',
      'see data/nodes.csv',
      'parks.yaml',
      'seed plan 二(一)2',
      'plan 西政办发〔2023〕16号 二(一)',
      '规划原文 西政办发〔2023〕16号 二(一)',
      '规划通知 西政办发〔2023〕16号',
      'plan 二(一)1 names the channels',
      '据二(一)2',
    ])
      expect(citationProblems(bad), bad).not.toEqual([]);
    for (const good of [
      '《西双版纳州“十四五”产业园区发展实施方案》(西政办发〔2023〕16号)二(一)2:“依托勐海产业园区…”',
      'Xishuangbanna Prefecture 14th Five-Year Implementation Plan for Industrial Parks (西政办发〔2023〕16号), section II(1)2',
      '《云南省“十四五”产业园区发展规划》(云政办发〔2022〕76号)',
      '《西双版纳州“十四五”产业园区发展实施方案》的印发通知(西政办发〔2023〕16号)主送试验区管委会',
      'Seedling breeding',
      'Natural Earth 1:50m (http://news.gqsoso.com/data/202112/06146516.html)',
      'Key facts',
    ])
      expect(citationProblems(good), good).toEqual([]);
  });
});

describe('no UI text cites the repository or the plan in a short form', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`in ${lang === 'zh' ? 'Chinese' : 'English'}: every panel, record and page`, async () => {
      const found = new Set<string>();
      const scan = async (p: Page, where: string) => {
        for (const t of await visibleText(p))
          for (const why of citationProblems(t)) found.add(`${where}: ${why} in “${t.trim().slice(0, 160)}”`);
      };
      const p = await app.open(`?lang=${lang}`);
      await p.getByTestId('legend').waitFor();
      await scan(p, 'legend');
      expect(await p.evaluate(() => window.__store?.getState().lang)).toBe(lang);
      const ids = await p.evaluate(async () => {
        const get = async (f: string) => (await fetch(`geo/${f}`)).json();
        const catalog = await get('catalog.json');
        const nodes = await get('nodes.geojson');
        const places = await get('places.geojson');
        return {
          industries: catalog.industries.map((i: { id: string }) => i.id) as string[],
          links: catalog.links.map((l: { id: string; industry: string }) => [l.industry, l.id]) as [
            string,
            string,
          ][],
          parks: catalog.parks.map((x: { id: string }) => x.id) as string[],
          nodes: nodes.features.map((f: { properties: { id: string } }) => f.properties.id) as string[],
          places: places.features.map((f: { properties: { id: string } }) => f.properties.id) as string[],
        };
      });
      expect(ids.parks.length).toBeGreaterThan(5);
      // The map itself shows no text this test reads (its labels are canvas pixels); shrinking it to
      // nothing spares the software renderer some 200 redraws, and the panels render as before.
      await p.evaluate(() => {
        const c = window.__map?.getContainer();
        if (c) c.style.display = 'none';
        window.__map?.resize();
      });

      // Each industry: its chain with each link open, its gaps with each gap open, its matrix.
      for (const ind of ids.industries) {
        await p.evaluate((i) => window.__store?.getState().focusIndustry(i), ind);
        for (const panel of ['chain', 'gaps', 'matrix'] as const) {
          await p.evaluate((x) => window.__store?.getState().setPanel(x), panel);
          await p.getByTestId(`${panel === 'gaps' ? 'gap' : panel}-panel`).waitFor();
          const links = panel === 'matrix' ? [null] : ids.links.filter(([i]) => i === ind).map(([, l]) => l);
          for (const link of links) {
            await p.evaluate((l) => window.__store?.getState().setLink(l), link);
            await settle(p);
            await scan(p, `${panel} ${ind}${link ? ` ${link}` : ''}`);
          }
        }
      }
      await p.evaluate(() => window.__store?.getState().clearFilters());

      // The planner tabs; routing with a result (its thresholds cite the plan).
      for (const [panel, wait] of [
        ['checks', 'checks-protected'],
        ['sites', 'sites-panel'],
        ['routing', 'routing-panel'],
      ] as const) {
        await p.evaluate((x) => window.__store?.getState().setPanel(x), panel);
        await p.getByTestId(wait).first().waitFor();
        if (panel === 'routing') {
          await p.getByTestId('route-submit').click();
          await p.getByTestId('route-results').waitFor();
        }
        await settle(p);
        await scan(p, panel);
      }

      // The details of every park, node and place.
      await p.evaluate(() => window.__store?.getState().setPanel('legend'));
      for (const [kind, list] of [
        ['park', ids.parks],
        ['node', ids.nodes],
        ['place', ids.places],
      ] as const) {
        for (const id of list) {
          await p.evaluate(
            ([k, i]) =>
              window.__store?.getState().select({ kind: k as 'park' | 'node' | 'place', id: i ?? '' }),
            [kind, id] as [string, string],
          );
          await p.getByTestId('details').waitFor();
          await settle(p);
          await scan(p, `${kind} ${id}`);
        }
      }

      // The directory and every profile page.
      await p.evaluate(() => window.__store?.getState().navigate('parks'));
      await p.getByTestId('directory').waitFor();
      await scan(p, 'directory');
      for (const id of ids.parks) {
        await p.evaluate((i) => window.__store?.getState().navigate(`park:${i}`), id);
        await p.getByTestId('park-page').waitFor();
        await p.getByTestId('park-profile').waitFor();
        await settle(p);
        await scan(p, `page park:${id}`);
      }
      // The monitoring view, the prefecture's and a park's. (The bureau's panel below it names the data/
      // files it writes back for the planners, which is what it is for: not scanned here.)
      for (const page of ['monitor', 'monitor:menghai'] as const) {
        await p.evaluate((x) => window.__store?.getState().navigate(x), page);
        await p.getByTestId('monitoring-view').waitFor();
        await p.locator('.mon-card').first().waitFor();
        await settle(p);
        for (const t of await visibleText(p, '[data-testid="monitoring-view"]'))
          for (const why of citationProblems(t)) found.add(`${page}: ${why} in “${t.trim().slice(0, 160)}”`);
      }
      await p.close();
      expect([...found]).toEqual([]);
    }, 300_000); // some 200 views per language on a software-rendered map
  }
});

describe('the wing towns and the zone, as users read them', () => {
  const want = {
    zh: { town: '东翼集镇', estimate: '估算', zoneArea: '4,500', published: '公布面积' },
    en: { town: 'East-wing town', estimate: 'Estimate', zoneArea: '4,500', published: 'Published area' },
  };
  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: a town is a town with estimate badges; the zone shows its published area, not the county's`, async () => {
      const w = want[lang];
      const p = await app.openNoMap(`?lang=${lang}&page=park:mengman`);
      await p.getByTestId('park-page').waitFor();
      expect(await p.getByTestId('park-kind').textContent()).toBe(w.town);
      const summary = (await p.locator('.park-page section').first().textContent()) ?? '';
      expect(summary).toContain(w.estimate);
      expect(summary).not.toMatch(/片区|sub-zone/);
      await p.evaluate(() => window.__store?.getState().navigate('park:mohan-zone'));
      await p.getByTestId('published-area').waitFor();
      expect(await p.getByTestId('published-area').textContent()).toContain(w.zoneArea);
      expect(await p.getByTestId('county-extent').count()).toBe(1);
      // The county outline's measured area (≈6,800 km²) is not shown as the zone's.
      const zone = (await p.locator('.park-page section').first().textContent()) ?? '';
      expect(zone).not.toMatch(/6[,.]?8\d\d(\.\d)?\s*(平方公里|km²)/);
      await p.evaluate(() => window.__store?.getState().navigate('parks'));
      await p.getByTestId('directory').waitFor();
      expect(await p.getByTestId('card-kind-menglun').textContent()).toContain(w.town);
      const card = (await p.getByTestId('card-mohan-zone').locator('xpath=ancestor::li').textContent()) ?? '';
      expect(card).toContain(w.published);
      expect(card).toContain(w.zoneArea);
      expect(card).not.toMatch(/6[,.]?8\d\d(\.\d)?\s*(平方公里|km²)/);
      await p.close();
    });
  }
});
