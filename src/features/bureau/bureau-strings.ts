import type { i18n as I18n } from 'i18next';
import { bureauEn, bureauZh } from '@/i18n/strings/bureau';

/** Adds the bureau-data strings (`bureau.*`) to i18next; idempotent. */
export function ensureBureauStrings(i18n: I18n): void {
  if (i18n.exists('bureau.__loaded')) return;
  i18n.addResourceBundle('zh', 'translation', { bureau: { ...bureauZh, __loaded: '1' } }, true, true);
  i18n.addResourceBundle('en', 'translation', { bureau: { ...bureauEn, __loaded: '1' } }, true, true);
}
