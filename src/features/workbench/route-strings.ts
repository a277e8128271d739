import type { i18n as I18n } from 'i18next';
import { routeEn, routeZh } from '@/i18n/strings/route';

/** Adds routing's strings to i18next (the page does not carry them): the routing tab calls it first. */
export function ensureRouteStrings(i18n: I18n): void {
  if (i18n.exists('route.assumption')) return;
  i18n.addResourceBundle('zh', 'translation', { route: routeZh }, true, true);
  i18n.addResourceBundle('en', 'translation', { route: routeEn }, true, true);
}
