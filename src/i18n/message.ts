import type { ParseKeys, TFunction } from 'i18next';

/**
 * A message for the UI as a key and its values, translated when shown (so it follows the language).
 * A value may itself be a message (e.g. the reason inside "could not import {{file}}: {{detail}}").
 */
export interface Message {
  key: ParseKeys;
  params?: Record<string, string | number | Message>;
}

/** Shows a message. Values are inserted as text: i18next does not interpolate inside inserted values. */
export function showMessage(t: TFunction, m: Message): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params ?? {}))
    params[k] = typeof v === 'object' ? showMessage(t, v) : v;
  return t(m.key, params) as string;
}

/**
 * The translation of a key built from data (a place kind, a confidence level), or the data's own text
 * when there is none. The fallback never goes through i18next, so text from data is never a template.
 */
export function labelOr(t: TFunction, exists: (k: string) => boolean, key: string, fallback: string): string {
  return exists(key) ? (t(key as ParseKeys) as string) : fallback;
}
