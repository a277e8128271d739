import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './lang';
import { en, zh } from './resources';

/** One i18next instance, resources bundled (nothing fetched), language driven by the store. */
export function createI18n(lang: Lang) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'zh',
    resources: { zh: { translation: zh }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
