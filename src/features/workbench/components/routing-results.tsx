import { useTranslation } from 'react-i18next';
import { EvidenceTag } from '@/components/ui/evidence-tag';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, noteIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { Pollution, Project } from '@/lib/domain/project';
import type { LEVELS } from '@/lib/schemas/vocab';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { revenuePerMu, type RouteRank } from '../model/routing';
import { shownMoney } from './money';
import { ShareLink } from './share-link';

type Level = (typeof LEVELS)[number];

/** Every park checked against the plan's rules for the project, with the numbers, ranked. */
export function RoutingResults({
  project,
  ranks,
  data,
}: {
  project: Project;
  ranks: RouteRank[];
  data: GeoData;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { selectAndFocus } = useAppStore.getState();
  const ix = data.index;
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const money = (wan: number, d = 0) => shownMoney(wan, lang, d);
  return (
    <section className="wb-section" aria-live="polite" data-testid="route-results">
      <p>
        <strong>{t('wb.perMu', { v: money(revenuePerMu(project), 1) })}</strong>{' '}
        <span className="muted">
          ({t(`provenance.${data.catalog.rules.floor_provenance}`)}:{' '}
          {noteIn(lang, data.catalog.rules, 'floor_source')})
        </span>
      </p>
      <p className="muted" data-testid="access-rule">
        {t('wb.accessRule', {
          rail: data.catalog.rules.rail_max_km,
          port: data.catalog.rules.port_max_km,
        })}{' '}
        <ProvenanceBadge
          provenance={data.catalog.rules.access_provenance}
          source={noteIn(lang, data.catalog.rules, 'access_source')}
          asOf={data.catalog.rules.access_as_of}
        />
      </p>
      <ol className="route-list">
        {ranks.map((r) => {
          const park = ix.park(r.park);
          return (
            <li key={r.park} className={r.pass ? 'pass' : 'fail'} data-testid={`route-${r.park}`}>
              <button
                type="button"
                className="linkish host-name"
                onClick={() => selectAndFocus({ kind: 'park', id: r.park })}
              >
                {park ? nameIn(lang, park) : r.park}
              </button>{' '}
              <span className={`verdict ${r.pass ? 'ok' : 'no'}`}>
                {r.pass
                  ? t('wb.allPass')
                  : r.failed.length > 0
                    ? t('wb.failedN', { n: r.failed.length })
                    : t('wb.unknownN', { n: r.unknown.length })}
              </span>
              {r.failed.length > 0 && r.unknown.length > 0 ? (
                <span className="muted"> · {t('wb.unknownN', { n: r.unknown.length })}</span>
              ) : null}
              {project.link ? <span className="muted"> · {t('wb.score', { s: n(r.score) })}</span> : null}
              <ul className="rule-list">
                {r.rules.map((x) => (
                  <li
                    key={x.id}
                    className={x.unknown ? 'unknown' : x.pass ? 'ok' : 'no'}
                    data-testid={`rule-${r.park}-${x.id}`}
                  >
                    <span className="mark" aria-hidden="true">
                      {x.unknown ? '?' : x.pass ? '✓' : '✗'}
                    </span>
                    <span className="sr-only">
                      {x.unknown ? t('wb.unknown') : x.pass ? t('wb.pass') : t('wb.fail')}:{' '}
                    </span>
                    {t(`wb.rules.${x.id}`)}{' '}
                    <span className="muted">
                      {x.unknown && x.id === 'land'
                        ? t('wb.landUnknownValue', { need: x.values.need })
                        : t(`wb.ruleValues.${x.id}`, {
                            ...x.values,
                            ...(x.id === 'intensity'
                              ? {
                                  perMu: money(Number(x.values.perMu), 1),
                                  floor: money(Number(x.values.floor)),
                                }
                              : {}),
                            level: x.values.level ? t(`levels.${x.values.level as Level}`) : '',
                            pollution: x.values.pollution
                              ? t(`wb.pollutionLevels.${x.values.pollution as Pollution}`)
                              : '',
                          })}
                    </span>{' '}
                    <EvidenceTag evidence={x.evidence} lookup={(id) => ix.node(id)} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <ShareLink />
    </section>
  );
}
