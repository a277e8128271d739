/**
 * The phone's bottom sheet (375×812, touch) and the camera that keeps a selection in the part of the
 * map the panels leave visible; the details' keyboard behaviour on a desktop (focus to the heading on
 * open, Esc closes and gives focus back to what opened them).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session, waitForMapIdle, watchPage } from '../support/browser';
import { type Served, serve } from '../support/server';

let server: Served;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.stop();
});

/** One browser and one map page for a describe block; nothing may fail or go to another origin. */
function onePage(viewport: { width: number; height: number }, device = {}) {
  const ctx: { s?: Session; p?: Page; w?: ReturnType<typeof watchPage> } = {};
  beforeAll(async () => {
    ctx.s = await launch(viewport, [], 'zh-CN', device);
    ctx.p = await ctx.s.context.newPage();
    ctx.w = watchPage(ctx.p, server.url.replace(/\/$/, ''));
    await ctx.p.goto(`${server.url}?lang=zh`);
    await waitForMapIdle(ctx.p);
  });
  afterAll(async () => {
    expect(ctx.w?.foreign, 'requests to other origins').toEqual([]);
    expect(ctx.w?.failed, 'failed requests').toEqual([]);
    expect(ctx.w?.errors, 'console errors').toEqual([]);
    await ctx.s?.close();
  });
  return () => ctx.p as Page;
}

/** The camera has settled (a fly or fit may still be under way when the store changed). */
async function settled(p: Page) {
  await p.waitForFunction(() => window.__map !== undefined && !window.__map.isMoving());
  await waitForMapIdle(p);
}

/** Selects a park as the search and the list do (select + camera request), then waits for the camera. */
async function selectPark(p: Page, id: string) {
  await p.evaluate((park) => window.__store?.getState().selectAndFocus({ kind: 'park', id: park }), id);
  await p.getByTestId('details').waitFor();
  await p.waitForTimeout(50);
  await settled(p);
}

/** Each park's bbox, from the built catalog the app reads. */
let bboxes: Record<string, [number, number, number, number]> = {};
beforeAll(async () => {
  const catalog = (await (await fetch(`${server.url}geo/catalog.json`)).json()) as {
    parks: { id: string; bbox: [number, number, number, number] }[];
  };
  bboxes = Object.fromEntries(catalog.parks.map((x) => [x.id, x.bbox]));
});

/**
 * Where a park's bbox lies against the visible part of the map: the map's box less the rects of what
 * covers it (the header is above the map's box; the panels over it are data-map-cover).
 */
function parkInView(p: Page, id: string) {
  const bbox = bboxes[id];
  if (!bbox) throw new Error(`no park ${id} in the catalog`);
  return p.evaluate(([w, s, e, n]) => {
    const m = window.__map;
    if (!m) return { error: 'no map' };
    const box = m.getContainer().getBoundingClientRect();
    const corners: [number, number][] = [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ];
    const pts = corners.map((c) => {
      const q = m.project(c);
      return { x: q.x + box.left, y: q.y + box.top };
    });
    const covers = [...document.querySelectorAll<HTMLElement>('[data-map-cover]')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const header = document.querySelector('header.top')?.getBoundingClientRect();
    // A corner under a cover, or the box crossing one (a cover's corner inside the park's box).
    const minX = Math.min(...pts.map((q) => q.x));
    const maxX = Math.max(...pts.map((q) => q.x));
    const minY = Math.min(...pts.map((q) => q.y));
    const maxY = Math.max(...pts.map((q) => q.y));
    const overlapping = covers.filter(
      (r) => r.left < maxX && r.right > minX && r.top < maxY && r.bottom > minY,
    );
    return {
      underCovers: overlapping.length,
      outsideMap: pts.filter((q) => q.x < box.left || q.x > box.right || q.y < box.top || q.y > box.bottom)
        .length,
      belowHeader: header ? minY >= header.bottom : false,
      size: Math.round(Math.min(maxX - minX, maxY - minY)),
    };
  }, bbox);
}

/** A finger swiping up by `dy` px at (x, y): the content under it scrolls down. */
async function touchScroll(p: Page, x: number, y: number, dy: number) {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: y - (dy * i) / 10 }],
    });
    await p.waitForTimeout(16);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
  await p.waitForTimeout(300);
}

