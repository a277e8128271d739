/**
 * Starts keeping the planner's imported layers (src/store/imported-persistence.ts) once per page: loaded
 * as a chunk of its own right after the first render (the first view does not wait for IndexedDB), with
 * the GIS strings its messages use.
 */
import type { i18n as I18n } from 'i18next';
import { ensureGisStrings } from '@/features/workbench/gis-strings';
import { openLayerDb, storageEstimate } from '@/store/imported-db';
import { startImportedPersistence } from '@/store/imported-persistence';

let started = false;

export function startLayerPersistence(i18n: I18n): void {
  if (started) return;
  started = true;
  ensureGisStrings(i18n);
  startImportedPersistence({ open: openLayerDb, estimate: storageEstimate });
}
