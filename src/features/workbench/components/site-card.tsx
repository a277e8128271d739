import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import { nameIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import type { SiteMetrics } from '../model/site-metrics';
import type { Site } from '../model/site-storage';

export function metricRows(
  m: SiteMetrics,
  data: GeoData,
  lang: 'zh' | 'en',
  t: (k: string, o?: Record<string, unknown>) => string,
) {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const km = (v: number) => `${n(v, 1)} ${lang === 'en' ? 'km' : '公里'}`;
  const park = data.catalog.parks.find((p) => p.id === m.nearestPark.id);
  const station = data.places.features.find((f) => f.properties.id === m.station.id)?.properties;
  const reserves = m.protectedOverlap.ids;
  return [
    [
      t('details.area'),
      `${n(m.area.mu)} ${t('units.mu')} · ${n(m.area.ha, 1)} ${t('units.ha')} · ${n(m.area.km2, 3)} ${t('units.km2')}`,
    ],
    [t('wb.county'), m.county ? t(`countyNames.${m.county}`) : '—'],
    [
      t('wb.nearestPark'),
      park
        ? `${nameIn(lang, { name_zh: park.short_zh, name_en: park.short_en })} ${km(m.nearestPark.km)}`
        : '—',
    ],
    [t('wb.station'), `${station ? nameIn(lang, station) : ''} ${km(m.station.km)}`],
    [t('wb.port'), km(m.portKm)],
    [t('wb.expressway'), km(m.expresswayKm)],
    [t('wb.airport'), km(m.airportKm)],
    [
      t('wb.protectedOverlap'),
      m.protectedOverlap.m2 > 0
        ? `${n(m.protectedOverlap.ha, 1)} ${t('units.ha')} · ${n(m.protectedOverlap.mu)} ${t('units.mu')} (${reserves.join(', ')})`
        : t('wb.none'),
    ],
  ] as const;
}

/** One candidate site: its name (editable), metrics, and actions. */
export function SiteCard({
  site,
  metrics,
  data,
  compare,
  onCompare,
}: {
  site: Site;
  metrics: SiteMetrics | null;
  data: GeoData;
  compare: boolean;
  onCompare: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { setSites, flyToPoint } = useAppStore.getState();
  const rename = (name: string) =>
    setSites(
      useAppStore
        .getState()
        .sites.map((s) => (s.id === site.id ? { ...s, name: name.slice(0, 80) || s.name } : s)),
    );
  const remove = () => setSites(useAppStore.getState().sites.filter((s) => s.id !== site.id));
  return (
    <li className="site-card" data-testid={`site-${site.id}`}>
      <label className="site-name">
        <span className="sr-only">{t('wb.name')}</span>
        <input
          defaultValue={site.name}
          onBlur={(e) => rename(e.target.value.trim())}
          data-testid="site-name"
        />
      </label>
      {metrics ? (
        <dl className="facts">
          {metricRows(metrics, data, lang, t).map(([k, v]) => (
            <div key={k} className="fact-row">
              <dt>{k}</dt>
              <dd data-testid={`site-metric-${k}`}>{v}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ProvenanceBadge provenance="estimate" source={t('wb.computedNote')} />
      <div className="btn-row">
        {metrics ? (
          <button type="button" onClick={() => flyToPoint(metrics.centre, 12)}>
            {t('wb.locate')}
          </button>
        ) : null}
        <label className="inline">
          <input type="checkbox" checked={compare} onChange={(e) => onCompare(e.target.checked)} />{' '}
          {t('wb.compare')}
        </label>
        <button type="button" className="danger" onClick={remove}>
          {t('wb.del')}
        </button>
      </div>
    </li>
  );
}
