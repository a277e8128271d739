/**
 * Issue 14, legibility, in Chromium: on the map page, the directory and a profile, in Chinese and
 * English, on a 1366×768 desktop and a 375×812 touch phone:
 * - every visible text is at least 12 px;
 * - every visible control is at least 24 × 24 px, 44 × 44 on the touch phone (pointer: coarse). As
 *   WCAG 2.5.8 allows, a link inside running text (an inline link whose block holds more text than the
 *   link) is exempt; a control inside a <label> counts the label's box, a stretched link (::after over
 *   its card) the card's;
 * - the panels over the map are opaque (background alpha 1).
 * And a whole directory card opens its profile; a firm row on a profile opens the firm on the map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type OpenOptions, setupApp } from '../support/harness';

interface Audit {
  texts: number;
  small: string[];
  controls: number;
  exempt: number;
  tiny: string[];
  panels: number;
  seeThrough: string[];
  coarse: boolean;
}

/** Reads the page: what is too small, too see-through; counts, so an empty page cannot pass. */
function audit(p: Page, minTarget: number): Promise<Audit> {
  return p.evaluate((min) => {
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      // Visually hidden (sr-only) and parked off-screen (a skip link until focused) are not shown.
      if (r.width <= 1 || r.height <= 1) return false;
      if (r.right <= 0 || r.bottom <= 0) return false;
      return true;
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 24)}"`;

    // Text: every text node with letters or digits, sized by its parent element.
    let texts = 0;
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !/[\p{L}\p{N}]/u.test(n.textContent ?? '')) continue;
      if (el.closest('script, style, noscript, [hidden], [aria-hidden="true"]')) continue;
      if (!shown(el)) continue;
      // A text clipped to nothing (sr-only) has a parent box of 1 px: skipped above.
      texts++;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) small.push(`${name(el)} ${size}px`);
    }

    // Targets.
    let controls = 0;
    let exempt = 0;
    const tiny: string[] = [];
    const sel =
      'a[href], button, input, select, textarea, summary, [role="button"], [role="tab"], [role="option"], [role="checkbox"], [role="switch"], [tabindex]:not([tabindex="-1"])';
    const blockOf = (el: Element): Element => {
      let b = el.parentElement;
      while (b && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
      return b ?? document.body;
    };
    for (const el of document.querySelectorAll(sel)) {
      if (!shown(el)) continue;
      if (el.closest('[inert]')) continue;
      controls++;
      let box: Element = el;
      const label = el.closest('label');
      if (label && (el as HTMLInputElement).type !== undefined && el.tagName === 'INPUT') box = label;
      const after = getComputedStyle(el, '::after');
      if (el.tagName === 'A' && after.position === 'absolute' && after.content !== 'none') {
        let c = el.parentElement;
        while (c && getComputedStyle(c).position === 'static') c = c.parentElement;
        if (c) box = c;
      }
      if (el.tagName === 'A' && box === el && getComputedStyle(el).display === 'inline') {
        const own = (el.textContent ?? '').trim().length;
        const around = (blockOf(el).textContent ?? '').trim().length;
        if (around > own + 1) {
          exempt++;
          continue;
        }
      }
      const r = box.getBoundingClientRect();
      // Subpixel layout: 43.99 is 44.
      if (r.width < min - 0.5 || r.height < min - 0.5)
        tiny.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }

    // Panels over the map: opaque.
    const seeThrough: string[] = [];
    const panels = [...document.querySelectorAll('.panel, .top, .details, .side-panel')].filter(shown);
    for (const el of panels) {
      const bg = getComputedStyle(el).backgroundColor;
      const m = /rgba?\(([^)]+)\)/.exec(bg);
      const parts = m?.[1]?.split(/[\s,/]+/).filter(Boolean) ?? [];
      const a = parts.length === 4 ? Number.parseFloat(parts[3] ?? '1') : 1;
      if (a < 1) seeThrough.push(`${name(el)} ${bg}`);
    }
    return {
      texts,
      small,
      controls,
      exempt,
      tiny,
      panels: panels.length,
      seeThrough,
      coarse: matchMedia('(pointer: coarse)').matches,
    };
  }, minTarget);
}

/** Touch emulation (pointer: coarse) before the page loads. */
const touch: OpenOptions = {
  before: async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  },
};

for (const [name, viewport, coarse] of [
  ['desktop', { width: 1366, height: 768 }, false],
  ['phone, touch', { width: 375, height: 812 }, true],
] as const) {
  describe(`legibility (${name})`, () => {
    const app = setupApp(viewport);
    const min = coarse ? 44 : 24;
    const opts = coarse ? touch : {};

    const check = async (p: Page, what: string, map: boolean) => {
      const a = await audit(p, min);
      expect(a.coarse, `${what}: pointer coarse`).toBe(coarse);
      expect(a.texts, `${what}: texts read`).toBeGreaterThan(10);
      expect(a.small, `${what}: text under 12 px`).toEqual([]);
      expect(a.controls, `${what}: controls read`).toBeGreaterThan(3);
      expect(a.tiny, `${what}: targets under ${min} px`).toEqual([]);
      if (map) expect(a.panels, `${what}: panels read`).toBeGreaterThan(0);
      expect(a.seeThrough, `${what}: see-through panels`).toEqual([]);
    };

    for (const lang of ['zh', 'en']) {
      it(`the map page (${lang}): text ≥ 12 px, targets ≥ ${min} px, opaque panels`, async () => {
        const p = await app.open(`?lang=${lang}`, '', opts);
        await check(p, `map ${lang}`, true);
      });
      it(`the directory and a profile (${lang}): text ≥ 12 px, targets ≥ ${min} px`, async () => {
        const d = await app.openNoMap(`?page=parks&lang=${lang}`, opts);
        await d.locator('.card').first().waitFor();
        await check(d, `directory ${lang}`, false);
        const pr = await app.openNoMap(`?page=park:menghai&lang=${lang}`, opts);
        await pr.getByTestId('park-profile').waitFor();
        await check(pr, `profile ${lang}`, false);
      });
    }

    it('a whole directory card opens its profile (a click on its lower corner, away from the title)', async () => {
      const p = await app.openNoMap('?page=parks&lang=zh', opts);
      const card = p.locator('.card').filter({ has: p.getByTestId('card-menghai') });
      await card.scrollIntoViewIfNeeded();
      const box = await card.boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      // The records line at the card's foot, right-hand side: no link there but the card's own.
      await p.mouse.click(box.x + box.width - 12, box.y + box.height - 8);
      await p.getByRole('heading', { level: 1, name: '勐海产业园区' }).waitFor();
      // No control nested inside the card's link.
      expect(await card.count()).toBe(0);
      await p.goBack();
      const nested = await p.evaluate(
        () => document.querySelectorAll('.card a a, .card a button, .card button, .card input').length,
      );
      expect(nested).toBe(0);
    });

    it("a firm row on a profile opens the firm's details on the map", async () => {
      const p = await app.openNoMap('?page=park:menghai&lang=en', opts);
      const row = p.getByTestId('node-link-te-01');
      await row.waitFor();
      // The map is the default page: a link to it carries the selection and no page=.
      const href = (await row.getAttribute('href')) ?? '';
      expect(href).toContain('sel=node%3Ate-01');
      expect(href).not.toContain('page=');
      await row.click();
      const details = p.getByTestId('details');
      await details.waitFor();
      await details.getByRole('heading', { name: 'Menghai Tea Co. (Dayi)' }).waitFor();
      expect(p.url()).toContain('sel=node%3Ate-01');
      expect(await details.getByTestId('node-status').isVisible()).toBe(true);
    });
  });
}
