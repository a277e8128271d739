/**
 * The words a query may use for a result's type, in both languages ("勐海 园区", "mohan port",
 * "jinghong county"): a word of the query that names the type of an entry matches it (a little lower than
 * a word of its name). Vocabulary of the interface, not data: the names and aliases come from the index.
 */
import type { SearchEntry } from '@/lib/schemas/search-index';

const PARK = [
  '园区',
  '园',
  '产业园',
  '产业园区',
  '工业园',
  '工业园区',
  '开发区',
  'park',
  'parks',
  'industrial',
  'zone',
];
const BY_SUB: Record<string, string[]> = {
  // parks by their kind
  park: ['试验区', '集聚区'],
  subzone: ['片区', 'subzone', 'sub'],
  town: ['集镇', '镇', 'town'],
  // places by theirs
  county_seat: ['县', '市', '县市', '县城', 'county', 'city', 'seat'],
  station: ['站', '车站', '火车站', '铁路', 'station', 'railway', 'rail'],
  port: ['口岸', '港', '港口', 'port', 'border'],
  airport: ['机场', '空港', 'airport'],
  // nodes by theirs
  firm: ['企业', '公司', 'firm', 'firms', 'company'],
  project: ['项目', 'project'],
  institute: ['科研', '研究所', '机构', 'institute', 'research'],
  customs: ['海关', '监管', '监管场地', 'customs', 'inspection'],
};
const BY_KIND: Record<SearchEntry['kind'], string[]> = {
  park: PARK,
  industry: ['产业', 'industry'],
  link: ['环节', '产业链', 'link', 'chain'],
  node: [],
  place: ['地点', 'place'],
};

export function typeWords(e: SearchEntry): string[] {
  return [...BY_KIND[e.kind], ...(BY_SUB[e.sub ?? ''] ?? [])];
}
