import type { TFunction } from 'i18next';
import { useAppStore } from '@/store/app-store';
import { loadFallbackFont } from '@/lib/fallback-font';

let counter = 0;

/**
 * Reads dropped or picked files with the import module (loaded on first use: it carries the KML,
 * CSV and Shapefile parsers), adds the layer to the map, and flies there. Returns an error message
 * in the UI language, or null. Nothing leaves the browser.
 */
export async function importIntoStore(
  files: File[],
  opts: { gcj02: boolean; redline: boolean },
  t: TFunction,
): Promise<string | null> {
  loadFallbackFont(); // imported names may hold characters the app's own font does not
  const { importFiles } = await import('../import/import-file');
  const inputs = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  const r = await importFiles(inputs, { gcj02: opts.gcj02 });
  if (!r.ok) {
    const { code, file, detail, params } = r.error;
    const what = t(`wb.importErrors.${code}`, { ...params, file, defaultValue: detail });
    return t('wb.importFailed', { file, detail: what });
  }
  const store = useAppStore.getState();
  counter += 1;
  store.addImported({
    id: `import-${counter}`,
    name: r.name,
    format: r.format,
    redline: opts.redline,
    visible: true,
    data: r.data,
    warnings: r.warnings,
  });
  const coords: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[]);
    else if (Array.isArray(c)) for (const x of c) walk(x);
  };
  for (const f of r.data.features)
    if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  if (coords.length > 0) {
    const lon = coords.reduce((s, c) => s + (c[0] ?? 0), 0) / coords.length;
    const lat = coords.reduce((s, c) => s + (c[1] ?? 0), 0) / coords.length;
    store.flyToPoint([lon, lat], 10.5);
  }
  return null;
}
