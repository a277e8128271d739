/**
 * The map's first view is settled: first idle, or the map could not be made. A tiled build holds
 * the nodes' parse back until then (the map starts on its boot data, see GeoState), so the map's
 * first frames do not wait behind tens of megabytes of JSON. src/map says it; src/app listens.
 */
export const MAP_SETTLED = 'xsbn:map-settled';

export function sayMapSettled(): void {
  window.dispatchEvent(new Event(MAP_SETTLED));
}

/**
 * Calls `release` once: when the map says it is settled (or already was, `__firstIdleAt`), or after
 * `ms` at most (a map that never goes idle must not keep the panels empty). Returns the unsubscribe.
 */
export function onMapSettled(release: () => void, ms = 8000): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    stop();
    release();
  };
  const timer = setTimeout(once, ms);
  const stop = () => {
    clearTimeout(timer);
    window.removeEventListener(MAP_SETTLED, once);
  };
  window.addEventListener(MAP_SETTLED, once);
  if ((window as Window & { __firstIdleAt?: number }).__firstIdleAt !== undefined) once();
  return stop;
}
