/**
 * The list view's rows: a park or a node as the text the table shows (in the UI's language) and the
 * record it selects. Pure: the caller passes the translator and the lookups.
 */
import { type SortDir, sortRows } from '@/lib/domain/in-view';
import type { Provenance } from '@/lib/schemas/vocab';

export type RowKind = 'park' | 'node';

export interface Row {
  kind: RowKind;
  id: string;
  name: string;
  /** The record's type (a park's kind or a node's). */
  type: string;
  /** A park's county, a node's park. */
  place: string;
  /** A node's chain link; empty for a park. */
  link: string;
  provenance: Provenance;
}

export type SortKey = 'name' | 'type' | 'place' | 'link';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}
export const DEFAULT_SORT: Sort = { key: 'name', dir: 'ascending' };

/** The sort a click on a column's header makes: that column ascending, or the other way if it is already sorted by it. */
export const nextSort = (current: Sort, key: SortKey): Sort =>
  current.key === key
    ? { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' }
    : { key, dir: 'ascending' };

/** Rows in the sort's order; ties by name (Chinese by pinyin). */
export const sortedRows = (rows: readonly Row[], sort: Sort, lang: 'zh' | 'en'): Row[] =>
  sortRows(
    rows,
    (r) => r[sort.key],
    sort.dir,
    lang === 'zh' ? 'zh-CN' : 'en',
    (r) => r.name,
  );
