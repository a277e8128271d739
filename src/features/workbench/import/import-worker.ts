/**
 * The import's Web Worker (a module worker built by vite, served from our own origin): reads the picked
 * files and parses, checks and reprojects them off the page's thread (import-job.ts), so a big or hostile
 * file never freezes the page. The page ends an import by terminating the worker (import-client.ts).
 */
import type { FromWorker, ToWorker } from './import-protocol';
import { type FileCache, runImportJob } from './import-job';

// The app's TypeScript lib is the DOM's; the worker scope needs only these two.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(m: FromWorker): void;
};

const cache: { current: FileCache | null } = { current: null };
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'forget') {
    cache.current = null;
    return;
  }
  // One import at a time, in the order asked: a re-run waits for the cache its predecessor fills.
  queue = queue.then(() => runImportJob(m.id, m.files, m.opts, (out) => scope.postMessage(out), cache));
};
