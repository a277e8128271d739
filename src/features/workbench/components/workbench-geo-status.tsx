import { useTranslation } from 'react-i18next';
import { DataErrorItem } from '@/components/ui/data-error-item';
import type { WorkbenchGeo } from '../api/use-workbench-geo';

/** While the planner's polygon files load, or which failed (with a retry). */
export function WorkbenchGeoStatus({ geo }: { geo: WorkbenchGeo }) {
  const { t } = useTranslation();
  if (geo.status === 'loading') return <p className="muted">{t('loading')}</p>;
  if (geo.status === 'ready') return null;
  return (
    <div className="status error" role="alert" data-testid="workbench-data-error">
      <ul>
        {geo.errors.map((e) => (
          <DataErrorItem key={e.file} error={e} />
        ))}
      </ul>
      <button type="button" className="small" onClick={geo.retry} data-testid="workbench-data-retry">
        {t('errors.retry')}
      </button>
    </div>
  );
}
