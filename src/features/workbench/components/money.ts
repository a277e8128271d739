import type { Lang } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';

/** Money is kept in 万元 (the plan's unit, and the URL's); English shows and takes CNY million. */
export const toShownMoney = (wan: number, lang: Lang): number => (lang === 'en' ? wan / 100 : wan);
export const fromShownMoney = (v: number, lang: Lang): number => (lang === 'en' ? v * 100 : v);
export const shownMoney = (wan: number, lang: Lang, digits = 0): string =>
  lang === 'en' ? formatNumber(wan / 100, lang, 2) : formatNumber(wan, lang, digits);
