import { useTranslation } from 'react-i18next';
import { IndustryChips } from '@/components/ui/industry-chips';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn, noteIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import './details.css';

export function ParkDetails({
  park,
  data,
  showTitle = true,
}: {
  park: BuiltPark;
  data: GeoData;
  showTitle?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const parent = park.parent ? data.index.park(park.parent) : undefined;
  const nodes = data.index.nodesOfPark(park.id);
  const byIndustry = data.catalog.industries
    .map((i) => ({ i, n: nodes.filter((n) => n.industry === i.id).length }))
    .filter((x) => x.n > 0);
  return (
    <>
      {showTitle ? (
        <h2 id="details-title" className="long-text" tabIndex={-1}>
          {nameIn(lang, park)}
        </h2>
      ) : null}
      <ProvenanceBadge provenance={park.provenance} source={noteIn(lang, park, 'source')} asOf={park.as_of} />
      <p className="schematic-note">{t('details.schematic')}</p>
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd data-testid="park-kind">{t(`parkKinds.${park.kind}`)}</dd>
        {parent ? (
          <>
            <dt>{t('details.parent')}</dt>
            <dd>
              <button
                type="button"
                className="linkish"
                onClick={() => select({ kind: 'park', id: parent.id })}
              >
                {nameIn(lang, parent)}
              </button>
            </dd>
          </>
        ) : null}
        <dt>{t('details.level')}</dt>
        <dd>
          <span className={`level level-${park.level}`}>{t(`levels.${park.level}`)}</span>{' '}
          <ProvenanceBadge provenance={park.level_provenance} source={noteIn(lang, park, 'level_source')} />
        </dd>
        <dt>{t('details.county')}</dt>
        <dd>{t(`countyNames.${park.county}`)}</dd>
        {park.extent === 'county' ? null : (
          <>
            <dt>{t('details.area')}</dt>
            <dd>
              {formatNumber(park.area_km2, lang, 1)} {t('units.km2')} · {formatNumber(park.area_ha, lang)}{' '}
              {t('units.ha')} · {formatNumber(park.area_mu, lang)} {t('units.mu')}{' '}
              <ProvenanceBadge
                provenance="estimate"
                source={park.outline_source ? noteIn(lang, park, 'outline_source') : t('details.schematic')}
              />
            </dd>
          </>
        )}
        {park.published_area_km2 && park.area_provenance ? (
          <>
            <dt>{t('details.publishedArea')}</dt>
            <dd data-testid="published-area">
              ≈{formatNumber(park.published_area_km2, lang)} {t('units.km2')}{' '}
              <ProvenanceBadge
                provenance={park.area_provenance}
                source={noteIn(lang, park, 'area_source')}
                asOf={park.area_as_of ?? park.as_of}
              />
            </dd>
          </>
        ) : null}
        {park.extent_note || park.extent === 'county' ? (
          <>
            <dt>{t('details.extentNote')}</dt>
            <dd>
              {park.extent_note ? noteIn(lang, park, 'extent_note') : null}
              {park.extent === 'county' ? (
                <span className="muted" data-testid="county-extent">
                  {park.extent_note ? ' ' : ''}
                  {t('details.countyExtent', { county: t(`countyNames.${park.county}`) })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        <dt>{t('details.leading')}</dt>
        <dd>
          <IndustryChips ids={park.leading} index={data.index} />
          <ProvenanceBadge
            provenance={park.leading_provenance}
            source={noteIn(lang, park, 'leading_source')}
          />
        </dd>
        <dt>{t('details.nodes')}</dt>
        <dd>
          {byIndustry.length === 0 ? t('details.none') : null}
          <ul className="chips">
            {byIndustry.map(({ i, n }) => (
              <li key={i.id}>
                <span className="swatch" style={{ background: i.color }} aria-hidden="true" />
                {nameIn(lang, i)} {n}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </>
  );
}
