import type { i18n as I18n } from 'i18next';
import { monitorEn, monitorZh } from '@/i18n/strings/monitor';

/** Adds the monitoring view's strings (`monitor.*`) to i18next; idempotent. */
export function ensureMonitorStrings(i18n: I18n): void {
  if (i18n.exists('monitor.__loaded')) return;
  i18n.addResourceBundle('zh', 'translation', { monitor: { ...monitorZh, __loaded: '1' } }, true, true);
  i18n.addResourceBundle('en', 'translation', { monitor: { ...monitorEn, __loaded: '1' } }, true, true);
}
