export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/** The name of a bilingual record in the current language. */
export const nameIn = (lang: Lang, r: { name_zh: string; name_en: string }): string =>
  lang === 'en' ? r.name_en : r.name_zh;
