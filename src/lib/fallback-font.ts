import { assetUrl } from './paths';

/**
 * The full Noto Sans SC subsets (for characters the build never saw: a typed query, an imported name)
 * are declared in a 100 kB stylesheet. The cut-down "XSBN Sans" in index.html covers every character
 * of the app's own text, so the fallback is added only when the user starts typing or importing, or a
 * few seconds after load when the browser is idle — never competing with the first paint.
 */
export function loadFallbackFont(doc: Document = document): void {
  if (doc.querySelector('link[data-fallback-font]')) return;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = assetUrl('fonts/noto-sans-sc.css');
  link.dataset.fallbackFont = '';
  doc.head.append(link);
}

const IDLE_AFTER_LOAD_MS = 3000;

export function loadFallbackFontLater(doc: Document = document): void {
  const idle = () => {
    const add = () => loadFallbackFont(doc);
    if ('requestIdleCallback' in window) window.requestIdleCallback(add, { timeout: 2000 });
    else add();
  };
  const afterLoad = () => setTimeout(idle, IDLE_AFTER_LOAD_MS);
  if (doc.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
