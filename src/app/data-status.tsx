import { useTranslation } from 'react-i18next';
import { DataErrorItem } from '@/components/ui/data-error-item';
import type { GeoState } from '@/lib/data/use-geo-data';

/** Loading, a fatal data error (with retry), or the optional files that are missing (with retry). */
export function DataStatus({ geo }: { geo: GeoState }) {
  const { t } = useTranslation();
  if (geo.status === 'loading') return <p className="status">{t('loading')}</p>;
  if (geo.status === 'error')
    return (
      <div className="status error data-error" role="alert" data-testid="data-error">
        <p>{t('dataError.fatal')}</p>
        <ul>
          <DataErrorItem error={geo.error} />
        </ul>
        <button type="button" className="primary" onClick={geo.retry} data-testid="data-retry">
          {t('errors.retry')}
        </button>
      </div>
    );
  if (geo.missing.length === 0) return null;
  return (
    <div className="status warn data-missing" role="status" data-testid="data-missing">
      <span>{t('dataError.missingSome')}</span>
      <ul>
        {geo.missing.map((e) => (
          <DataErrorItem key={e.file} error={e} />
        ))}
      </ul>
      <button type="button" className="small" onClick={geo.retry} data-testid="data-retry">
        {t('errors.retry')}
      </button>
    </div>
  );
}
