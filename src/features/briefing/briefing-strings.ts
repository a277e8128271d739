import type { i18n as I18n } from 'i18next';
import { briefingEn, briefingZh } from '@/i18n/strings/briefing';

/**
 * Adds the briefing's strings to i18next (the page carries only their base): called by the set-up form
 * and the presenter, which come in this feature's own chunks, before they translate anything.
 */
export function ensureBriefingStrings(i18n: I18n): void {
  if (i18n.exists('briefing.steps.layout')) return;
  i18n.addResourceBundle('zh', 'translation', { briefing: briefingZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { briefing: briefingEn }, true, true);
}
