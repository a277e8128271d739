/**
 * The search index, built with the data: every park, industry, chain link, firm/project and place
 * with its names and the pinyin of its Chinese name (full and initials), so "mh" finds 勐海 and 磨憨
 * without shipping a pinyin dictionary to the browser. A park's own short names (short_zh / short_en in
 * parks.yaml, e.g. 勐海园区, Mohan Zone) are its aliases, with their pinyin; every entry but an
 * industry names where it is (a park's parent and county, a firm's park, a link's industry, a place's
 * county) as its context: the result's second line, and words a query may use ("景洪 工业园").
 */
import { pinyin } from 'pinyin-pro';
import type { SearchEntry } from '../../../src/lib/schemas/search-index';
import type { Records } from './load-records';

export type { SearchEntry };

const han = (s: string) => s.replace(/[^\u3400-\u9fff]/g, '');

/** Full pinyin and initials of the Chinese characters only; ü is written v (as typed on a keyboard). */
export function pinyinKeys(zh: string): { py: string; ini: string } {
  const h = han(zh);
  if (!h) return { py: '', ini: '' };
  const syl = (pinyin(h, { toneType: 'none', type: 'array' }) as string[]).map((s) =>
    s.toLowerCase().replace(/ü/g, 'v'),
  );
  return { py: syl.join(''), ini: syl.map((s) => s[0] ?? '').join('') };
}

/** The context fields, or none when nothing is known. */
const ctxOf = (zh: (string | undefined)[], en: (string | undefined)[]): Partial<SearchEntry> => {
  const z = zh.filter(Boolean).join(' · ');
  return z ? { ctx_zh: z, ctx_en: en.filter(Boolean).join(' · ') } : {};
};

export function buildSearchIndex(r: Records): SearchEntry[] {
  const out: SearchEntry[] = [];
  const add = (
    kind: SearchEntry['kind'],
    id: string,
    name_zh: string,
    name_en: string,
    extra: Partial<SearchEntry> = {},
  ) => out.push({ kind, id, name_zh, name_en, ...pinyinKeys(name_zh), ...extra });
  // A county is named by its seat (景洪市, 勐海县, 勐腊县).
  const county = new Map(
    r.places.filter(({ rec }) => rec.kind === 'county_seat').map(({ rec }) => [rec.county, rec]),
  );
  const parks = new Map(r.parks.map(({ rec }) => [rec.id, rec]));
  const industries = new Map(r.industries.map(({ rec }) => [rec.id, rec]));
  for (const { rec } of r.parks) {
    const alias = [{ zh: rec.short_zh, en: rec.short_en, ...pinyinKeys(rec.short_zh) }];
    const parent = rec.parent ? parks.get(rec.parent) : undefined;
    const c = county.get(rec.county);
    const ctx = ctxOf([parent?.short_zh, c?.name_zh], [parent?.short_en, c?.name_en]);
    add('park', rec.id, rec.name_zh, rec.name_en, { sub: rec.kind, alias, ...ctx });
  }
  for (const { rec } of r.industries) add('industry', rec.id, rec.name_zh, rec.name_en);
  for (const { rec } of r.links) {
    const i = industries.get(rec.industry);
    add('link', rec.id, rec.name_zh, rec.name_en, {
      industry: rec.industry,
      ...ctxOf([i?.name_zh], [i?.name_en]),
    });
  }
  for (const { rec } of r.nodes) {
    const p = parks.get(rec.park);
    const c = p ? county.get(p.county) : undefined;
    add('node', rec.id, rec.name_zh, rec.name_en, {
      sub: rec.kind,
      industry: rec.industry,
      park: rec.park,
      ...ctxOf([p?.short_zh, c?.name_zh], [p?.short_en, c?.name_en]),
    });
  }
  for (const { rec } of r.places) {
    const c = rec.kind === 'county_seat' ? undefined : county.get(rec.county);
    add('place', rec.id, rec.name_zh, rec.name_en, {
      sub: rec.kind,
      ...ctxOf([c?.name_zh], [c?.name_en]),
    });
  }
  return out;
}
