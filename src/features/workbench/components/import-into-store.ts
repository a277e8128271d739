import type { i18n as I18n, ParseKeys } from 'i18next';
import type { Message } from '@/i18n/message';
import { loadFallbackFont } from '@/lib/fallback-font';
import { useAppStore } from '@/store/app-store';
import { dedupeSites } from '@/store/site-dedupe';
import { sitesFromFeatures } from '@/store/site-storage';
import type { ImportOk } from '../import/import-client';
import { ensureGisStrings } from '../gis-strings';
import { beginImport, type ImportOptionsState, type ImportTarget, setImportOptions } from './import-flow';

let counter = 0;

/**
 * Starts an import of dropped or picked files (src/app/drop-zone.tsx, the 导入 / Import button): the import
 * worker reads them (nothing leaves the browser) and the panel shows progress, then the confirm card
 * (import-flow.ts). Never rejects: every failure becomes the flow's problem, shown in the panel.
 */
export function importIntoStore(
  files: File[],
  i18n: I18n,
  target: ImportTarget = 'layers',
  options?: Partial<ImportOptionsState>,
): void {
  ensureGisStrings(i18n); // the drop zone may import before a workbench panel loaded the gis.* strings
  loadFallbackFont(); // imported names may hold characters the app's own font does not
  if (options) setImportOptions(target, options);
  beginImport(target, files);
}

/**
 * Adds a confirmed result as an imported layer and fits the camera to it. `exists` (i18n.exists) picks
 * each warning's key: the older codes are under wb.importWarnings, the GIS ones under gis.errors.warnings.
 */
export function addImportedLayer(r: ImportOk, redline: boolean, exists: (key: string) => boolean): void {
  const store = useAppStore.getState();
  counter += 1;
  store.addImported({
    id: `import-${counter}`,
    name: r.name,
    format: r.format,
    redline,
    visible: true,
    data: r.data,
    warnings: r.warningItems.map((w) => {
      const older = `wb.importWarnings.${w.code}`;
      const key = (exists(older) ? older : `gis.errors.warnings.${w.code}`) as ParseKeys;
      return { key, params: { ...w.params, file: w.file } };
    }),
  });
  if (r.bbox) store.moveCamera({ kind: 'bounds', bbox: r.bbox, maxZoom: 14 });
}

/** How many polygons of a result can become sites. */
export function polygonCount(r: ImportOk): number {
  let n = 0;
  for (const f of r.data.features) {
    if (f.geometry?.type === 'Polygon') n += 1;
    else if (f.geometry?.type === 'MultiPolygon') n += f.geometry.coordinates.length;
  }
  return n;
}

/**
 * Adds a confirmed result's polygons as candidate sites, skipping duplicates of the sites already there
 * (site-dedupe.ts). Returns what to tell the planner.
 */
export function addImportedSites(r: ImportOk): Message {
  let n = 0;
  const stamp = Date.now().toString(36);
  const incoming = sitesFromFeatures(r.data, () => `site-${stamp}-${++n}`, new Date(), { file: r.name });
  if (incoming.length === 0)
    return { key: 'wb.importFailed', params: { file: r.name, detail: { key: 'wb.noPolygons' } } };
  const store = useAppStore.getState();
  const { added, skipped } = dedupeSites(store.sites, incoming);
  if (added.length > 0) store.addSites(added);
  const addedMsg: Message =
    added.length > 0
      ? { key: 'gis.import.sitesAdded', params: { n: added.length } }
      : { key: 'gis.import.noneAdded' };
  if (skipped.length === 0) return addedMsg;
  return {
    key: 'gis.import.duplicates',
    params: {
      n: skipped.length,
      names: skipped.map((s) => s.name).join(store.lang === 'zh' ? '、' : ', '),
      added: addedMsg,
    },
  };
}
