import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import type { ImportedLayer } from '@/store/workbench-slice';
import { ensureGisStrings } from '../gis-strings';
import { attributeColumns, cellText, nextSort, type Sort, sortedIndices } from '../model/attribute-rows';
import { layerBounds } from '../model/imported-areas';

/** Rows drawn at most (a 200,000-feature layer would stall the page as a table). */
export const TABLE_ROWS = 500;

/**
 * A layer's attribute table: a column per property key, sorted by a click on a header (ascending, then
 * descending; aria-sort says which), the first 500 rows; a click on a row picks the feature (its
 * attributes card, its outline on the map) and flies there.
 */
export function AttributeTable({ layer, onClose }: { layer: ImportedLayer; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const picked = useAppStore((s) => s.selectedImported);
  const features = layer.data.features;
  const [sort, setSort] = useState<Sort | null>(null);
  const columns = useMemo(() => attributeColumns(features), [features]);
  const order = useMemo(() => sortedIndices(features, sort).slice(0, TABLE_ROWS), [features, sort]);
  const select = (i: number) => {
    const store = useAppStore.getState();
    store.selectImported({ layer: layer.id, feature: String(i) });
    const f = features[i];
    const bbox = f ? layerBounds({ type: 'FeatureCollection', features: [f] }) : null;
    if (bbox) store.moveCamera({ kind: 'bounds', bbox, maxZoom: 15 });
  };
  const n = features.length;
  return (
    <section className="attr-table" aria-labelledby={`attr-${layer.id}`} data-testid="attribute-table">
      <div className="attr-head">
        <h4 id={`attr-${layer.id}`} className="long-text">
          {t('gis.layers.tableView.title', { name: layer.name })}
        </h4>
        <button
          type="button"
          className="icon-btn"
          onClick={onClose}
          aria-label={t('gis.layers.tableView.close')}
          data-testid="attribute-table-close"
        >
          ×
        </button>
      </div>
      <p className="hint" data-testid="attribute-table-count">
        {n > TABLE_ROWS
          ? t('gis.layers.tableView.shown', {
              shown: formatNumber(TABLE_ROWS, lang),
              n: formatNumber(n, lang),
            })
          : t('gis.layers.tableView.all', { n: formatNumber(n, lang) })}
      </p>
      {columns.length === 0 ? <p className="muted">{t('gis.layers.tableView.noFields')}</p> : null}
      <div className="attr-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('gis.layers.tableView.row')}</th>
              {columns.map((c) => {
                const dir = sort?.key === c ? sort.dir : null;
                return (
                  <th
                    key={c}
                    scope="col"
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="attr-sort"
                      data-testid="attribute-sort"
                      data-key={c}
                      aria-label={t(
                        dir === 'asc' ? 'gis.layers.tableView.sortDesc' : 'gis.layers.tableView.sortAsc',
                        { field: c },
                      )}
                      onClick={() => setSort(nextSort(sort, c))}
                    >
                      <span className="long-text">{c}</span>
                      <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {order.map((i) => {
              const p = features[i]?.properties ?? {};
              const on = picked?.layer === layer.id && picked.feature === String(i);
              return (
                // A click anywhere on the row picks it; from the keyboard, its number's button does.
                <tr
                  key={i}
                  className={on ? 'picked' : undefined}
                  data-testid="attribute-row"
                  data-index={i}
                  onClick={() => select(i)}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="linkish"
                      aria-label={t('gis.layers.tableView.selectRow', { n: i + 1 })}
                      aria-current={on ? 'true' : undefined}
                      onClick={(e) => {
                        e.stopPropagation();
                        select(i);
                      }}
                    >
                      {i + 1}
                    </button>
                  </th>
                  {columns.map((c) => (
                    <td key={c} className="long-text">
                      {cellText(p[c])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
