/**
 * Issue 3 in Chromium: filter to an industry, read its chain and gaps, follow a gap to its best host
 * park, the matrix, keyboard use, and a pasted URL that restores all of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';
import { countRendered } from '../support/map-probe';

// Where the camera ends is checked, not the flight: reduced motion makes each fly and fit a jump.
const app = setupApp();

/** Industries of the nodes drawn as dots, after zooming to a view where every park shows its dots. */
async function drawnIndustries(p: Awaited<ReturnType<typeof app.open>>): Promise<string[]> {
  return p.evaluate(() => {
    const m = window.__map;
    const fs = m?.queryRenderedFeatures({ layers: ['nodes-point', 'nodes-outside'] }) ?? [];
    return [...new Set(fs.map((f) => String(f.properties.industry)))].sort();
  });
}

describe('industry filter and chain gaps', () => {
  it('selecting 橡胶 draws only rubber nodes, dims parks without rubber, and counts in the legend', async () => {
    const p = await app.open('?lang=zh');
    await p.getByTestId('industry-rubber').click();
    await waitForMapIdle(p);
    await app.jump(p, [101.5, 21.55], 10.2); // the Mengla parks, past the badge zoom
    expect(await drawnIndustries(p)).toEqual(['rubber']);
    const drawn = await p.evaluate(
      () => window.__map?.queryRenderedFeatures({ layers: ['nodes-point'] }).length ?? 0,
    );
    expect(drawn).toBeGreaterThan(3);
    const state = await p.evaluate(() => window.__map?.style.getGlobalState());
    expect(state?.activeParks).toEqual(['gasa', 'menglun', 'mengman', 'mengpeng', 'mohan']);
    expect(state?.activeParks).not.toContain('menghai');
    await p.getByTestId('tab-legend').click();
    expect(await p.getByTestId('legend-count-rubber').textContent()).toBe('10');
    expect(await p.getByTestId('legend-count-tea').textContent()).toBe('0');
    expect(await p.getByTestId('shown-count').textContent()).toContain('10');
    await expect.poll(() => p.url()).toContain('ind=rubber');
  });

  it('the badge counts at the prefecture view agree with the built data', async () => {
    // The oracle: tea nodes inside their park's outline, counted per park from the built file.
    const built = JSON.parse(
      readFileSync(`${process.env.XSBN_DIST ?? 'dist'}/geo/nodes.geojson`, 'utf8'),
    ) as {
      features: { properties: { industry: string; park: string; in_park: boolean } }[];
    };
    const want: Record<string, number> = {};
    for (const { properties: n } of built.features)
      if (n.industry === 'tea' && n.in_park) want[n.park] = (want[n.park] ?? 0) + 1;
    const p = await app.open('?ind=tea');
    const state = await p.evaluate(() => window.__map?.style.getGlobalState().parkCounts);
    expect(state).toEqual(want);
    const badges = await p.evaluate(() =>
      [
        ...new Set(
          window.__map
            ?.queryRenderedFeatures({ layers: ['nodes-badge'] })
            .map((f) => String(f.properties.ref)),
        ),
      ].sort(),
    );
    expect(badges).toEqual(Object.keys(want).sort());
  });

  it('picking 普洱茶 then 橡胶 shows each chain, coloured by status, with the formula written out', async () => {
    const p = await app.open('?lang=zh');
    await p.getByTestId('tab-chain').click();
    await p
      .getByRole('button', { name: /普洱茶/ })
      .first()
      .click();
    await p.getByTestId('chain-graph').waitFor();
    expect(await p.getByTestId('link-tea-refined').getAttribute('class')).toContain('status-strong');
    expect(await p.getByTestId('link-tea-health').getAttribute('class')).toContain('status-missing');
    await p.getByTestId('industry-tea').click(); // deselect tea
    await p.getByTestId('industry-rubber').click();
    expect(await p.getByTestId('link-rubber-primary').getAttribute('class')).toContain('status-strong');
    expect(await p.getByTestId('link-rubber-bedding').getAttribute('class')).toContain('status-missing');
    await p.getByTestId('how-computed').locator('summary').click();
    expect(await p.getByTestId('how-computed').textContent()).toContain('门槛');
    await p.getByTestId('link-rubber-primary').click();
    const detail = p.getByTestId('link-detail');
    await detail.waitFor();
    expect(await detail.textContent()).toContain('示例·标准胶厂甲');
    await waitForMapIdle(p);
    expect(await p.evaluate(() => window.__map?.style.getGlobalState().link)).toBe('rubber-primary');
    await p.screenshot({ path: `${SHOTS}/test-chain-rubber-zh.png` });
  });

  it('the gap list ranks missing links first; the top host park flies the map and opens its profile', async () => {
    const p = await app.open('?lang=en&ind=rubber&panel=gaps');
    const gaps = p.getByTestId('gap-panel').locator('.gap');
    const first = (await gaps.first().getAttribute('data-testid')) ?? '';
    expect(['gap-rubber-bedding', 'gap-rubber-highend']).toContain(first);
    expect(await p.getByTestId('gap-rubber-bedding').textContent()).toContain('Missing');
    expect(await p.getByTestId('gap-rubber-highend').textContent()).toContain('Missing');
    expect(await p.getByTestId('gap-rubber-primary').count()).toBe(0); // strong: not a gap
    await p.getByTestId('gap-rubber-bedding').getByRole('button').first().click();
    const why = p.getByTestId('why-first');
    await why.waitFor();
    // In facts an investor understands, with the points beside them.
    expect(await why.textContent()).toMatch(
      /ranks first: the plan puts the core of this industry here \(\+\d+ points\)/,
    );
    expect(await why.textContent()).not.toMatch(/Plan fit \+/);
    const top = p.getByTestId('hosts').locator('.host-name').first();
    const topId = ((await top.getAttribute('data-testid')) ?? '').replace('host-', '');
    expect(topId).toBe('mohan');
    await top.click();
    await p.getByTestId('park-profile').waitFor();
    await p
      .getByTestId('details')
      .getByRole('heading', { name: 'Mohan Economic Development Zone' })
      .waitFor();
    await p.waitForFunction(() => !window.__map?.isMoving() && (window.__map?.getZoom() ?? 0) > 11);
    const c = await p.evaluate(() => window.__map?.getCenter().toArray());
    expect(c?.[0]).toBeCloseTo(101.67, 1);
    expect(c?.[1]).toBeCloseTo(21.2, 1);
    await expect.poll(() => p.url()).toContain('sel=park%3Amohan');
    await p.screenshot({ path: `${SHOTS}/test-gaps-rubber-en.png` });

    // A pasted URL restores all of it: industry, panel, open gap, selection, camera.
    const url = p.url();
    const q = await app.open(url.slice(app.url().length));
    expect(await q.getByTestId('tab-gaps').getAttribute('aria-selected')).toBe('true');
    expect(await q.getByTestId('industry-rubber').getAttribute('aria-pressed')).toBe('true');
    expect(
      await q.getByTestId('gap-rubber-bedding').getByRole('button').first().getAttribute('aria-expanded'),
    ).toBe('true');
    await q
      .getByTestId('details')
      .getByRole('heading', { name: 'Mohan Economic Development Zone' })
      .waitFor();
    const c2 = await q.evaluate(() => window.__map?.getCenter().toArray());
    expect(c2?.[0]).toBeCloseTo(c?.[0] ?? 0, 2);
  });

  it('re-weighting the score with a slider changes the ranking and the URL', async () => {
    const p = await app.open('?lang=en&ind=rubber&panel=gaps&link=rubber-bedding');
    await p.getByTestId('weights').locator('summary').click();
    const before = await p.getByTestId('hosts').locator('.host-name').allTextContents();
    // Only land matters: land is available 6,800 亩 in Mohan … 0 in Menglun.
    for (const f of ['fit', 'cluster', 'rail', 'port', 'road', 'protected']) {
      const s = p.getByTestId(`weight-${f}`);
      await s.focus();
      for (let i = 0; i < 5; i++) await s.press('ArrowLeft');
    }
    const after = await p.getByTestId('hosts').locator('.host-name').allTextContents();
    expect(after[0]).toBe('Mohan');
    expect(after.at(-1)).toBe('Menglun');
    expect(after).not.toEqual(before);
    await expect.poll(() => p.url()).toContain('w=0.0.2.0.0.0.0');
  });

  it('a matrix cell filters the map to that link and opens the park', async () => {
    const p = await app.open('?ind=rubber&panel=matrix');
    const cell = p.getByTestId('cell-rubber-primary-mengpeng');
    expect(await cell.getAttribute('class')).toContain('status-present');
    expect(await cell.getAttribute('title')).toContain('示例·标准胶厂甲');
    await cell.click();
    await p.getByTestId('details').getByRole('heading', { name: '勐捧集镇' }).waitFor();
    await p.waitForFunction(() => !window.__map?.isMoving());
    await waitForMapIdle(p);
    const links = await p.evaluate(() => [
      ...new Set(
        window.__map
          ?.queryRenderedFeatures({ layers: ['nodes-point'] })
          .map((f) => String(f.properties.link)),
      ),
    ]);
    expect(links).toEqual(['rubber-primary']);
    expect(await p.getByTestId('park-profile').textContent()).toContain('示例·标准胶厂甲');
  });

  it('tabs and industry chips work from the keyboard', async () => {
    const p = await app.open();
    await p.getByTestId('tab-legend').focus();
    // The next tab after the legend is the list view (issue 14), then the chain.
    await p.keyboard.press('ArrowRight');
    expect(await p.getByTestId('tab-list').getAttribute('aria-selected')).toBe('true');
    await p.keyboard.press('ArrowRight');
    expect(await p.getByTestId('tab-chain').getAttribute('aria-selected')).toBe('true');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('tab-chain');
    await p.getByTestId('industry-sugar').focus();
    await p.keyboard.press('Enter');
    expect(await p.getByTestId('industry-sugar').getAttribute('aria-pressed')).toBe('true');
    await p.getByTestId('side-toggle').focus();
    await p.keyboard.press('Space');
    expect(await p.getByTestId('side-toggle').getAttribute('aria-expanded')).toBe('false');
  });

  it('unknown industries and links in a pasted URL fall back with a notice', async () => {
    const p = await app.open('?ind=rubber,coffee&link=tea-raw&panel=chain');
    await p.getByTestId('notice').waitFor();
    const text = (await p.getByTestId('notice').textContent()) ?? '';
    expect(text).toContain('ind=coffee');
    expect(text).toContain('link=tea-raw');
    expect(await p.getByTestId('industry-rubber').getAttribute('aria-pressed')).toBe('true');
    expect((await countRendered(p, ['nodes-badge']))['nodes-badge']).toBeGreaterThan(0);
  });
});

