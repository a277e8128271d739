/**
 * Search over the built index (search.json): Chinese and English names, full pinyin and pinyin
 * initials. Case-insensitive; spaces in the query are ignored for pinyin. Best matches first.
 */
import type { SearchEntry } from '@/lib/schemas/search-index';

const KIND_ORDER: SearchEntry['kind'][] = ['park', 'industry', 'link', 'place', 'node'];

/** 0 is best; null when the entry does not match. */
export function matchRank(e: SearchEntry, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const compact = q.replace(/\s+/g, '');
  const en = e.name_en.toLowerCase();
  if (e.name_zh === query.trim() || en === q) return 0;
  if (e.name_zh.startsWith(query.trim()) || en.startsWith(q)) return 1;
  if (/^[a-z]+$/.test(compact)) {
    if (e.ini.startsWith(compact)) return 2;
    if (e.py.startsWith(compact)) return 3;
  }
  if (e.name_zh.includes(query.trim()) || en.includes(q)) return 4;
  if (/^[a-z]+$/.test(compact) && compact.length >= 2 && (e.py.includes(compact) || e.ini.includes(compact)))
    return 5;
  return null;
}

export function search(index: SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const seen = new Set<string>();
  return index
    .map((e) => ({ e, r: matchRank(e, query) }))
    .filter((x): x is { e: SearchEntry; r: number } => x.r !== null)
    .sort(
      (a, b) =>
        a.r - b.r ||
        KIND_ORDER.indexOf(a.e.kind) - KIND_ORDER.indexOf(b.e.kind) ||
        a.e.name_zh.length - b.e.name_zh.length,
    )
    .map((x) => x.e)
    .filter((e) => {
      const key = `${e.kind}:${e.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
