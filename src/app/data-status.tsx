import { useTranslation } from 'react-i18next';
import { DataErrorItem } from '@/components/ui/data-error-item';
import type { GeoState } from '@/lib/data/use-geo-data';
import { localMinute } from '@/lib/data/bureau-record';

const BUREAU_PROBLEM = {
  unreadable: 'dataStatus.bureauUnreadable',
  unavailable: 'dataStatus.bureauUnavailable',
  'newer-version': 'dataStatus.bureauNewer',
} as const;

/** One quiet line while the bureau's data is applied, or why its stored data is not in use. */
function BureauLine({ geo }: { geo: Extract<GeoState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  const record = geo.data.bureau;
  if (record)
    return (
      <p className="status quiet bureau-line" data-testid="bureau-data-line">
        {t('dataStatus.bureauApplied', { at: localMinute(record.appliedAt) })}
      </p>
    );
  // No storage at all (private mode, IndexedDB off) is said in the bureau's panel only: there may be no
  // bureau data to miss, and every page would carry the line.
  if (!geo.bureauProblem || geo.bureauProblem === 'unavailable') return null;
  return (
    <p className="status warn bureau-line" role="status" data-testid="bureau-data-problem">
      {t(BUREAU_PROBLEM[geo.bureauProblem])}
    </p>
  );
}

/** Loading, a fatal data error (with retry), or the optional files that are missing (with retry). */
export function DataStatus({ geo, mapBooting = false }: { geo: GeoState; mapBooting?: boolean }) {
  const { t } = useTranslation();
  // The map shown on its boot data: its panels say they are loading; a line above the map would push
  // it down, then let it jump back up when the data is in.
  if (geo.status === 'loading') return mapBooting ? null : <p className="status">{t('loading')}</p>;
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
  const bureau = <BureauLine geo={geo} />;
  if (geo.missing.length === 0) return bureau;
  return (
    <>
      {bureau}
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
    </>
  );
}
