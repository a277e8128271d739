/** search.json, the search index the data build writes (names, full pinyin, pinyin initials). */
import { z } from 'zod/mini';

export const searchEntrySchema = z.object({
  kind: z.enum(['park', 'industry', 'link', 'node', 'place']),
  id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  py: z.string(),
  ini: z.string(),
  industry: z.optional(z.string()),
  sub: z.optional(z.string()),
});
export type SearchEntry = z.infer<typeof searchEntrySchema>;
export const searchIndexSchema = z.array(searchEntrySchema);
