/**
 * search.json, the search index the data build writes (data/scripts/lib/search-index.ts): names, full
 * pinyin and pinyin initials (ü as v), a park's short names as aliases, and the context shown as a
 * result's second line (a park's parent and county, a firm's park, a link's industry, a place's county).
 */
import { z } from 'zod/mini';

export const searchAliasSchema = z.object({
  zh: z.string(),
  en: z.string(),
  py: z.string(),
  ini: z.string(),
});
export type SearchAlias = z.infer<typeof searchAliasSchema>;

export const searchEntrySchema = z.object({
  kind: z.enum(['park', 'industry', 'link', 'node', 'place']),
  id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  py: z.string(),
  ini: z.string(),
  /** For links and nodes: the industry, so a result can open its chain. */
  industry: z.optional(z.string()),
  /** For parks their kind (park / subzone / town), for nodes and places theirs: the result's tag. */
  sub: z.optional(z.string()),
  /** For nodes: their park's id. */
  park: z.optional(z.string()),
  /** Other names of the same thing (a park's short names), each with its pinyin. */
  alias: z.optional(z.array(searchAliasSchema)),
  /** Where it is, in each language ("磨憨试验区 · 勐腊县"); the result's second line. */
  ctx_zh: z.optional(z.string()),
  ctx_en: z.optional(z.string()),
});
export type SearchEntry = z.infer<typeof searchEntrySchema>;
export const searchIndexSchema = z.array(searchEntrySchema);
