import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataErrorItem } from '@/components/ui/data-error-item';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useBuiltFile } from '@/lib/data/use-built-file';
import type { MonitorData } from '@/lib/schemas/monitor';
import { useAppStore } from '@/store/app-store';
import { ensureMonitorStrings } from '../monitor-strings';
import { buildView, indicatorInput } from '../model/view-model';
import { GroupSection } from './group-section';
import { ScopePicker } from './scope-picker';
import '../monitoring.css';

/** The prefecture's (park === null) or one park's indicators against the plan's 2025 targets. */
export function MonitoringView({ park, data }: { park: string | null; data: GeoData }) {
  const { t, i18n } = useTranslation();
  ensureMonitorStrings(i18n);
  const lang = useAppStore((s) => s.lang);
  const monitor = useBuiltFile('monitor');
  const known = park === null ? null : (data.index.park(park) ?? null);
  const title = known ? nameIn(lang, known) : t('monitor.prefecture');
  return (
    <section
      className="monitoring"
      aria-labelledby="monitor-h"
      data-testid="monitoring-view"
      data-park={park ?? ''}
    >
      <h2 id="monitor-h">
        {t('monitor.title')} · <span data-testid="monitor-scope-name">{title}</span>
      </h2>
      <p className="lead">{t('monitor.intro')}</p>
      <ScopePicker parks={data.catalog.parks} park={known ? known.id : null} />
      {park !== null && !known ? (
        <p role="status" className="mon-notice">
          {t('monitor.unknownPark', { id: park })}
        </p>
      ) : null}
      {monitor.data ? (
        <Targets monitor={monitor.data} data={data} park={known?.id ?? null} />
      ) : monitor.error ? (
        <div role="alert" className="mon-error">
          <p>{t('monitor.failed')}</p>
          <ul>
            <DataErrorItem error={monitor.error} />
          </ul>
        </div>
      ) : (
        <p className="muted">{t('monitor.loading')}</p>
      )}
    </section>
  );
}

function Targets({ monitor, data, park }: { monitor: MonitorData; data: GeoData; park: string | null }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const includeSample = useAppStore((s) => s.includeSample);
  const parks = data.catalog.parks;
  const groups = useMemo(() => {
    const input = indicatorInput(monitor, parks, includeSample, data.bureau);
    return buildView(monitor, input, parks, parks.find((p) => p.id === park) ?? null);
  }, [monitor, parks, includeSample, data.bureau, park]);
  const parkRec = parks.find((p) => p.id === park) ?? null;
  const parkName = (id: string) => {
    const p = data.index.park(id);
    return p ? nameIn(lang, p) : id === 'prefecture' ? t('monitor.prefectureRow') : id;
  };
  return (
    <>
      {data.bureau ? (
        <p className="mon-basis" data-testid="monitor-bureau">
          {t('monitor.bureauOn')}
        </p>
      ) : null}
      {includeSample ? null : <p className="mon-basis">{t('monitor.sampleOff')}</p>}
      {groups.map((g) => (
        <GroupSection key={g.group} group={g} park={parkRec} parkName={parkName} />
      ))}
    </>
  );
}