/** A finger dragging from (x, y0) to (x, y1) in steps, then lifted. */
async function touchDrag(p: Page, x: number, y0: number, y1: number, steps = 12) {
  const cdp = await p.context().newCDPSession(p);
  const at = (y: number) => [{ x, y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(y0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(y0 + ((y1 - y0) * i) / steps),
    });
    await p.waitForTimeout(30);
  }
  // A rest before lifting: a slow drag snaps to the nearest state, not as a fling.
  await p.waitForTimeout(150);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/**
 * The share of points of the visible map (below the map's top, above the sheets, left of the
 * controls) where the screen shows what the map drew. Chromium on a phone once showed a white block
 * there, over the selected park, while the canvas held the park: a test of geometry alone passed.
 */
async function shownAsDrawn(p: Page): Promise<number> {
  const drawn = await p.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const m = window.__map;
        if (!m) return resolve('');
        m.once('render', () => resolve(m.getCanvas().toDataURL()));
        m.triggerRepaint();
      }),
  );
  const shot = `data:image/png;base64,${(await p.screenshot()).toString('base64')}`;
  return p.evaluate(
    async ([drawnUrl, shotUrl]) => {
      const pixels = async (src: string) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const g = c.getContext('2d');
        if (!g) throw new Error('no 2d context');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, c.width, c.height);
      };
      const m = window.__map;
      if (!m || !drawnUrl) return -1;
      const [map, screen] = await Promise.all([pixels(drawnUrl), pixels(shotUrl)]);
      const box = m.getCanvas().getBoundingClientRect();
      const k = map.width / box.width;
      const sheets = [...document.querySelectorAll<HTMLElement>('.sheet')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      const bottom = Math.min(box.bottom, ...sheets.map((r) => r.top)) - 4;
      const controls = document.querySelector('.maplibregl-ctrl-top-right')?.getBoundingClientRect();
      const right = Math.min(box.right, controls ? controls.left : box.right) - 4;
      let same = 0;
      let all = 0;
      for (let y = box.top + 4; y < bottom; y += 6)
        for (let x = box.left + 4; x < right; x += 6) {
          const i = (Math.round((y - box.top) * k) * map.width + Math.round((x - box.left) * k)) * 4;
          const j = (Math.round(y * k) * screen.width + Math.round(x * k)) * 4;
          let d = 0;
          for (let c = 0; c < 3; c++)
            d = Math.max(d, Math.abs((map.data[i + c] ?? 0) - (screen.data[j + c] ?? 255)));
          all++;
          if (d <= 12) same++;
        }
      return all ? same / all : -1;
    },
    [drawn, shot] as const,
  );
}

const visibleSheets = (p: Page) =>
  p.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.sheet')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).display !== 'none';
      }).length,
  );

