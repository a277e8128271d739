import type { TFunction } from 'i18next';
import { type Lang, nameIn, textIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { formatNumber } from '@/lib/format';
import type { SiteMetrics } from '../model/site-metrics';

/**
 * A site's metrics as label/value rows in the UI's language (the site card and the compare table). A site
 * that cannot be measured (null) keeps the rows, each "—".
 */
export function metricRows(
  m: SiteMetrics | null,
  data: GeoData,
  lang: Lang,
  t: TFunction,
  reserveName: (id: string) => string,
): [string, string][] {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const km = (v: number | null) =>
    v === null || !Number.isFinite(v) ? '—' : `${n(v, 1)} ${t('profile.km')}`;
  if (!m)
    return [
      'details.area',
      'wb.county',
      'wb.nearestPark',
      'wb.station',
      'wb.port',
      'wb.expressway',
      'wb.airport',
      'wb.protectedOverlap',
    ].map((k) => [t(k as 'wb.county'), '—']);
  const park = data.index.park(m.nearestPark.id);
  const station = data.index.place(m.station.id);
  const port = m.port ? data.index.place(m.port.id) : undefined;
  const reserves = m.protectedOverlap.ids.map(reserveName).join(t('listSep'));
  return [
    [
      t('details.area'),
      `${n(m.area.mu)} ${t('units.mu')} · ${n(m.area.ha, 1)} ${t('units.ha')} · ${n(m.area.km2, 3)} ${t('units.km2')}`,
    ],
    [t('wb.county'), m.county ? t(`countyNames.${m.county as 'jinghong'}`) : '—'],
    [t('wb.nearestPark'), park ? `${textIn(lang, park, 'short')} ${km(m.nearestPark.km)}` : '—'],
    [t('wb.station'), station ? `${nameIn(lang, station)} ${km(m.station.km)}` : '—'],
    [t('wb.port'), m.port && port ? `${nameIn(lang, port)} ${km(m.port.km)}` : '—'],
    [t('wb.expressway'), km(m.expresswayKm)],
    [t('wb.airport'), km(m.airportKm)],
    [
      t('wb.protectedOverlap'),
      m.protectedOverlap.m2 > 0
        ? `${n(m.protectedOverlap.ha, 1)} ${t('units.ha')} · ${n(m.protectedOverlap.mu)} ${t('units.mu')} (${reserves})`
        : t('wb.none'),
    ],
  ];
}
