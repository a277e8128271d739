import type { Page } from 'playwright-core';

/**
 * Text the user can see or hear in the app (not scripts, styles, or an error's technical details);
 * `root`: only inside the first element matching this selector.
 */
export function visibleText(p: Page, root?: string): Promise<string[]> {
  return p.evaluate((sel) => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) {
        const el = n.parentElement;
        if (el && el.closest('[hidden], details:not([open]) > :not(summary)') === null)
          out.push(n.textContent ?? '');
        return;
      }
      if (!(n instanceof Element)) return;
      if (['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT'].includes(n.tagName)) return;
      for (const a of ['title', 'aria-label', 'placeholder', 'alt']) {
        const v = n.getAttribute(a);
        if (v) out.push(v);
      }
      for (const c of n.childNodes) walk(c);
    };
    walk((sel ? document.querySelector(sel) : null) ?? document.body);
    return out;
  }, root);
}
