import { useTranslation } from 'react-i18next';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The translate function of the UI language, loosely typed for keys built at run time. */
export function useT(): Translate {
  const { t } = useTranslation();
  return (key, params) =>
    String((t as unknown as (k: string, p?: Record<string, unknown>) => string)(key, params));
}
