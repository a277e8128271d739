import type { i18n as I18n } from 'i18next';
import { gisEn, gisZh } from '@/i18n/strings/gis';

/**
 * Adds the planner's GIS strings (`gis.*`) to i18next: the map page's first JS does not carry them. Every
 * workbench panel and the import entry points call it first; it is idempotent.
 */
export function ensureGisStrings(i18n: I18n): void {
  if (i18n.exists('gis.__loaded')) return;
  i18n.addResourceBundle('zh', 'translation', { gis: { ...gisZh, __loaded: '1' } }, true, true);
  i18n.addResourceBundle('en', 'translation', { gis: { ...gisEn, __loaded: '1' } }, true, true);
}
