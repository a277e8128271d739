import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import type { Site } from '@/store/site-storage';
import { MethodNote } from './method-note';

/** Two or more candidate sites side by side, one row per metric. */
export function CompareTable({ columns }: { columns: { site: Site; rows: [string, string][] | null }[] }) {
  const { t } = useTranslation();
  const labels = (columns.find((c) => c.rows)?.rows ?? []).map(([label]) => label);
  return (
    <section className="wb-section" aria-labelledby="compare-title">
      <h3 id="compare-title">{t('wb.compareTitle')}</h3>
      <div className="compare-scroll">
        <table className="compare" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col" />
              {columns.map((c) => (
                <th key={c.site.id} scope="col">
                  <LongText text={c.site.name} lines={3} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {columns.map((c) => (
                  <td key={c.site.id}>{c.rows?.[i]?.[1] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MethodNote methods={['area', 'distance']} testId="compare-method" />
    </section>
  );
}
