/** The charts library, fetched only when the monitoring view draws its first chart (one module, cached). */
let loading: Promise<typeof import('./chart-setup')> | null = null;

export function loadChart(): Promise<typeof import('./chart-setup')> {
  loading ??= import('./chart-setup').catch((e: unknown) => {
    loading = null; // a later chart may try again
    throw e;
  });
  return loading;
}
