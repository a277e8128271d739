/** sql.js with its wasm served from our own origin (the app works offline; nothing is fetched elsewhere). */
import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlInBrowser(): Promise<SqlJsStatic> {
  loading ??= import('sql.js').then((m) => m.default({ locateFile: () => wasmUrl }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
