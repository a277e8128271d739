/**
 * sql.js (SQLite compiled to WebAssembly), loaded on first use. In the app (page or module worker) the wasm
 * is a file of our own build, served from our origin (vite's `?url`), so GeoPackages open offline; in Node
 * (tests, scripts) sql.js finds the file next to its own script.
 */
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

const inNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node ===
    'string' &&
  typeof (globalThis as { window?: unknown }).window === 'undefined' &&
  typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'undefined';

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= (async () => {
    const { default: initSqlJs } = await import('sql.js');
    if (inNode()) return initSqlJs();
    const { default: wasmUrl } = await import('sql.js/dist/sql-wasm.wasm?url');
    return initSqlJs({ locateFile: () => wasmUrl });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
