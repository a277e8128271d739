import { useAppStore } from './app-store';

/**
 * zustand gives React the store's *initial* state as the server snapshot (useSyncExternalStore's
 * getServerSnapshot), on the server and while the browser hydrates. The pre-rendered pages show a page
 * and language other than the initial ones (/en/parks/menghai/): this makes the current view the
 * snapshot, in place (zustand keeps that one object), so that the server's render, the hydrating render
 * and the live store agree. Called before each page is rendered (src/prerender) and before hydrating
 * (main.tsx); nothing else reads the initial state.
 */
export function adoptAsServerSnapshot(): void {
  Object.assign(useAppStore.getInitialState(), useAppStore.getState());
}
