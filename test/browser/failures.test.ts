/**
 * Issue 9 in Chromium: every failure explains itself and the rest keeps working. A throwing panel,
 * a missing, truncated or wrongly shaped data file, a planner tab whose code cannot be fetched
 * offline, a lost WebGL context, a failing import, and the search box not rewriting history per key.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForMapIdle } from '../support/browser';
import { SHOTS, setupApp } from '../support/harness';

// Reduced motion: flights become jumps to the same camera (this file checks what is shown, not how
// the camera gets there).
const app = setupApp();

/** Serves `status` (and an optional body) for files whose path matches, until `release()` is called. */
async function breakFile(p: Page, path: RegExp, reply: { status?: number; body?: string }) {
  let broken = true;
  const handler = (route: Route) =>
    broken
      ? route.fulfill({
          status: reply.status ?? 200,
          body: reply.body ?? '',
          contentType: 'application/json',
        })
      : route.fallback();
  await p.route(path, handler);
  return {
    release: async () => {
      broken = false;
      await p.unroute(path, handler);
    },
  };
}

const textOf = async (p: Page, testId: string) => (await p.getByTestId(testId).textContent()) ?? '';

describe('a failing panel', () => {
  it('shows what failed with Retry and Details, while the map and the other panels keep working', async () => {
    const p = await app.open('?lang=zh&panel=chain&ind=rubber', '', {
      allow: /injected fault: panel-chain/,
      before: async (page) => {
        await page.addInitScript(() => {
          window.__xsbnFaults = new Set(['panel-chain']);
        });
      },
    });
    const box = p.getByTestId('error-panel-chain');
    await box.waitFor();
    expect(await box.textContent()).toContain('产业链出错了');
    // Details hold the error text to copy.
    await box.locator('summary').click();
    expect(await box.locator('textarea').inputValue()).toContain('injected fault: panel-chain');
    // The rest works: the filter above it, the map (click a park), the details panel, another tab.
    await p.locator('#stage-filter').selectOption('downstream');
    await expect.poll(() => p.url()).toContain('stage=downstream');
    await p.evaluate(() => window.__store?.getState().selectAndFocus({ kind: 'park', id: 'menghai' }));
    await p.getByTestId('details').waitFor();
    await waitForMapIdle(p);
    expect(await p.evaluate(() => (window.__map?.queryRenderedFeatures().length ?? 0) > 0)).toBe(true);
    await p.getByTestId('tab-legend').click();
    await p.getByTestId('legend').waitFor();
    await p.screenshot({ path: `${SHOTS}/failure-panel-zh.png` });
    // Back on the chain tab, Retry brings the panel (the fault was one-shot).
    await p.getByTestId('tab-chain').click();
    await p.getByTestId('retry-panel-chain').click();
    await p.getByTestId('chain-panel').waitFor();
  });

  it('a failing briefing says so over the map, which keeps working, and the header still leaves it', async () => {
    const p = await app.open('?lang=en&brief=rubber~rubber-medical~mohan', '', {
      allow: /injected fault: briefing/,
      before: async (page) => {
        await page.addInitScript(() => {
          window.__xsbnFaults = new Set(['briefing']);
        });
      },
    });
    const box = p.getByTestId('error-briefing');
    await box.waitFor();
    expect(await box.textContent()).toContain('Briefing');
    expect(await p.evaluate(() => (window.__map?.queryRenderedFeatures().length ?? 0) > 0)).toBe(true);
    // Retry brings the presenter (the fault was one-shot); the header's Leave ends it either way.
    await p.getByTestId('retry-briefing').click();
    await p.getByTestId('briefing').waitFor();
    await p.getByTestId('brief-leave').click();
    await p.getByTestId('briefing').waitFor({ state: 'detached' });
    await p.getByTestId('brief-open').waitFor();
    expect(await p.getByTestId('side-panel').isVisible()).toBe(true);
  });

  it('says it in English in the English UI', async () => {
    const p = await app.open('?lang=en&panel=gaps&ind=rubber', '', {
      allow: /injected fault: panel-gaps/,
      before: async (page) => {
        await page.addInitScript(() => {
          window.__xsbnFaults = new Set(['panel-gaps']);
        });
      },
    });
    const box = p.getByTestId('error-panel-gaps');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Gaps & hosts failed');
    expect(text).toContain('Retry');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('data files that fail', () => {
  it('a missing nodes file: the app says which layer is missing, works without it, and Retry brings it', async () => {
    let broken: Awaited<ReturnType<typeof breakFile>> | undefined;
    const p0 = await app.open('?lang=zh', '', {
      allow: /nodes\.geojson|404/,
      before: async (page) => {
        broken = await breakFile(page, /\/geo\/nodes\.geojson/, { status: 404 });
      },
    });
    const banner = await textOf(p0, 'data-missing');
    expect(banner).toContain('产业链节点');
    expect(banner).toContain('geo/nodes.geojson');
    expect(banner).toContain('HTTP 404');
    expect(await textOf(p0, 'shown-count')).toContain('0 / 0');
    await broken?.release();
    await p0.getByTestId('data-retry').click();
    await p0.getByTestId('data-missing').waitFor({ state: 'detached' });
    await expect.poll(() => textOf(p0, 'shown-count')).toContain('60 / 60');
  });

  it('node counts the build made that are missing, unreadable or for other nodes: counted from the nodes, the same', async () => {
    const counts = (p: Page) =>
      p.evaluate(() => {
        const s = window.__map?.style.getGlobalState();
        return { badges: s?.parkCounts, active: s?.activeParks };
      });
    const p0 = await app.open('?lang=zh&ind=rubber');
    // The app reads the build's counts.
    expect(
      await p0.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => e.name.includes('/geo/node-cells.json')),
      ),
    ).toBe(true);
    const want = await counts(p0);
    expect(Object.values(want.badges as Record<string, number>).reduce((a, b) => a + b, 0)).toBeGreaterThan(
      0,
    );
    const other = JSON.stringify([
      { park: 'mohan', in_park: true, industry: 'rubber', stage: 'midstream', link: 'x', public: true, n: 1 },
    ]);
    // Missing (an unreadable file takes the same path: the query fails), and cells of other nodes.
    for (const reply of [{ status: 404 }, { body: other }]) {
      const p = await app.open('?lang=zh&ind=rubber', '', {
        allow: /node-cells\.json|404/,
        before: (page) => breakFile(page, /\/geo\/node-cells\.json/, reply),
      });
      expect(await counts(p), JSON.stringify(reply)).toEqual(want);
      expect(await textOf(p, 'shown-count')).toMatch(/ \/ 60/);
      expect(await p.getByTestId('data-missing').count()).toBe(0);
    }
  });

  it('a truncated catalogue: the page says the data cannot be read, with Retry that works', async () => {
    let broken: Awaited<ReturnType<typeof breakFile>> | undefined;
    const p = await app.openNoMap('?lang=zh&page=parks', {
      allow: /catalog\.json/,
      before: async (page) => {
        broken = await breakFile(page, /\/geo\/catalog\.json/, { body: '{"rules": {"revenue_per' });
      },
    });
    await p.getByTestId('data-error').waitFor();
    const err = await textOf(p, 'data-error');
    expect(err).toContain('园区与产业目录');
    expect(err).toContain('已损坏');
    // The header (language, search) is still there.
    await p.getByTestId('lang-switch').click();
    await expect.poll(() => textOf(p, 'data-error')).toContain('Park and industry catalogue');
    await broken?.release();
    await p.getByTestId('data-retry').click();
    await p.getByTestId('directory').waitFor();
  });

  it('a polygon file of the wrong shape: the planner tab names it and offers Retry that works', async () => {
    const wrong = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature' }] });
    let broken: Awaited<ReturnType<typeof breakFile>> | undefined;
    const p = await app.open('?lang=zh&panel=sites', '', {
      before: async (page) => {
        broken = await breakFile(page, /\/geo\/counties\.geojson/, { body: wrong });
      },
    });
    const err = p.getByTestId('workbench-data-error');
    await err.waitFor();
    expect(await err.textContent()).toContain('县界');
    expect(await err.textContent()).toContain('geo/counties.geojson');
    // The rest of the panel works: the measuring tools are there.
    expect(await p.getByTestId('tool-site').isEnabled()).toBe(true);
    await broken?.release();
    await p.getByTestId('workbench-data-retry').click();
    await err.waitFor({ state: 'detached' });
  });

  it('a map layer that fails to load is named over the map, and Retry draws it', async () => {
    let broken: Awaited<ReturnType<typeof breakFile>> | undefined;
    const p = await app.open('?lang=zh', '', {
      allow: /zones\.geojson|404/,
      before: async (page) => {
        broken = await breakFile(page, /\/geo\/zones\.geojson/, { status: 404 });
      },
    });
    await p.getByTestId('layers-missing').waitFor();
    expect(await textOf(p, 'layers-missing')).toContain('一轴两翼范围');
    // The rest of the map is drawn.
    expect(await p.evaluate(() => window.__map?.querySourceFeatures('parks').length ?? 0)).toBeGreaterThan(0);
    await broken?.release();
    await p.getByTestId('retry-layers').click();
    await p.getByTestId('layers-missing').waitFor({ state: 'detached' });
    await expect
      .poll(() => p.evaluate(() => window.__map?.querySourceFeatures('zones').length ?? 0))
      .toBeGreaterThan(0);
  });
});

describe('the label glyphs', () => {
  it('a glyph bundle that fails to load: the map says so and draws its labels from the font files', async () => {
    const p = await app.open('?lang=zh', '', {
      allow: /map-glyphs\.bin|404|glyph range/i,
      before: async (page) => {
        await breakFile(page, /\/fonts\/map-glyphs\.bin/, { status: 404 });
      },
    });
    await p.getByTestId('glyphs-missing').waitFor();
    expect(await textOf(p, 'glyphs-missing')).toContain('已改用字体文件绘制');
    await waitForMapIdle(p);
    // Labels are placed (parks' names among them), and their glyphs came from the font files.
    await expect
      .poll(() =>
        p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['parks-label'] }).length ?? 0),
      )
      .toBeGreaterThan(0);
    const fontFiles = await p.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter(
            (e) => (e as PerformanceResourceTiming).initiatorType === 'fetch' && e.name.endsWith('.woff2'),
          ).length,
    );
    expect(fontFiles).toBeGreaterThan(0);
  });
});

