import type { TFunction } from 'i18next';
import { loadFallbackFont } from '@/lib/fallback-font';
import { useAppStore } from '@/store/app-store';
import { layerBounds } from '../model/imported-areas';
import { importErrorText } from './import-message';

let counter = 0;

/**
 * Reads dropped or picked files with the import module (loaded on first use: it carries the KML,
 * CSV and Shapefile parsers), adds the layer to the map, and fits the camera to it. Returns an error
 * message in the UI language, or null; it never rejects (a failure of the module load or of reading
 * a file is a message too). Nothing leaves the browser.
 */
export async function importIntoStore(
  files: File[],
  opts: { gcj02: boolean; redline: boolean },
  t: TFunction,
): Promise<string | null> {
  loadFallbackFont(); // imported names may hold characters the app's own font does not
  const names = files.map((f) => f.name).join(', ');
  let r: Awaited<ReturnType<typeof import('../import/import-file').importFiles>>;
  try {
    const { importFiles } = await import('../import/import-file');
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    r = await importFiles(inputs, { gcj02: opts.gcj02 });
  } catch (e) {
    return t('wb.importFailed', { file: names, detail: e instanceof Error ? e.message : String(e) });
  }
  if (!r.ok) {
    return t('wb.importFailed', { file: r.error.file, detail: importErrorText(t, r.error) });
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
    warnings: r.warningItems.map((w) => ({
      key: `wb.importWarnings.${w.code}` as const,
      params: { ...w.params, file: w.file },
    })),
  });
  const bbox = layerBounds(r.data);
  if (bbox) store.moveCamera({ kind: 'bounds', bbox, maxZoom: 14 });
  return null;
}