describe('the bottom sheet on a phone (375×812, touch)', () => {
  const page = onePage({ width: 375, height: 812 }, { hasTouch: true, isMobile: true });
  const sheet = (p: Page) => p.getByTestId('side-panel');

  it('starts peeked: the handle and the tabs, in one row that scrolls sideways', async () => {
    const p = page();
    expect(await sheet(p).getAttribute('data-sheet')).toBe('peek');
    const handle = p.getByTestId('side-sheet-handle');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    expect(await handle.getAttribute('aria-label')).toContain('收起');
    const tabs = await p.evaluate(() => {
      const list = document.querySelector<HTMLElement>('.side-panel [role=tablist]');
      const tops = [...(list?.querySelectorAll('[role=tab]') ?? [])].map(
        (t) => t.getBoundingClientRect().top,
      );
      return {
        rows: new Set(tops.map(Math.round)).size,
        scrolls: list
          ? list.scrollWidth > list.clientWidth && getComputedStyle(list).overflowX === 'auto'
          : false,
      };
    });
    expect(tabs).toEqual({ rows: 1, scrolls: true });
    const r = await sheet(p).boundingBox();
    expect(r && r.y + r.height).toBeCloseTo(812, 0);
    expect(r?.height).toBeLessThan(120);
  });

  it('a tab chosen opens the sheet to half, scrolled to its top, with the tab content on screen', async () => {
    const p = page();
    for (const tab of ['list', 'legend', 'chain', 'gaps', 'matrix'] as const) {
      // The previous tab's body scrolled away from its top: the new tab starts at its top.
      await p.evaluate(() => {
        const b = document.getElementById('side-body');
        if (b) b.scrollTop = 200;
      });
      await p.getByTestId(`tab-${tab}`).click();
      expect(await p.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
      expect(['half', 'full']).toContain(await sheet(p).getAttribute('data-sheet'));
      // The sheet slides up to half (a transition) and the tab's body may render a frame later.
      await expect
        .poll(
          () =>
            p.evaluate(() => {
              const b = document.getElementById('side-body');
              const first = b?.firstElementChild?.getBoundingClientRect();
              const r = b?.getBoundingClientRect();
              return {
                top: b?.scrollTop,
                shown: !!first && !!r && first.height > 0 && first.top < window.innerHeight && r.height > 150,
              };
            }),
          { message: tab, timeout: 5000 },
        )
        .toEqual({ top: 0, shown: true });
      // The map above the half sheet shows on screen as drawn.
      await expect
        .poll(() => shownAsDrawn(p), { message: `${tab}: map on screen`, timeout: 5000 })
        .toBeGreaterThan(0.95);
      // The chosen tab is scrolled into its row.
      const tabBox = await p.getByTestId(`tab-${tab}`).boundingBox();
      expect(tabBox && tabBox.x >= 0 && tabBox.x + tabBox.width <= 375).toBe(true);
    }
  });

  it('the sheet scrolls inside itself; the page, the header and the map stay put', async () => {
    const p = page();
    // The legend is longer than the screen.
    await p.getByTestId('tab-legend').click();
    await p.getByTestId('side-sheet-handle').click();
    expect(await sheet(p).getAttribute('data-sheet')).toBe('full');
    const before = await p.evaluate(() => document.querySelector('header.top')?.getBoundingClientRect().top);
    const bodyBox = await p.locator('#side-body').boundingBox();
    if (!bodyBox) throw new Error('no sheet body');
    expect(
      await p.evaluate(
        () => getComputedStyle(document.getElementById('side-body') as Element).overscrollBehaviorY,
      ),
    ).toBe('contain');
    await touchScroll(p, 180, bodyBox.y + bodyBox.height - 60, 300);
    const after = await p.evaluate(() => ({
      body: document.getElementById('side-body')?.scrollTop ?? 0,
      page: window.scrollY + document.documentElement.scrollTop + document.body.scrollTop,
      header: document.querySelector('header.top')?.getBoundingClientRect().top,
    }));
    expect(after.body).toBeGreaterThan(50);
    expect(after.page).toBe(0);
    expect(after.header).toBe(before);
    // A swipe on the header does not move the page either.
    await touchScroll(p, 180, 40, 300);
    expect(await p.evaluate(() => window.scrollY + document.documentElement.scrollTop)).toBe(0);
    expect(await p.evaluate(() => document.querySelector('header.top')?.getBoundingClientRect().top)).toBe(
      before,
    );
  });

  it('the handle: a drag snaps to the nearest height, a tap steps, the keyboard works it', async () => {
    const p = page();
    const handle = p.getByTestId('side-sheet-handle');
    expect(await sheet(p).getAttribute('data-sheet')).toBe('full');
    const h = await handle.boundingBox();
    if (!h) throw new Error('no handle');
    // From full (top near the header) down to about the middle of the map: half.
    const body = await p.locator('main.body').boundingBox();
    if (!body) throw new Error('no body');
    await touchDrag(p, h.x + h.width / 2, h.y + h.height / 2, body.y + body.height * 0.5);
    await expect.poll(() => sheet(p).getAttribute('data-sheet')).toBe('half');
    // Down to the bottom: peek.
    const h2 = await handle.boundingBox();
    if (!h2) throw new Error('no handle');
    await touchDrag(p, h2.x + h2.width / 2, h2.y + h2.height / 2, 800);
    await expect.poll(() => sheet(p).getAttribute('data-sheet')).toBe('peek');
    expect(await handle.getAttribute('aria-expanded')).toBe('false');
    // Keyboard: Enter steps up, ↓ steps down.
    await handle.focus();
    await p.keyboard.press('Enter');
    expect(await sheet(p).getAttribute('data-sheet')).toBe('half');
    expect(await handle.getAttribute('aria-label')).toContain('半屏');
    await p.keyboard.press('ArrowUp');
    expect(await sheet(p).getAttribute('data-sheet')).toBe('full');
    await p.keyboard.press('ArrowDown');
    expect(await sheet(p).getAttribute('data-sheet')).toBe('half');
  });

  it('a selected park lies in the visible map, above the details sheet; one sheet at a time; × gives the explorer back', async () => {
    const p = page();
    // The explorer open (a tab chosen: at least half): it must come back as it was.
    await p.getByTestId('tab-legend').click();
    const explorer = await sheet(p).getAttribute('data-sheet');
    expect(['half', 'full']).toContain(explorer);
    for (const id of ['menghai', 'mohan-zone', 'gasa']) {
      await selectPark(p, id);
      expect(await visibleSheets(p), id).toBe(1);
      expect(await p.getByTestId('side-panel').isVisible()).toBe(false);
      const v = await parkInView(p, id);
      expect(v, id).toMatchObject({ underCovers: 0, outsideMap: 0, belowHeader: true });
      // Framed, not a dot: the park fills much of the visible map.
      expect((v as { size: number }).size, id).toBeGreaterThan(60);
      // And on screen: what the map drew there is what shows, not a blank block over the park.
      expect(await shownAsDrawn(p), id).toBeGreaterThan(0.95);
    }
    const details = p.locator('aside.details-side');
    expect(await details.getAttribute('data-sheet')).toBe('half');
    // The details scroll inside their sheet under a title row that stays.
    await p.evaluate(() => {
      const s = document.querySelector('.details-scroll');
      if (s) s.scrollTop = 300;
    });
    const title = await p.locator('#details-title').boundingBox();
    const close = await p.getByTestId('details-close').boundingBox();
    const box = await details.boundingBox();
    expect(title && box && title.y - box.y).toBeLessThan(60);
    expect(close && box && close.y - box.y).toBeLessThan(60);
    await p.screenshot({ path: 'test-results/screens/test-phone-sheet-details.png' });
    await p.getByTestId('details-close').click();
    await p.getByTestId('side-panel').waitFor();
    expect(await sheet(p).getAttribute('data-sheet')).toBe(explorer);
    expect(await visibleSheets(p)).toBe(1);
  });
});

describe('details on a desktop: camera clear of the panels; focus and Esc', () => {
  const page = onePage({ width: 1366, height: 768 });

  it('a selected park lands between the side panel and the details', async () => {
    const p = page();
    for (const id of ['mohan-zone', 'menglun']) {
      await selectPark(p, id);
      expect(await parkInView(p, id), id).toMatchObject({ underCovers: 0, outsideMap: 0, belowHeader: true });
    }
    await p.getByTestId('details-close').click();
  });

  it('opening from the search moves focus to the heading; Esc closes and gives focus back to the box', async () => {
    const p = page();
    const box = p.getByTestId('search');
    await box.focus();
    await p.keyboard.type('mh');
    await p.getByRole('listbox').locator('[role=option]').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await p.getByTestId('details').waitFor();
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await p.keyboard.press('Escape');
    await p.getByTestId('details').waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search');
    await settled(p);
  });

  it('× also gives focus back; a map click opens details and Esc returns focus to the map', async () => {
    const p = page();
    const opener = p.getByTestId('tab-legend');
    await opener.focus();
    // A record opened from a focused control (as a list row or a card does).
    await opener.evaluate(() => window.__store?.getState().select({ kind: 'park', id: 'menghai' }));
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await p.getByTestId('details-close').click();
    await p.getByTestId('details').waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('tab-legend');

    // A click on a park on the map.
    await selectPark(p, 'menghai');
    await p.getByTestId('details-close').click();
    const [w, so, e, n] = bboxes.menghai ?? ([0, 0, 0, 0] as const);
    const at = await p.evaluate(
      (c: [number, number]) => {
        const m = window.__map;
        if (!m) return null;
        const q = m.project(c);
        if (m.queryRenderedFeatures([q.x, q.y], { layers: ['parks-fill'] }).length === 0) return null;
        const box = m.getContainer().getBoundingClientRect();
        return { x: q.x + box.left, y: q.y + box.top };
      },
      [(w + e) / 2, (so + n) / 2] as [number, number],
    );
    if (!at) throw new Error('no park drawn at the centre');
    await p.mouse.click(at.x, at.y);
    await p.getByTestId('details').waitFor();
    await expect.poll(() => p.evaluate(() => document.activeElement?.id)).toBe('details-title');
    await p.keyboard.press('Escape');
    await p.getByTestId('details').waitFor({ state: 'detached' });
    expect(await p.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(
      true,
    );
  });
});
