/**
 * The work the import worker does for one request (import-worker.ts is only its message wiring, so this
 * runs in the unit tests too): read the files' bytes (kept for a re-run with another coordinate system),
 * run importFiles with progress, and post the result in chunks. Never throws: a failure the import did not
 * name becomes a `crash` message.
 */
import { importFiles } from './import-file';
import { LIMITS } from './limits';
import { type Bbox, CHUNK, type FileLike, type FromWorker, type WorkerOptions } from './import-protocol';
import { type ImportResult, type InputFile, MAX_BYTES } from './types';

/** The files of the last import, by their names, sizes and dates, for a re-run that skips reading. */
export interface FileCache {
  key: string;
  inputs: InputFile[];
}

export const fileKey = (files: FileLike[]) =>
  files.map((f) => `${f.name}\u0000${f.size}\u0000${f.lastModified ?? 0}`).join('\u0001');

/** Refuses files past the byte limits before a byte is read (the import checks them again). */
function sizeError(files: FileLike[]): ImportResult | null {
  for (const f of files) {
    if (f.size > MAX_BYTES)
      return {
        ok: false,
        error: {
          code: 'too-large',
          file: f.name,
          detail: `${f.name} is ${f.size} bytes; the limit is ${MAX_BYTES} (50 MB).`,
          params: { bytes: f.size, max: MAX_BYTES },
        },
      };
  }
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > LIMITS.bytesTotal) {
    const file = files.map((f) => f.name).join(', ');
    return {
      ok: false,
      error: {
        code: 'limit-exceeded',
        file,
        detail: `${file}: bytesTotal ${total} exceeds the limit of ${LIMITS.bytesTotal}.`,
        params: { limit: 'bytesTotal', max: LIMITS.bytesTotal, actual: total },
      },
    };
  }
  return null;
}

/** Reads one file's bytes, reporting progress by bytes where the file can be streamed. */
async function readBytes(f: FileLike, onBytes: (n: number) => void): Promise<Uint8Array> {
  if (!f.stream) return new Uint8Array(await f.arrayBuffer());
  const out = new Uint8Array(f.size);
  const reader = f.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > out.length) throw new Error(`${f.name} grew while it was read`);
    out.set(value, at);
    at += value.length;
    onBytes(value.length);
  }
  return at === out.length ? out : out.subarray(0, at);
}

/** The box around the features' coordinates (iterative: no recursion on nested arrays), or null. */
export function featuresBbox(features: GeoJSON.Feature[]): Bbox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const stack: unknown[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'GeometryCollection') {
      for (const x of g.geometries) if ('coordinates' in x) stack.push(x.coordinates);
    } else stack.push(g.coordinates);
    while (stack.length > 0) {
      const c = stack.pop();
      if (!Array.isArray(c)) continue;
      if (typeof c[0] === 'number') {
        const x = c[0] as number;
        const y = c[1] as number;
        if (x < w) w = x;
        if (x > e) e = x;
        if (y < s) s = y;
        if (y > n) n = y;
      } else for (const sub of c) stack.push(sub);
    }
  }
  return Number.isFinite(w) && Number.isFinite(s) ? [w, s, e, n] : null;
}

/** Runs one import request, posting progress, the result and its feature chunks. */
export async function runImportJob(
  id: number,
  files: FileLike[],
  opts: WorkerOptions,
  post: (m: FromWorker) => void,
  cache: { current: FileCache | null },
): Promise<void> {
  try {
    const refused = sizeError(files);
    if (refused) {
      post({ type: 'done', id, result: refused, total: 0, bbox: null });
      return;
    }
    const key = fileKey(files);
    let inputs: InputFile[];
    if (cache.current?.key === key) inputs = cache.current.inputs;
    else {
      cache.current = null;
      const total = files.reduce((s, f) => s + f.size, 0);
      let done = 0;
      let lastPost = 0;
      post({ type: 'progress', id, progress: { phase: 'reading', done, total } });
      inputs = [];
      for (const f of files) {
        const bytes = await readBytes(f, (n) => {
          done += n;
          // At most ~100 progress messages for a file, however it is chunked.
          if (done - lastPost >= total / 100) {
            lastPost = done;
            post({ type: 'progress', id, progress: { phase: 'reading', done, total, file: f.name } });
          }
        });
        inputs.push({ name: f.name, bytes });
      }
      cache.current = { key, inputs };
    }
    const result = await importFiles(inputs, {
      ...opts,
      onProgress: (progress) => post({ type: 'progress', id, progress }),
    });
    if (!result.ok) {
      post({ type: 'done', id, result, total: 0, bbox: null });
      return;
    }
    const { features } = result.data;
    const bbox = featuresBbox(features);
    post({
      type: 'done',
      id,
      result: { ...result, data: { ...result.data, features: [] } },
      total: features.length,
      bbox,
    });
    for (let i = 0; i < features.length; i += CHUNK)
      post({ type: 'chunk', id, features: features.slice(i, i + CHUNK) });
  } catch (e) {
    post({ type: 'crash', id, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}
