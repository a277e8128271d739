import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { useRoving } from '@/components/ui/use-roving';
import type { Selection } from '@/store/app-store';
import { DEFAULT_SORT, nextSort, type Row, type Sort, type SortKey, sortedRows } from '../model/rows';

export interface Column {
  key: SortKey;
  label: string;
}

interface Props {
  id: string;
  caption: string;
  columns: Column[];
  rows: Row[];
  lang: 'zh' | 'en';
  empty: string;
  onPick: (s: Selection) => void;
}

/**
 * One sortable table of records: a header button per column (aria-sort on the sorted one), a row
 * button per record that selects it. The row buttons are one Tab stop (roving tabindex): the up and
 * down arrows, Home and End move between them.
 */
export function RowTable({ id, caption, columns, rows, lang, empty, onPick }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const sorted = sortedRows(rows, sort, lang);
  // The row buttons are one Tab stop; ↑↓ Home End move between them (the same roving tabindex as the chips).
  const roving = useRoving(sorted.length);
  return (
    <table className="inview-table" id={id} data-testid={id}>
      <caption>
        {caption} <span className="count">({rows.length})</span>
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : undefined}>
              <button
                type="button"
                className="sort"
                data-testid={`${id}-sort-${c.key}`}
                aria-label={t('access.list.sortBy', { column: c.label })}
                onClick={() => setSort(nextSort(sort, c.key))}
              >
                {c.label}
                <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
                  {sort.key !== c.key ? (
                    <path d="M2 4l3-3 3 3zM2 6l3 3 3-3z" fill="currentColor" opacity="0.45" />
                  ) : sort.dir === 'ascending' ? (
                    <path d="M1 7l4-5 4 5z" fill="currentColor" />
                  ) : (
                    <path d="M1 3l4 5 4-5z" fill="currentColor" />
                  )}
                </svg>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.length === 0 ? (
          <tr>
            <td colSpan={columns.length} className="muted">
              {empty}
            </td>
          </tr>
        ) : (
          sorted.map((r, i) => (
            <tr key={r.id}>
              {columns.map((c) =>
                c.key === 'name' ? (
                  <th key={c.key} scope="row">
                    <button
                      type="button"
                      className="pick"
                      {...roving(i)}
                      data-testid={`inview-row-${r.kind}-${r.id}`}
                      onClick={() => onPick({ kind: r.kind, id: r.id })}
                    >
                      {r.name}
                    </button>
                    {r.provenance === 'sample' ? <ProvenanceBadge provenance="sample" /> : null}
                  </th>
                ) : (
                  <td key={c.key}>{r[c.key] || '—'}</td>
                ),
              )}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
