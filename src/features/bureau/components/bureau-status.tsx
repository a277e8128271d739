import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { asideCount, storageEstimate } from '@/lib/data/bureau-db';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { localMinute } from '@/lib/data/bureau-record';
import type { BureauRecord } from '@/lib/data/bureau-types';

const PROBLEM_KEY = {
  unreadable: 'bureauUnreadable',
  unavailable: 'bureauUnavailable',
  'newer-version': 'bureauNewer',
} as const;

/** Bytes as MB or GB (the same in both languages). */
export function formatBytes(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '—';
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

/** Which data is in use (shipped, with its version; or the bureau's: when, files, how much), and storage. */
export function BureauStatus({ record, version }: { record: BureauRecord | null; version: string }) {
  const { t } = useTranslation();
  const storage = useQuery({
    queryKey: ['bureau', 'storage'],
    queryFn: async () => ({ estimate: await storageEstimate(), aside: await asideCount() }),
    staleTime: 0,
  });
  const problem = useQuery(bureauQueryOptions()).data?.problem;
  const est = storage.data?.estimate ?? null;
  const aside = storage.data?.aside ?? 0;
  return (
    <section
      className="bureau-card bureau-status"
      aria-labelledby="bureau-status-h"
      data-testid="bureau-status"
    >
      <h3 id="bureau-status-h">{t('bureau.panel.status.title')}</h3>
      {record ? (
        <>
          <p className="bureau-in-use" data-in-use="bureau">
            <strong>{t('bureau.panel.status.bureau', { at: localMinute(record.appliedAt) })}</strong>
          </p>
          <ul className="bureau-facts">
            <li className="long-text">
              {t('bureau.panel.status.files', { files: record.files.join(t('bureau.panel.verdict.list')) })}
            </li>
            <li data-testid="bureau-entered-count">
              {t('bureau.panel.status.entered', {
                nodes: record.entered.nodes.length,
                stats: record.entered.stats.length,
              })}
            </li>
            <li>{t('bureau.panel.status.base', { version: record.baseVersion })}</li>
            {record.baseVersion !== version ? (
              <li className="warn">{t('bureau.panel.status.baseChanged', { version })}</li>
            ) : null}
          </ul>
        </>
      ) : (
        <p className="bureau-in-use" data-in-use="shipped">
          <strong>{t('bureau.panel.status.shipped', { version })}</strong>
        </p>
      )}
      <p className="muted" data-testid="bureau-storage">
        {est
          ? t('bureau.panel.status.storage', { used: formatBytes(est.usage), quota: formatBytes(est.quota) })
          : t('bureau.panel.status.storageUnknown')}
      </p>
      {problem ? (
        <p className="warn" data-testid="bureau-problem">
          {t(`dataStatus.${PROBLEM_KEY[problem]}`)}
        </p>
      ) : null}
      {aside > 0 ? (
        <p className="warn" data-testid="bureau-aside">
          {t('bureau.panel.status.aside', { count: aside })}
        </p>
      ) : null}
    </section>
  );
}