describe('the chain full width (issue 11)', () => {
  const dist = process.env.XSBN_DIST ?? 'dist';
  const nodes = (
    JSON.parse(readFileSync(`${dist}/geo/nodes.geojson`, 'utf8')) as {
      features: { geometry: { coordinates: [number, number] }; properties: { link: string } }[];
    }
  ).features;
  const views = [
    { width: 1920, height: 1080 },
    { width: 1366, height: 768 },
  ];
  const heads = {
    zh: ['上游', '中游', '下游'],
    en: ['Upstream', 'Midstream', 'Downstream'],
  } as const;

  /** Every wide link box whose text overflows it, or whose parts stick out of it (none expected). */
  const clipped = (p: Awaited<ReturnType<typeof app.open>>) =>
    p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid^="wide-link-"]')].flatMap((box) => {
        const b = box.getBoundingClientRect();
        const parts = [box, ...box.querySelectorAll<HTMLElement>('span')];
        return parts
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return (
              el.scrollWidth > el.clientWidth + 1 ||
              el.scrollHeight > el.clientHeight + 1 ||
              r.left < b.left - 1 ||
              r.right > b.right + 1 ||
              r.top < b.top - 1 ||
              r.bottom > b.bottom + 1
            );
          })
          .map((el) => `${box.dataset.testid}: ${el.textContent}`);
      }),
    );
  /** Whether an area scrolls, and whether its "more" hint shows. */
  const scrollState = (p: Awaited<ReturnType<typeof app.open>>, id: string) =>
    p.evaluate((id) => {
      const area = document.querySelector(`[data-testid="${id}"]`);
      const body = area?.querySelector<HTMLElement>('.scroll-area-body');
      const hint = document.querySelector<HTMLElement>(`[data-testid="${id}-more-right"]`);
      return {
        scrolls: body ? body.scrollWidth > body.clientWidth + 1 : false,
        hint: hint
          ? hint.getBoundingClientRect().width > 0 && getComputedStyle(hint).visibility !== 'hidden'
          : false,
      };
    }, id);

  for (const lang of ['zh', 'en'] as const)
    it(`opens from the chain panel, labels the stages, clips no link, hints at scrolling, frames a clicked link and closes on Esc (${lang})`, async () => {
      const p = await app.open(`?lang=${lang}&ind=rubber&panel=chain`);
      for (const v of views) {
        await p.setViewportSize(v);
        // The side panel's narrow chain does not fit: its hint shows (from the start of the chain).
        await p.evaluate(() => {
          const body = document.querySelector('[data-testid="chain-scroll"] .scroll-area-body');
          if (body) body.scrollLeft = 0;
        });
        await expect.poll(() => scrollState(p, 'chain-scroll')).toEqual({ scrolls: true, hint: true });
        await p.getByTestId('chain-expand').click();
        const wide = p.getByTestId('chain-wide');
        await wide.waitFor();
        expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'chain-wide-close',
        );
        for (const [i, stage] of (['upstream', 'midstream', 'downstream'] as const).entries())
          expect(await p.getByTestId(`stage-head-${stage}`).textContent()).toBe(heads[lang][i]);
        // Every link of the chain is in the wide view, none clipped.
        expect(await p.locator('[data-testid^="wide-link-"]').count()).toBe(9);
        expect(await clipped(p), `${lang} ${v.width}`).toEqual([]);
        const s = await scrollState(p, 'chain-wide-scroll');
        expect(s.hint, `${lang} ${v.width}: hint iff it scrolls`).toBe(s.scrolls);
        await p.screenshot({ path: `${SHOTS}/test-chain-wide-${lang}-${v.width}.png` });

        // A click selects the link and frames its firms above the wide view.
        await p.getByTestId('wide-link-rubber-medical').click();
        await expect
          .poll(() => p.evaluate(() => window.__map?.style.getGlobalState().link))
          .toBe('rubber-medical');
        await waitForMapIdle(p);
        const pts = nodes
          .filter((n) => n.properties.link === 'rubber-medical')
          .map((n) => n.geometry.coordinates);
        expect(pts.length).toBeGreaterThan(0);
        const seen = await p.evaluate((pts) => {
          const m = window.__map;
          const top = document.querySelector('.chain-wide')?.getBoundingClientRect().top ?? 0;
          const box = m?.getContainer().getBoundingClientRect();
          return pts.map((pt) => {
            const xy = m?.project(pt as [number, number]);
            return !!xy && !!box && xy.x >= 0 && xy.x <= box.width && box.top + xy.y < top;
          });
        }, pts);
        expect(seen.every(Boolean), `${lang} ${v.width}: each firm on screen, above the wide view`).toBe(
          true,
        );
        await expect.poll(() => p.getByTestId('chain-wide-selected').isVisible()).toBe(true);

        await p.keyboard.press('Escape');
        await wide.waitFor({ state: 'detached' });
        expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'chain-expand',
        );
        await p.getByTestId('link-rubber-medical').click(); // clear the link for the next view
      }
    });

  it('labels the support column 配套服务 / Support services where a chain has one; no chain clips a link', async () => {
    for (const [lang, head] of [
      ['zh', '配套服务'],
      ['en', 'Support services'],
    ] as const) {
      const p = await app.open(`?lang=${lang}&ind=biomed&panel=chain`);
      await p.getByTestId('chain-expand').click();
      expect(await p.getByTestId('stage-head-support').textContent()).toBe(head);
      expect(await clipped(p)).toEqual([]);
      // Every industry's chain, at the narrower screen: no link text clipped. The overlay is a portal on
      // the page, not in the map: the map is hidden meanwhile, sparing the software renderer a redraw
      // per industry.
      await p.setViewportSize({ width: 1366, height: 768 });
      await p.evaluate(() => {
        const c = window.__map?.getContainer();
        if (c) c.style.display = 'none';
      });
      for (const ind of ['rubber', 'tea', 'biomed', 'fruit', 'meat', 'sugar', 'digital', 'port', 'tourism']) {
        await p.evaluate((id) => window.__store?.getState().focusIndustry(id), ind);
        await p.locator(`[data-testid^="wide-link-${ind}-"]`).first().waitFor();
        expect(await clipped(p), `${lang} ${ind}`).toEqual([]);
      }
      await p.getByTestId('chain-wide-close').click();
      await p.getByTestId('chain-wide').waitFor({ state: 'detached' });
    }
  });
});
