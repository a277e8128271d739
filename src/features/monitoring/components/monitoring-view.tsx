import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/lib/data/use-geo-data';
import { ensureMonitorStrings } from '../monitor-strings';

/** The prefecture's (park === null) or one park's indicators against the plan's 2025 targets. */
export function MonitoringView({ park }: { park: string | null; data: GeoData }) {
  const { t, i18n } = useTranslation();
  ensureMonitorStrings(i18n);
  return (
    <section
      className="monitoring"
      aria-labelledby="monitor-h"
      data-testid="monitoring-view"
      data-park={park ?? ''}
    >
      <h2 id="monitor-h">{t('monitor.title')}</h2>
    </section>
  );
}
