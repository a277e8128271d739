import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { EvidenceBase } from '@/components/ui/evidence-base';
import { useEvidenceText } from '@/components/ui/evidence-tag';
import { recordEvidence } from '@/lib/domain/evidence';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn, noteIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import { isFiltering, matchesNode } from '@/lib/domain/node-filter';
import { isLanded } from '@/lib/domain/chain-status';
import { NodeList } from './node-list';
import '../chains.css';

/** The chain side of a park profile: links present and missing, access, land, red-line overlap, firms. */
export function ParkProfile({
  park,
  data,
  firmsToMap = false,
}: {
  park: BuiltPark;
  data: GeoData;
  /** On a page without the map (the profile page): each firm is a link that opens it on the map. */
  firmsToMap?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const filter = useAppStore(
    useShallow((s) => ({ industries: s.industries, stage: s.stage, link: s.link, q: s.q })),
  );
  const ix = useEvidenceIndex(data);
  const evidenceText = useEvidenceText();
  const own = ix.nodesOfPark(park.id);
  // A link is present when a record of it has landed (a firm, or a project signed and beyond); a link
  // with only planned or in-talks projects is in the pipeline, not present.
  const present = new Set(own.filter(isLanded).map((n) => n.link));
  const pipeline = new Set(own.filter((n) => !isLanded(n)).map((n) => n.link));
  const lacking = ix.includeSample ? 'missing' : 'unrecorded';
  const evidenceOf = (link: string) => recordEvidence(own.filter((n) => n.link === link));
  const station = ix.place(park.access.station_id);
  const port = ix.place(park.access.port_id);
  const shown = isFiltering(filter) ? own.filter((n) => matchesNode(n, filter)) : own;
  const km = (v: number) => `${formatNumber(v, lang, 1)} ${t('profile.km')}`;
  return (
    <div className="park-profile" data-testid="park-profile">
      <EvidenceBase ix={ix} />
      <h3>
        {t('profile.linksPresent')} / {t('profile.linksMissing')}
      </h3>
      {park.leading.map((ind) => {
        const i = ix.industry(ind);
        const links = ix.linksOf(ind);
        return (
          <div key={ind} className="profile-industry">
            <p className="profile-ind-name">
              <span className="swatch" style={{ background: i?.color }} aria-hidden="true" />
              {i ? nameIn(lang, i) : ind}
            </p>
            <ul className="link-chips">
              {links.map((l) => {
                const ev = evidenceOf(l.id);
                const has = present.has(l.id);
                const state = has ? 'present' : pipeline.has(l.id) ? 'pipeline' : lacking;
                const label =
                  state === 'present'
                    ? t('statusLong.present')
                    : state === 'pipeline'
                      ? t('profile.pipelineOnly')
                      : t(`statusLong.${lacking}`);
                const cls =
                  state === 'present'
                    ? `has${ev.sample > 0 ? ' has-sample' : ''}`
                    : state === 'pipeline'
                      ? 'lacks pipeline'
                      : `lacks ${lacking}`;
                return (
                  <li
                    key={l.id}
                    className={cls}
                    title={`${label} · ${evidenceText(ev)}`}
                    data-testid={`profile-link-${l.id}`}
                  >
                    <span className="sr-only">{label}: </span>
                    {nameIn(lang, l)}
                    <span className="chip-ev"> {state === 'present' ? evidenceText(ev) : label}</span>
                    {state === 'pipeline' ? <span className="chip-ev"> · {evidenceText(ev)}</span> : null}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <dl className="facts">
        <dt>{t('profile.access')}</dt>
        <dd>
          {t('profile.station')} {station ? nameIn(lang, station) : ''} {km(park.access.station_km)} ·{' '}
          {t('profile.port')} {port ? nameIn(lang, port) : ''} {km(park.access.port_km)} ·{' '}
          {t('profile.expressway')} {km(park.access.expressway_km)} · {t('profile.airport')}{' '}
          {km(park.access.airport_km)}{' '}
          <ProvenanceBadge provenance="estimate" source={t('profile.computed')} />
        </dd>
        {park.land_available_mu !== undefined && park.land_provenance === 'sample' && !ix.includeSample ? (
          <>
            <dt>{t('profile.land')}</dt>
            <dd data-testid="land-unknown">{t('gaps.landUnknown')}</dd>
          </>
        ) : park.land_available_mu !== undefined && park.land_provenance ? (
          <>
            <dt>{t('profile.land')}</dt>
            <dd>
              {formatNumber(park.land_available_mu, lang)} {t('units.mu')}{' '}
              <ProvenanceBadge
                provenance={park.land_provenance}
                source={noteIn(lang, park, 'land_source')}
                asOf={park.land_as_of}
              />
            </dd>
          </>
        ) : null}
        <dt>{t('profile.protected')}</dt>
        {park.extent === 'county' ? (
          <dd data-testid="protected-excluded">{t('profile.protectedExcluded')}</dd>
        ) : (
          <dd>
            {formatNumber(park.protected_ha, lang)} {t('units.ha')} (
            {formatNumber(park.protected_share * 100, lang, 1)}%){' '}
            <ProvenanceBadge provenance="estimate" source={t('profile.computed')} />
          </dd>
        )}
      </dl>
      <h3>
        {t('profile.firms')} {isFiltering(filter) ? t('profile.filtered') : ''} ({shown.length})
      </h3>
      <NodeList nodes={shown} ix={ix} toMap={firmsToMap} />
    </div>
  );
}
