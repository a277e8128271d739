import type { Message } from '@/i18n/message';
import { loadSites, saveSites, type StorageLike } from './site-storage';
import { useAppStore } from './app-store';

/**
 * Loads the saved candidate sites once, reporting a store that had to be set aside, then saves on
 * every change. Storage failures (private mode, quota) become a notice, never a crash.
 */
export function startSitePersistence(
  storage: StorageLike | null,
  describe: (problem: string, key?: string) => Message,
): () => void {
  if (!storage) return () => {};
  try {
    const { sites, problem, setAside } = loadSites(storage);
    useAppStore.setState({ sites, ...(problem ? { notice: describe(problem, setAside) } : {}) });
    // The unreadable store is kept aside: write back what was readable, so it is reported once.
    if (problem) saveSites(storage, sites);
  } catch (e) {
    useAppStore.setState({ notice: describe(e instanceof Error ? e.message : String(e)) });
  }
  let last = useAppStore.getState().sites;
  return useAppStore.subscribe((s) => {
    if (s.sites === last) return;
    last = s.sites;
    try {
      saveSites(storage, s.sites);
    } catch (e) {
      useAppStore.setState({ notice: describe(e instanceof Error ? e.message : String(e)) });
    }
  });
}
