/**
 * Runs `work` over `items` in slices of about `budgetMs` each, yielding to the page between slices (a
 * macrotask), so a long computation (the checks of 50,000 imported parcels) never holds the main thread:
 * the page stays responsive and the caller shows progress. Returns a cancel function.
 */
export interface SliceOptions<R> {
  budgetMs?: number;
  /** After each slice: the results so far (all of them, in item order) and how many items are done. */
  onProgress: (results: R[], done: number) => void;
  onDone: (results: R[]) => void;
  now?: () => number;
  /** How to wait for the next slice (tests pass a synchronous one). */
  schedule?: (next: () => void) => void;
}

const defaultSchedule = (next: () => void) => {
  setTimeout(next, 0);
};

export function runSliced<T, R>(
  items: readonly T[],
  work: (item: T) => R[],
  opts: SliceOptions<R>,
): () => void {
  const budget = opts.budgetMs ?? 25;
  const now = opts.now ?? (() => performance.now());
  const schedule = opts.schedule ?? defaultSchedule;
  const results: R[] = [];
  let i = 0;
  let cancelled = false;
  const step = () => {
    if (cancelled) return;
    const start = now();
    while (i < items.length) {
      results.push(...work(items[i] as T));
      i++;
      if (now() - start >= budget) break;
    }
    if (i >= items.length) opts.onDone(results);
    else {
      opts.onProgress(results, i);
      schedule(step);
    }
  };
  schedule(step);
  return () => {
    cancelled = true;
  };
}
