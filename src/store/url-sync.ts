import type { Lang } from '@/i18n/lang';
import { isLang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import { useAppStore } from './app-store';
import { decodeView, encodeView, pickView } from './url-codec';

const LANG_KEY = 'xsbn-industry-map.lang';

/**
 * Reads the view from the URL at boot (the language falls back to the one remembered from the last
 * visit), then mirrors every change into it: a page change is a new history entry (so Back works),
 * anything else replaces the current one. The hash, owned by MapLibre for the camera, is kept.
 * @returns an unsubscribe function
 */
export function startUrlSync(
  describeIgnored: (ignored: string[]) => Message,
  storage: Storage | null = null,
): () => void {
  const read = () => {
    const { view, ignored } = decodeView(window.location.search);
    const remembered = storage?.getItem(LANG_KEY);
    if (!new URLSearchParams(window.location.search).has('lang') && isLang(remembered))
      view.lang = remembered as Lang;
    useAppStore.setState({ ...view, ...(ignored.length > 0 ? { notice: describeIgnored(ignored) } : {}) });
  };
  read();
  let lastPage = useAppStore.getState().page;
  let lastLang = useAppStore.getState().lang;
  const write = () => {
    const s = useAppStore.getState();
    const search = encodeView(pickView(s), window.location.search);
    const url = `${window.location.pathname}${search}${s.page === 'map' ? window.location.hash : ''}`;
    if (s.page !== lastPage) {
      lastPage = s.page;
      window.history.pushState(null, '', url);
      window.scrollTo(0, 0);
    } else if (search !== window.location.search) window.history.replaceState(window.history.state, '', url);
    if (s.lang !== lastLang) {
      lastLang = s.lang;
      try {
        storage?.setItem(LANG_KEY, s.lang);
      } catch {
        // Private mode or a full store: the language simply is not remembered.
      }
    }
  };
  write();
  const onPop = () => {
    read();
    lastPage = useAppStore.getState().page;
  };
  window.addEventListener('popstate', onPop);
  const unsub = useAppStore.subscribe(write);
  return () => {
    unsub();
    window.removeEventListener('popstate', onPop);
  };
}
