/**
 * A host-score factor as a fact an investor understands ("0.5 km to 磨憨站", "6,800 亩 available
 * (sample figure)"), as a message to translate: shared by the host ranking and the briefing.
 */
import type { Message } from '@/i18n/message';
import { type Lang, textIn } from '@/i18n/lang';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { formatNumber } from '@/lib/format';
import { type Factor, FIT_LEADING_ONLY, type HostRank } from './host-score';

/** @param neighbours how many links feed or are fed by the link (the cluster factor's base) */
export function hostFact(
  r: HostRank,
  f: Factor,
  ix: Pick<CatalogIndex, 'park' | 'place'>,
  lang: Lang,
  neighbours: number,
): Message {
  const park = ix.park(r.park);
  const km = (v: number) => formatNumber(v, lang, 1);
  const place = (id: string | undefined) => {
    const p = id ? ix.place(id) : undefined;
    return p ? textIn(lang, p, 'name') : '';
  };
  switch (f) {
    case 'fit':
      return {
        key:
          r.values.fit >= 1
            ? 'hostFacts.fitCore'
            : r.values.fit >= FIT_LEADING_ONLY
              ? 'hostFacts.fitLeading'
              : 'hostFacts.fitNone',
      };
    case 'cluster':
      return {
        key: 'hostFacts.cluster',
        params: { n: Math.round(r.values.cluster * neighbours), m: neighbours },
      };
    case 'land':
      if (r.landUnknown || park?.land_available_mu === undefined) return { key: 'gaps.landUnknown' };
      return {
        key: park.land_provenance === 'sample' ? 'hostFacts.landSample' : 'hostFacts.land',
        params: { mu: formatNumber(park.land_available_mu, lang) },
      };
    case 'rail':
      return {
        key: 'hostFacts.to',
        params: { name: place(park?.access.station_id), km: km(park?.access.station_km ?? 0) },
      };
    case 'port':
      return {
        key: 'hostFacts.to',
        params: { name: place(park?.access.port_id), km: km(park?.access.port_km ?? 0) },
      };
    case 'road':
      return { key: 'hostFacts.road', params: { km: km(park?.access.expressway_km ?? 0) } };
    case 'protected':
      return { key: 'hostFacts.protected', params: { pct: formatNumber(r.values.protected * 100, lang, 1) } };
  }
}
