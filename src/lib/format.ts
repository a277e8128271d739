import type { Lang } from '@/i18n/lang';

/** A number with the locale's digit grouping and at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: digits }).format(
    n,
  );
}

/**
 * Money given in 万元: 亿元 from 10,000 万元 up in Chinese; CNY million in English.
 * @example formatWan(50000, 'zh') // "5亿元"; formatWan(50000, 'en') // "CNY 500 million"
 */
export function formatWan(wan: number, lang: Lang): string {
  if (lang === 'en') return `CNY ${formatNumber(wan / 100, lang, 1)} million`;
  return wan >= 10000 ? `${formatNumber(wan / 10000, lang, 2)}亿元` : `${formatNumber(wan, lang)}万元`;
}
