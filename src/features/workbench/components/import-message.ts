import type { TFunction } from 'i18next';
import type { ImportError, ImportWarning } from '../import/types';

type Loose = (key: string, params?: Record<string, unknown>) => string;

/**
 * An import error in the UI's language: the older codes' messages are under `wb.importErrors`, the GIS
 * codes' under `gis.errors` (strings/gis-errors.ts). A limit's name is translated too (`gis.errors.limits`).
 */
export function importErrorText(t: TFunction, e: Pick<ImportError, 'code' | 'file' | 'params'>): string {
  const tt = t as unknown as Loose;
  const params: Record<string, unknown> = { ...e.params, file: e.file };
  if (typeof e.params?.limit === 'string') params.limitName = tt(`gis.errors.limits.${e.params.limit}`);
  const key = tt(`wb.importErrors.${e.code}`, { defaultValue: '' }) ? 'wb.importErrors' : 'gis.errors';
  return tt(`${key}.${e.code}`, params);
}

/** The same for a warning (`wb.importWarnings` or `gis.errors.warnings`, strings/gis-errors.ts). */
export function importWarningText(t: TFunction, w: Pick<ImportWarning, 'code' | 'file' | 'params'>): string {
  const tt = t as unknown as Loose;
  const params: Record<string, unknown> = { ...w.params, file: w.file };
  const key = tt(`wb.importWarnings.${w.code}`, { defaultValue: '' })
    ? 'wb.importWarnings'
    : 'gis.errors.warnings';
  return tt(`${key}.${w.code}`, params);
}
