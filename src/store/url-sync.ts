import type { Lang } from '@/i18n/lang';
import { browserLang, isLang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import { useAppStore } from './app-store';
import { cleanPath, decodePath } from './page-path';
import { decodeView, encodeView, pickView } from './url-codec';

const LANG_KEY = 'xsbn-industry-map.lang';
/** How long the view must be still before a change that is not a page change reaches the URL. */
export const URL_DEBOUNCE_MS = 400;

/**
 * Reads the view from the URL at boot (the language: the URL's, else the one remembered from the last
 * visit, else the browser's preferred language, else Chinese), then mirrors every change into it: a page change is a new history entry (so Back works),
 * anything else replaces the current one. The hash, owned by MapLibre for the camera, is kept.
 * @returns an unsubscribe function
 */
export function startUrlSync(
  describeIgnored: (ignored: string[]) => Message,
  storage: Pick<Storage, 'getItem' | 'setItem'> | null = null,
  preferred: readonly string[] = [],
): () => void {
  const read = () => {
    const { view, ignored } = decodeView(window.location.search);
    // A clean URL (/en/parks/menghai/) names the page and the language in its path.
    const route = decodePath(window.location.pathname);
    if (route.page && route.lang) {
      view.page = route.page;
      view.lang = route.lang;
    }
    let remembered: string | null | undefined;
    try {
      remembered = storage?.getItem(LANG_KEY);
    } catch {
      // A blocked store (cookies blocked): the language is simply not remembered.
    }
    if (!route.lang && !new URLSearchParams(window.location.search).has('lang')) {
      const first = browserLang(preferred);
      if (isLang(remembered)) view.lang = remembered as Lang;
      else if (first) view.lang = first;
    }
    useAppStore.setState({ ...view, ...(ignored.length > 0 ? { notice: describeIgnored(ignored) } : {}) });
  };
  read();
  let lastPage = useAppStore.getState().page;
  let lastLang = useAppStore.getState().lang;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const s = useAppStore.getState();
    const { path, search } = locationFor(s.page !== lastPage);
    const url = `${path}${search}${s.page === 'map' ? window.location.hash : ''}`;
    if (s.page !== lastPage) {
      lastPage = s.page;
      window.history.pushState(null, '', url);
      window.scrollTo(0, 0);
    } else if (path !== window.location.pathname || search !== window.location.search)
      window.history.replaceState(window.history.state, '', url);
    if (s.lang !== lastLang) {
      lastLang = s.lang;
      try {
        storage?.setItem(LANG_KEY, s.lang);
      } catch {
        // Private mode or a full store: the language simply is not remembered.
      }
    }
  };
  /**
   * Typing in a search box changes the view per keystroke: those writes wait until the view has been
   * still for DEBOUNCE_MS. A page change (a history entry) or a language switch is written at once,
   * and a pending write is flushed when the page is hidden or left, so the last state is never lost.
   */
  const schedule = () => {
    if (popping) return;
    const s = useAppStore.getState();
    if (s.page !== lastPage || s.lang !== lastLang) return write();
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, URL_DEBOUNCE_MS);
  };
  const flush = () => {
    if (timer !== null) write();
  };
  write();
  // Back and Forward: the view follows the address; nothing is written back (a write here would push
  // an entry, or move a ?page= address to its clean URL).
  let popping = false;
  const onPop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    popping = true;
    try {
      read();
    } finally {
      popping = false;
    }
    lastPage = useAppStore.getState().page;
    lastLang = useAppStore.getState().lang;
  };
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('popstate', onPop);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  const unsub = useAppStore.subscribe(schedule);
  return () => {
    flush();
    unsub();
    window.removeEventListener('popstate', onPop);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

/**
 * The path and query of the store's view. The directory and profiles go to their clean URLs
 * (<root>en/parks/menghai/, page and language in the path) when the page changes or the address is
 * already a clean one (a language switch there goes to the other language's page); a `?page=` link
 * opened as such keeps its form until the page changes. Other pages live at the app's root.
 */
function locationFor(pageChanged: boolean): { path: string; search: string } {
  const s = useAppStore.getState();
  const here = decodePath(window.location.pathname);
  const clean = cleanPath(s.page, s.lang);
  const view = pickView(s);
  if (clean && (pageChanged || here.page))
    return {
      path: `${here.root}${clean}`,
      search: encodeView({ ...view, page: 'map', lang: 'zh' }, window.location.search),
    };
  return {
    path: here.page ? here.root : window.location.pathname,
    search: encodeView(view, window.location.search),
  };
}

/** The link to the current view, from the store (not from the address bar, which may lag by the debounce). */
export function currentViewUrl(): string {
  const s = useAppStore.getState();
  const { path, search } = locationFor(false);
  return `${window.location.origin}${path}${search}${s.page === 'map' ? window.location.hash : ''}`;
}
