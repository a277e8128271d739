import { type AppState, useAppStore } from './app-store';
import { decodeView, encodeView } from './url-codec';

/**
 * Reads the view from the URL once at boot, then mirrors every change into it with replaceState
 * (the hash, owned by MapLibre for the camera, is kept as it is).
 * @returns an unsubscribe function
 */
export function startUrlSync(
  known: Parameters<typeof decodeView>[1],
  describeIgnored: (ignored: string[]) => string,
): () => void {
  const { view, ignored } = decodeView(window.location.search, known);
  useAppStore.setState({ ...view, notice: ignored.length > 0 ? describeIgnored(ignored) : null });
  const write = (s: AppState) => {
    const search = encodeView(
      { lang: s.lang, selection: s.selection, hidden: s.hidden },
      window.location.search,
    );
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  };
  write(useAppStore.getState());
  return useAppStore.subscribe(write);
}
