import { useTranslation } from 'react-i18next';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { useEvidenceText } from '@/components/ui/evidence-tag';
import { LongText } from '@/components/ui/long-text';
import { recordEvidence } from '@/lib/domain/evidence';
import { IndustryChips } from '@/components/ui/industry-chips';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { PageLink } from './park-link';
import '../parks.css';

/** The directory: one card per park, part of a park and wing town — kind, level, county, leading industries, area. */
export function ParkDirectory({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page directory" data-testid="directory">
      <h1>{t('directory.title')}</h1>
      <p className="lead">{t('directory.intro')}</p>
      <ParkCards data={data} />
    </main>
  );
}

/** The cards alone: the directory page, and the map page when the map cannot start. */
export function ParkCards({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const parks = data.catalog.parks;
  const ix = useEvidenceIndex(data);
  const evidenceText = useEvidenceText();
  return (
    <ul className="cards">
      {parks.map((p) => (
        <li key={p.id} className={`card level-border-${p.level}${p.parent ? ' sub' : ''}`}>
          <h2>
            <PageLink page={`park:${p.id}`} testId={`card-${p.id}`}>
              <LongText text={nameIn(lang, p)} lines={3} />
            </PageLink>
          </h2>
          <p className="card-meta">
            {p.kind === 'park' ? null : (
              <span className="park-kind" data-testid={`card-kind-${p.id}`}>
                {t(`parkKinds.${p.kind}`)} ·{' '}
              </span>
            )}
            <span className={`level level-${p.level}`}>{t(`levels.${p.level}`)}</span>{' '}
            <ProvenanceBadge provenance={p.level_provenance} /> · {t(`countyNames.${p.county}`)}
            {p.parent ? ` · ${nameIn(lang, data.index.park(p.parent) ?? p)}` : ''}
          </p>
          <p className="card-meta">
            {t('details.leading')} <ProvenanceBadge provenance={p.leading_provenance} />
          </p>
          <IndustryChips ids={p.leading} index={data.index} />
          {p.published_area_km2 && p.area_provenance ? (
            <p className="card-area">
              {t('directory.publishedArea')}: ≈{formatNumber(p.published_area_km2, lang)} {t('units.km2')}{' '}
              <ProvenanceBadge provenance={p.area_provenance} asOf={p.area_as_of ?? p.as_of} />
            </p>
          ) : null}
          {p.extent === 'county' ? null : (
            <p className="card-area">
              {t('directory.area')}: {formatNumber(p.area_km2, lang, 1)} {t('units.km2')} ·{' '}
              {formatNumber(p.area_mu, lang)} {t('units.mu')}
            </p>
          )}
          <p className="card-records" data-testid={`card-records-${p.id}`}>
            {t('directory.records')}: {evidenceText(recordEvidence(ix.nodesOfPark(p.id)))}
          </p>
        </li>
      ))}
    </ul>
  );
}
