import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { BureauPanel } from '@/features/bureau/components/bureau-panel';
import { MonitoringView } from '@/features/monitoring/components/monitoring-view';
import type { GeoData } from '@/lib/data/use-geo-data';

/**
 * 监测评价: the prefecture's or one park's indicators against the plan's 2025 targets, and the bureau's
 * own data (templates, import, preview, apply, export, reset). A chunk of its own: the charts library and
 * the spreadsheet reader load only here (and only when used).
 */
export function MonitorPage({ park, data }: { park: string | null; data: GeoData }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page monitor-page" data-testid="monitor-page">
      {/* The page's one h1 (the views below start at h2). */}
      <h1 className="sr-only">{t('nav.monitor')}</h1>
      <ErrorBoundary name="monitoring" what={t('areas.monitoring')}>
        <MonitoringView park={park} data={data} />
      </ErrorBoundary>
      <ErrorBoundary name="bureau" what={t('areas.bureau')}>
        <BureauPanel data={data} />
      </ErrorBoundary>
    </main>
  );
}
