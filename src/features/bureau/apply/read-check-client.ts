/**
 * The page's side of the bureau's import worker: posts the picked Files and the context, awaits the
 * result. When no worker can start (or it dies), the same code runs on the page, so an import never
 * fails for want of a worker.
 */
import type { ValidateContext } from '../model/validate-rows';
import { type ReadCheck, readAndCheck } from './read-check';
import type { ReadCheckRequest } from './read-check-worker';

let worker: Worker | null = null;
let nextId = 1;

const inline = (files: File[], ctx: ValidateContext) =>
  readAndCheck(
    files.map((f) => ({ name: f.name, size: f.size, arrayBuffer: () => f.arrayBuffer() })),
    ctx,
  );

export function readAndCheckOffThread(files: File[], ctx: ValidateContext): Promise<ReadCheck> {
  try {
    worker ??= new Worker(new URL('./read-check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'bureau-import',
    });
  } catch {
    return inline(files, ctx);
  }
  const w = worker;
  const id = nextId++;
  return new Promise<ReadCheck>((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<{ id: number; result?: ReadCheck; crash?: string }>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.result) resolve(e.data.result);
      else reject(new Error(e.data.crash ?? 'the import worker stopped'));
    };
    const onError = (e: Event) => {
      e.preventDefault();
      done();
      w.terminate();
      if (worker === w) worker = null;
      // The worker's module did not load (or died): read on the page instead.
      inline(files, ctx).then(resolve, reject);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: ReadCheckRequest = { id, files, ctx };
    w.postMessage(request);
  });
}
