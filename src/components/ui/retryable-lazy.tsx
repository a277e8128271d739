import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * React.lazy remembers a failed import for good; this one starts over after `reset()`, so an error
 * boundary's Retry (or the network coming back) can load a chunk that failed offline. Chromium
 * fetches a failed dynamic import again on the next import().
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let failed = false;
  const make = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (c) => ({ default: c }),
        (e: unknown) => {
          failed = true;
          throw e;
        },
      ),
    );
  let current = make();
  // One component per lazy chunk, made once at module level (not per render).
  // biome-ignore lint/correctness/noComponentHookFactories: called once per chunk at module level
  function Lazy(props: P) {
    const C = current;
    return <C {...props} />;
  }
  return {
    Component: Lazy,
    /** Forgets a failed load (a loaded chunk is kept). */
    reset: () => {
      if (!failed) return;
      failed = false;
      reloadFailedStylesheets();
      current = make();
    },
  };
}

/**
 * A chunk's stylesheet that failed offline stays in the document unloaded, and Vite's preloader will
 * not add it again: replace each such <link> with a fresh copy, so the panel comes back styled.
 */
function reloadFailedStylesheets(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (link.sheet) continue;
    const fresh = link.cloneNode() as HTMLLinkElement;
    link.replaceWith(fresh);
  }
}
