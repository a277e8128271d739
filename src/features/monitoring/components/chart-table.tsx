import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { download } from '@/lib/download';
import { useAppStore } from '@/store/app-store';
import { type Chart, chartCsv, sourceLine } from '../model/chart-data';

/** A chart's numbers as a table (collapsed under 表格 / Table), its source line, and the CSV download. */
export function ChartTable({ chart, fileScope }: { chart: Chart; fileScope: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const show = (m: Parameters<typeof showMessage>[1]) => showMessage(t, m);
  const { table } = chart;
  const onCsv = () =>
    download(
      t('monitor.csv.file', { target: chart.id, scope: fileScope }),
      chartCsv(table, lang, show),
      'text/csv;charset=utf-8',
    );
  return (
    <div className="mon-table-box">
      <details data-testid={`table-${chart.id}`}>
        <summary>{t('monitor.table.show')}</summary>
        <div className="mon-table-scroll">
          <table className="mon-table">
            <caption>{show(table.caption)}</caption>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h.key + JSON.stringify(h.params ?? {})} scope="col">
                    {show(h)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.map((c) => c.text).join('|')}>
                  {r.map((c, i) =>
                    i === 0 ? (
                      <th key={`h${c.text}`} scope="row">
                        {c.text}
                      </th>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row keep their order
                      <td key={i}>{c.text}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="mon-source">{show(sourceLine(table, lang))}</p>
      <button type="button" className="mon-csv" onClick={onCsv} data-testid={`csv-${chart.id}`}>
        {t('monitor.csv.download')}
      </button>
    </div>
  );
}
