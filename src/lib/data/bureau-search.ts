/**
 * The search index with the bureau's ledger in force: the shipped node entries are replaced by one entry
 * per node of the applied record (its names; no pinyin, which only the data build computes), so a firm the
 * bureau entered is found by its Chinese or English name and a removed one is not. Pure.
 */
import type { SearchEntry } from '@/lib/schemas/search-index';
import type { BureauRecord } from './bureau-types';

export function withBureauNodes(
  index: SearchEntry[],
  record: BureauRecord | null | undefined,
): SearchEntry[] {
  if (!record) return index;
  const shipped = new Map(index.filter((e) => e.kind === 'node').map((e) => [e.id, e]));
  const nodes = record.nodes.features.map(({ properties: p }): SearchEntry => {
    const before = shipped.get(p.id);
    // A shipped record keeps its pinyin while its Chinese name is unchanged.
    const same = before && before.name_zh === p.name_zh;
    return {
      kind: 'node',
      id: p.id,
      name_zh: p.name_zh,
      name_en: p.name_en,
      py: same ? before.py : '',
      ini: same ? before.ini : '',
      industry: p.industry,
      sub: p.kind,
      park: p.park,
      // Where it is (its park and county), while it stays in the park it shipped in.
      ...(before && before.park === p.park && before.ctx_zh
        ? { ctx_zh: before.ctx_zh, ctx_en: before.ctx_en ?? '' }
        : {}),
    };
  });
  return [...index.filter((e) => e.kind !== 'node'), ...nodes];
}
