export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/**
 * The language of a first visit from the browser's preferred languages (navigator.languages): the
 * first one decides, zh* → Chinese, anything else → English; none known → null (the default, Chinese).
 */
export function browserLang(preferred: readonly string[]): Lang | null {
  const first = preferred.find((l) => l.trim() !== '');
  if (first === undefined) return null;
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The name of a bilingual record in the current language. */
export const nameIn = (lang: Lang, r: { name_zh: string; name_en: string }): string =>
  lang === 'en' ? r.name_en : r.name_zh;

/**
 * A free-text note of a record in the current language: `<field>` holds the English text and
 * `<field>_zh` the Chinese (the data build requires both wherever the app shows the note).
 */
export function noteIn<F extends string>(
  lang: Lang,
  r: { [K in F]?: string } & { [K in `${F}_zh`]?: string },
  field: F,
): string {
  const en = (r as Record<string, string | undefined>)[field] ?? '';
  const zh = (r as Record<string, string | undefined>)[`${field}_zh`] ?? '';
  return lang === 'zh' && zh !== '' ? zh : en;
}

/**
 * A bilingual field of a record in the current language: `<field>_zh` / `<field>_en`
 * (e.g. textIn(lang, link, 'desc'), textIn(lang, park, 'short')). Empty when the record lacks it.
 */
export function textIn<F extends string>(
  lang: Lang,
  r: { [K in `${F}_zh` | `${F}_en`]?: string },
  field: F,
): string {
  return (r as Record<string, string | undefined>)[`${field}_${lang}`] ?? '';
}