describe('offline and lost contexts', () => {
  it('a planner tab opened offline says its code could not load, and comes back with the network', async () => {
    const p = await app.open('?lang=zh', '', {
      allow: /ERR_INTERNET_DISCONNECTED|dynamically imported|Failed to fetch|preload CSS/,
    });
    await p.context().setOffline(true);
    try {
      await p.getByTestId('tab-checks').click();
      const box = p.getByTestId('error-panel-checks');
      await box.waitFor();
      expect(await box.textContent()).toContain('布局核查出错了');
      expect(await box.textContent()).toContain('网络恢复后会自动重试');
      // The rest of the page is intact.
      await p.getByTestId('tab-legend').click();
      await p.getByTestId('legend').waitFor();
      await p.getByTestId('tab-checks').click();
      await box.waitFor();
    } finally {
      await p.context().setOffline(false);
    }
    // The network is back: the tab tries again by itself (the browser fires "online"). Where the
    // browser kept the failed modules as failed (no new request), the box says so and offers a reload,
    // which brings the tab back: the view is in the URL.
    const panel = p.getByTestId('checks-panel');
    const reload = p.getByTestId('reload-panel-checks');
    await panel.or(reload).waitFor();
    if (await reload.isVisible()) {
      expect(await p.getByTestId('error-panel-checks').textContent()).toContain('重新加载页面');
      await reload.click();
      await waitForMapIdle(p);
    }
    await panel.waitFor();
    await expect
      .poll(() =>
        p.evaluate(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every(
            (l) => l.sheet !== null,
          ),
        ),
      )
      .toBe(true);
  });

  it('a lost WebGL context is said while it lasts, and the map draws again when it is back', async () => {
    const p = await app.open('?lang=zh');
    await p.evaluate(() => {
      const canvas = window.__map?.getCanvas();
      const gl = (canvas?.getContext('webgl2') ?? canvas?.getContext('webgl')) as WebGLRenderingContext;
      const ext = gl.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose: WEBGL_lose_context | null }).__lose = ext;
      ext?.loseContext();
    });
    await p.getByTestId('context-lost').waitFor();
    expect(await textOf(p, 'context-lost')).toContain('正在恢复');
    await p.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
    await p.getByTestId('context-lost').waitFor({ state: 'detached' });
    await p.evaluate(() => {
      window.__map?.jumpTo({ zoom: 9.5 });
    });
    await waitForMapIdle(p);
    expect(
      await p.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['parks-fill'] }).length),
    ).toBeGreaterThan(0);
  });
});

