/**
 * The page's side of the import worker: `startImport(files, opts, onProgress)` posts the picked `File`s
 * (the worker reads their bytes, so the page never holds a copy), forwards progress, collects the
 * result's feature chunks, and can be cancelled at once (the worker is terminated). Every path settles
 * the promise: a refusal (`error`, with `cancelled` for a cancel) or a crash (the worker failed to load,
 * died, or sent something unreadable: `crash`, shown as errors.unexpected).
 */
import type { Bbox, FromWorker, ToWorker, WorkerOptions } from './import-protocol';
import type { ImportError, ImportProgress, ImportResult } from './types';

export type ImportOk = Extract<ImportResult, { ok: true }> & { bbox: Bbox | null };
export type ImportOutcome =
  | ImportOk
  | { ok: false; error: ImportError; crash?: undefined }
  | { ok: false; crash: string; error?: undefined };

export interface ImportHandle {
  result: Promise<ImportOutcome>;
  cancel(): void;
}

interface Pending {
  files: string;
  onProgress: (p: ImportProgress) => void;
  resolve: (o: ImportOutcome) => void;
  done?: { result: ImportOk; total: number };
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function settle(id: number, o: ImportOutcome) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  p.resolve(o);
}

/** Ends the worker and every import in it (with `o` for each). */
function stopWorker(o: (p: Pending) => ImportOutcome) {
  worker?.terminate();
  worker = null;
  for (const [id, p] of [...pending]) settle(id, o(p));
}

function onMessage(m: FromWorker) {
  const p = pending.get(m.id);
  if (!p) return;
  switch (m.type) {
    case 'progress':
      p.onProgress(m.progress);
      return;
    case 'crash':
      settle(m.id, { ok: false, crash: m.detail });
      return;
    case 'done': {
      if (!m.result.ok) {
        settle(m.id, m.result);
        return;
      }
      p.done = { result: { ...m.result, bbox: m.bbox }, total: m.total };
      break;
    }
    case 'chunk': {
      const features = p.done?.result.data.features;
      if (!features) return;
      // One push per feature: push(...chunk) would put 10,000 arguments on the stack.
      for (const f of m.features) features.push(f);
      break;
    }
  }
  if (p.done && p.done.result.data.features.length >= p.done.total) settle(m.id, p.done.result);
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'import' });
  w.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
  // A worker whose module failed to load, or that threw outside an import, or died.
  w.onerror = (e: ErrorEvent | Event) => {
    const detail = (e instanceof ErrorEvent && e.message) || 'the import worker failed to start or stopped';
    if ('preventDefault' in e) e.preventDefault();
    stopWorker(() => ({ ok: false, crash: detail }));
  };
  w.onmessageerror = () =>
    stopWorker(() => ({ ok: false, crash: 'a message from the import worker could not be read' }));
  worker = w;
  return w;
}

const cancelledOf = (files: string): ImportOutcome => ({
  ok: false,
  error: { code: 'cancelled', file: files, detail: `The import of ${files} was cancelled.` },
});

/** Starts an import of the picked files; `cancel()` ends it at once with the `cancelled` error. */
export function startImport(
  files: File[],
  opts: WorkerOptions,
  onProgress: (p: ImportProgress) => void = () => {},
): ImportHandle {
  const id = nextId++;
  const names = files.map((f) => f.name).join(', ');
  let cancel = () => {};
  const result = new Promise<ImportOutcome>((resolve) => {
    pending.set(id, { files: names, onProgress, resolve });
    if (typeof Worker === 'undefined') {
      // Fallback only where the browser has no Web Worker (and in the Node unit tests): the import runs
      // on the page's thread, and a cancel can only drop its result, not stop it.
      cancel = () => settle(id, cancelledOf(names));
      void import('./import-job')
        .then(({ runImportJob }) => runImportJob(id, files, opts, onMessage, fallbackCache))
        .catch((e: unknown) => settle(id, { ok: false, crash: e instanceof Error ? e.message : String(e) }));
      return;
    }
    try {
      const msg: ToWorker = { type: 'import', id, files, opts };
      ensureWorker().postMessage(msg);
    } catch (e) {
      stopWorker(() => ({ ok: false, crash: e instanceof Error ? e.message : String(e) }));
      return;
    }
    // Terminating the worker ends this import (and drops the files kept for a re-run).
    cancel = () => {
      if (pending.has(id)) stopWorker((p) => cancelledOf(p.files));
    };
  });
  return { result, cancel: () => cancel() };
}

const fallbackCache: { current: import('./import-job').FileCache | null } = { current: null };

/** The card was confirmed or discarded: the worker can drop the files it kept for a re-run. */
export function forgetImportFiles(): void {
  fallbackCache.current = null;
  worker?.postMessage({ type: 'forget' } satisfies ToWorker);
}
