/** A result's type as the key of its tag (searchBox.tags): 园区 / Park, 县市 / County, 企业 / Firm… */
import type { SearchEntry } from '@/lib/schemas/search-index';
import type { searchZh } from '@/i18n/strings/search';

export type TagKey = keyof typeof searchZh.tags;

const PARK: Record<string, TagKey> = { park: 'park', subzone: 'subzone', town: 'parkTown' };
const PLACE: Record<string, TagKey> = {
  county_seat: 'county',
  town: 'town',
  station: 'station',
  port: 'port',
  airport: 'airport',
};
const NODE: Record<string, TagKey> = {
  firm: 'firm',
  project: 'project',
  institute: 'institute',
  customs: 'customs',
};

export function resultTag(e: SearchEntry): TagKey {
  const sub = e.sub ?? '';
  if (e.kind === 'park') return PARK[sub] ?? 'park';
  if (e.kind === 'place') return PLACE[sub] ?? 'place';
  if (e.kind === 'node') return NODE[sub] ?? 'node';
  return e.kind;
}