describe('async actions that fail', () => {
  it('an import whose code cannot load ends its busy state and says why', async () => {
    const p = await app.open('?lang=zh&panel=checks', '', {
      allow: /import-(file|worker)|dynamically imported|Failed to fetch|INTERNET_DISCONNECTED/,
    });
    await p.getByTestId('checks-panel').waitFor();
    // The import runs in a module worker (assets/import-worker-*.js): its load fails.
    await p.route(/assets\/import-(file|worker)-[^/]*\.js/, (r) => r.abort('internetdisconnected'));
    await p.getByTestId('import-input').setInputFiles({
      name: 'sites.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type":"FeatureCollection","features":[]}'),
    });
    await p.getByTestId('import-error').waitFor();
    expect(await textOf(p, 'import-error')).toContain('无法导入 sites.geojson');
    expect(await p.getByTestId('import-button').isEnabled()).toBe(true);
    expect(await p.getByTestId('import-button').textContent()).toBe('导入');
  });

  it('typing in the filter search box does not rewrite history per keystroke, and the URL gets the last text', async () => {
    const p = await app.open('?lang=zh', '', {
      before: async (page) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __replaced: number };
          w.__replaced = 0;
          const original = history.replaceState.bind(history);
          history.replaceState = (...args: Parameters<History['replaceState']>) => {
            w.__replaced++;
            original(...args);
          };
        });
      },
    });
    // MapLibre writes the camera hash with replaceState too: count only what typing adds.
    await waitForMapIdle(p);
    const before = await p.evaluate(() => (window as unknown as { __replaced: number }).__replaced);
    await p.getByPlaceholder('搜索企业或项目').pressSequentially('sample rubber', { delay: 20 });
    await expect.poll(() => p.url()).toContain('q=sample+rubber');
    const typed = (await p.evaluate(() => (window as unknown as { __replaced: number }).__replaced)) - before;
    expect(typed).toBeLessThanOrEqual(2);
  });
});
