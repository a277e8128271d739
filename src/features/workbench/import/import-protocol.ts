/**
 * The messages between the page (import-client.ts) and the import worker (import-worker.ts). A finished
 * import comes back as a `done` header (the result with no features yet) and then its features in
 * `chunk`s: each message is copied into the page in its own task, so a 200,000-point file never blocks it
 * in one go.
 */
import type { ImportOptions, ImportProgress, ImportResult } from './types';

/** What the worker needs of a `File` (also a Node `Blob` with a name, in the unit tests). */
export interface FileLike {
  name: string;
  size: number;
  lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream?(): ReadableStream<Uint8Array>;
}

/** The options that travel to the worker (no callbacks). */
export type WorkerOptions = Pick<ImportOptions, 'gcj02' | 'crs'>;

export type ToWorker =
  | { type: 'import'; id: number; files: FileLike[]; opts: WorkerOptions }
  /** Drop the files kept for a re-run (the card was confirmed or discarded). */
  | { type: 'forget' };

/** [west, south, east, north]. */
export type Bbox = [number, number, number, number];

export type FromWorker =
  | { type: 'progress'; id: number; progress: ImportProgress }
  /** The result; when ok, `data.features` is empty and `total` features follow in chunks. */
  | { type: 'done'; id: number; result: ImportResult; total: number; bbox: Bbox | null }
  | { type: 'chunk'; id: number; features: GeoJSON.Feature[] }
  /** Anything the import did not turn into an error code (a bug, out of memory): errors.unexpected. */
  | { type: 'crash'; id: number; detail: string };

/** Features per `chunk` message. */
export const CHUNK = 10_000;
