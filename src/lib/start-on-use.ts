/**
 * When a pre-rendered page (a park profile, the directory) starts the app. Its HTML is the whole page:
 * readable, its links plain links, with no script run. Evaluating the app (React and the app, ~340 kB)
 * takes a phone's main thread for about a second, so on such a page the app starts only when it is
 * needed: at the reader's first sign of use (a pointer moving or pressing, a touch, a key, a focus, a
 * wheel), or at once where the page as rendered may not be what the app would show (a query or a hash
 * in the address, the bureau's own data in this browser). A button pressed before the app is up is
 * pressed again once it is (`replayClicks`); links navigate as links do.
 *
 * No imports: this runs in the entry chunk, before any of the app is loaded.
 */

/** The bureau's IndexedDB database and store (src/lib/data/bureau-db.ts; a unit test keeps them equal). */
export const BUREAU_DB_NAME = 'xsbn-bureau';
export const BUREAU_STORE_NAME = 'bureau';

/** Fired on window once the app has rendered its first view (main.tsx): held clicks are replayed then. */
export const APP_READY = 'xsbn:ready';

/** The events that mean someone is using the page. */
export const USE_EVENTS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
] as const;

/** Whether the address asks for more than the page as pre-rendered: a query (?sample=0, ?lang=) or a hash. */
export function addressAsksForMore(loc: { search: string; hash: string }): boolean {
  return loc.search.replace(/^\?/, '') !== '' || loc.hash.replace(/^#/, '') !== '';
}

/**
 * Whether this browser holds the bureau's own data (a pre-rendered page shows the shipped data). Where
 * that cannot be told (no indexedDB.databases, an error), it answers yes: the app then decides.
 */
export async function holdsBureauData(idb: IDBFactory | undefined): Promise<boolean> {
  if (!idb) return false;
  if (typeof idb.databases !== 'function') return true;
  try {
    const list = await idb.databases();
    if (!list.some((d) => d.name === BUREAU_DB_NAME)) return false;
    return await new Promise<boolean>((resolve) => {
      const req = idb.open(BUREAU_DB_NAME);
      req.onerror = () => resolve(true);
      req.onsuccess = () => {
        const db = req.result;
        try {
          if (!db.objectStoreNames.contains(BUREAU_STORE_NAME)) return resolve(false);
          const count = db.transaction(BUREAU_STORE_NAME, 'readonly').objectStore(BUREAU_STORE_NAME).count();
          count.onsuccess = () => resolve(count.result > 0);
          count.onerror = () => resolve(true);
        } catch {
          resolve(true);
        } finally {
          db.close();
        }
      };
    });
  } catch {
    return true;
  }
}

/** Calls `start` once, at the first of the use events on `target`. Returns a function that stops listening. */
export function onFirstUse(target: EventTarget, start: () => void): () => void {
  const opts = { capture: true, passive: true } as const;
  const stop = () => {
    for (const e of USE_EVENTS) target.removeEventListener(e, fire, opts);
  };
  function fire() {
    stop();
    start();
  }
  for (const e of USE_EVENTS) target.addEventListener(e, fire, opts);
  return stop;
}

/** What a click before the app is up lands on that the app, not the browser, acts on. */
const APP_CONTROL = 'button, [role="button"], [role="tab"], [role="switch"], [role="menuitem"]';

/**
 * Holds clicks on the page's controls until `ready` fires on `win`, then clicks them again (the same
 * element when hydration kept it; else the element with the same id or data-testid). Links and form
 * fields are left to the browser.
 */
export function replayClicks(doc: Document, win: EventTarget, ready: string): void {
  const held: { el: Element; id: string; testId: string }[] = [];
  const hold = (e: Event) => {
    const el = e.target instanceof Element ? e.target.closest(APP_CONTROL) : null;
    if (!el || el.closest('a[href]')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!held.some((h) => h.el === el))
      held.push({ el, id: el.id, testId: el.getAttribute('data-testid') ?? '' });
  };
  doc.addEventListener('click', hold, true);
  win.addEventListener(
    ready,
    () => {
      doc.removeEventListener('click', hold, true);
      for (const h of held.splice(0)) {
        const el = h.el.isConnected
          ? h.el
          : h.id
            ? doc.getElementById(h.id)
            : h.testId
              ? doc.querySelector(`[data-testid="${CSS.escape(h.testId)}"]`)
              : null;
        if (el instanceof HTMLElement) el.click();
      }
    },
    { once: true },
  );
}
