import { useTranslation } from 'react-i18next';
import { EvidenceTag } from '@/components/ui/evidence-tag';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, noteIn } from '@/i18n/lang';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import type { GeoData } from '@/lib/data/use-geo-data';
import { bigProjectRule } from '@/lib/domain/chain-status';
import type { Pollution, Project } from '@/lib/domain/project';
import type { LEVELS } from '@/lib/schemas/vocab';
import { formatNumber, formatWan } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import {
  bigRuleFlag,
  investmentIntensity,
  revenuePerMu,
  type RouteRank,
  type RuleResult,
  type WouldPass,
} from '../model/routing';
import { shownMoney } from './money';
import { ShareLink } from './share-link';

type Level = (typeof LEVELS)[number];

/**
 * Every park checked against the plan's rules for the project, with the numbers, ranked: the project's
 * own figures marked as assumptions, its 投资强度 and the 5亿 rule, each failed rule with what would
 * pass, and a key for the parks highlighted on the map.
 */
export function RoutingResults({
  project,
  ranks,
  data,
  evidenceIndex,
}: {
  project: Project;
  ranks: RouteRank[];
  data: GeoData;
  /** The index that follows 含示例数据 (for the 5亿 rule's landed count). */
  evidenceIndex: CatalogIndex;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { selectAndFocus } = useAppStore.getState();
  const ix = data.index;
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const money = (wan: number, d = 0) => shownMoney(wan, lang, d);
  const rules = data.catalog.rules;
  const industry = ix.industry(project.industry);
  const industryName = industry ? nameIn(lang, industry) : project.industry;
  const invest = investmentIntensity(project, rules);
  const big = bigRuleFlag(project);
  const landedBig = bigProjectRule(evidenceIndex.nodes, project.industry);
  const passing = ranks.filter((r) => r.pass).length;
  const floors = Object.entries(invest.floors) as [Level, number][];
  const parkNames = (ids: string[]) =>
    ids.length === 0
      ? t('route.fix.none')
      : ids
          .map((id) => {
            const p = ix.park(id);
            return p ? nameIn(lang, p) : id;
          })
          .join(t('route.listSep'));
  const leadingNames = (x: RuleResult) =>
    String(x.values.leading ?? '')
      .split(',')
      .filter(Boolean)
      .map((id) => {
        const i = ix.industry(id);
        return i ? nameIn(lang, i) : id;
      })
      .join(t('route.listSep'));
  const fixText = (w: WouldPass): string => {
    switch (w.id) {
      case 'leading':
        return w.parks.length > 0
          ? t('route.fix.leading', { industry: industryName, parks: parkNames(w.parks) })
          : t('route.fix.leadingNone', { industry: industryName });
      case 'intensity':
        return t('route.fix.intensity', {
          revenue: formatWan(w.revenueWan, lang),
          land: n(w.landMu),
          maxLand: n(w.maxLandMu),
        });
      case 'investment':
        return t('route.fix.investment', { invest: formatWan(w.investWan, lang), land: n(w.landMu) });
      case 'pollution':
      case 'capacity':
        return t(`route.fix.${w.id}`);
      case 'land':
        return t('route.fix.land', {
          need: n(w.need),
          available: n(w.available),
          short: n(w.short),
          parks: parkNames(w.parks),
        });
      case 'rail':
      case 'port':
        return t(`route.fix.${w.id}`, { max: n(w.max), km: n(w.km, 1), parks: parkNames(w.parks) });
      case 'cold':
        return t('route.fix.cold', { parks: parkNames(w.parks) });
    }
  };
  return (
    <section className="wb-section" aria-live="polite" data-testid="route-results">
      <p data-testid="route-assumption">
        {t('route.revenueAssumed', { revenue: formatWan(project.revenueWan, lang) })}{' '}
        <span className="assume-tag" title={t('route.assumptionHelp')}>
          {t('route.assumption')}
        </span>
        {': '}
        <strong>{t('wb.perMu', { v: money(revenuePerMu(project), 1) })}</strong>
      </p>
      <p className="muted small" data-testid="route-park-wide">
        {t('route.parkWide')}{' '}
        <ProvenanceBadge
          provenance={rules.floor_provenance}
          source={noteIn(lang, rules, 'floor_source')}
          asOf={rules.floor_as_of}
        />
      </p>
      <p data-testid="route-invest">
        {t('route.investIntensity', { v: money(invest.perMu, 1) })}{' '}
        <span className="assume-tag" title={t('route.assumptionHelp')}>
          {t('route.assumption')}
        </span>{' '}
        <span className="muted small">
          {floors.length > 0
            ? t('route.investFloors', {
                list: floors.map(([lv, f]) => `${t(`levels.${lv}`)} ${money(f)}`).join(t('route.listSep')),
              })
            : t('route.investNoFloor')}
        </span>
      </p>
      <div className={`route-big ${big.counts ? 'ok' : 'not'}`} data-testid="route-big">
        <p>
          {big.counts
            ? t('route.bigCounts', { invest: formatWan(project.investWan, lang), industry: industryName })
            : t('route.bigNot', { invest: formatWan(project.investWan, lang) })}
        </p>
        <p className="muted small">
          {t('route.bigState', { industry: industryName, n: landedBig.landed.length })}{' '}
          <EvidenceTag evidence={landedBig.evidence} lookup={(id) => ix.node(id)} />
        </p>
      </div>
      <p className="route-key" data-testid="route-highlight-key">
        <span className="route-swatch" aria-hidden="true" />
        {passing > 0 ? t('route.highlight', { n: passing }) : t('route.highlightNone')}
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
                            ...(x.id === 'intensity' || x.id === 'investment'
                              ? {
                                  perMu: money(Number(x.values.perMu), 1),
                                  floor: money(Number(x.values.floor)),
                                }
                              : {}),
                            leading: x.id === 'leading' ? leadingNames(x) : '',
                            level: x.values.level ? t(`levels.${x.values.level as Level}`) : '',
                            pollution: x.values.pollution
                              ? t(`wb.pollutionLevels.${x.values.pollution as Pollution}`)
                              : '',
                          })}
                    </span>{' '}
                    <EvidenceTag evidence={x.evidence} lookup={(id) => ix.node(id)} />
                    {x.wouldPass ? (
                      <span className="would-pass" data-testid={`fix-${r.park}-${x.id}`}>
                        {t('route.wouldPass')} {fixText(x.wouldPass)}
                      </span>
                    ) : null}
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
