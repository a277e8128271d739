/**
 * The search index, built with the data: every park, industry, chain link, firm/project and place
 * with its names and the pinyin of its Chinese name (full and initials), so "mh" finds 勐海 and 磨憨
 * without shipping a pinyin dictionary to the browser.
 */
import { pinyin } from 'pinyin-pro';
import type { Records } from './load-records';

export interface SearchEntry {
  kind: 'park' | 'industry' | 'link' | 'node' | 'place';
  id: string;
  name_zh: string;
  name_en: string;
  /** Full pinyin without tones or spaces, e.g. menghaichanyeyuanqu. */
  py: string;
  /** Pinyin initials, e.g. mhcyyq. */
  ini: string;
  /** For links: the industry, so a result can open its chain. */
  industry?: string;
  /** For parks their kind (park / subzone / town), for nodes theirs (firm / project / …): the result's label. */
  sub?: string;
}

const han = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '');

export function pinyinKeys(zh: string): { py: string; ini: string } {
  const h = han(zh);
  if (!h) return { py: '', ini: '' };
  const syl = pinyin(h, { toneType: 'none', type: 'array' }) as string[];
  return {
    py: syl.join('').toLowerCase(),
    ini: syl
      .map((s) => s[0] ?? '')
      .join('')
      .toLowerCase(),
  };
}

export function buildSearchIndex(r: Records): SearchEntry[] {
  const out: SearchEntry[] = [];
  const add = (
    kind: SearchEntry['kind'],
    id: string,
    name_zh: string,
    name_en: string,
    extra: Partial<SearchEntry> = {},
  ) => out.push({ kind, id, name_zh, name_en, ...pinyinKeys(name_zh), ...extra });
  for (const { rec } of r.parks) {
    add('park', rec.id, rec.name_zh, rec.name_en, { sub: rec.kind });
    // The short name too ("勐海园区"), so initials of the common name match.
    out.push({
      kind: 'park',
      id: rec.id,
      name_zh: rec.name_zh,
      name_en: rec.name_en,
      ...pinyinKeys(rec.short_zh),
      sub: rec.kind,
    });
  }
  for (const { rec } of r.industries) add('industry', rec.id, rec.name_zh, rec.name_en);
  for (const { rec } of r.links) add('link', rec.id, rec.name_zh, rec.name_en, { industry: rec.industry });
  for (const { rec } of r.nodes) add('node', rec.id, rec.name_zh, rec.name_en, { sub: rec.kind });
  for (const { rec } of r.places) add('place', rec.id, rec.name_zh, rec.name_en);
  return out;
}
