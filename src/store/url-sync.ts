import { useAppStore } from './app-store';
import { decodeView, encodeView, pickView } from './url-codec';

/**
 * Reads the view from the URL once at boot, then mirrors every change into it with replaceState
 * (the hash, owned by MapLibre for the camera, is kept as it is).
 * @returns an unsubscribe function
 */
export function startUrlSync(describeIgnored: (ignored: string[]) => string): () => void {
  const { view, ignored } = decodeView(window.location.search);
  useAppStore.setState({ ...view, notice: ignored.length > 0 ? describeIgnored(ignored) : null });
  const write = () => {
    const search = encodeView(pickView(useAppStore.getState()), window.location.search);
    if (search !== window.location.search) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
    }
  };
  write();
  return useAppStore.subscribe(write);
}
