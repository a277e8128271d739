import { useTranslation } from 'react-i18next';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { EvidenceBase } from '@/components/ui/evidence-base';
import { EvidenceTag } from '@/components/ui/evidence-tag';
import type { GeoData } from '@/lib/data/use-geo-data';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, noteIn, textIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { assessChain, rankGaps } from '@/lib/domain/chain-status';
import { neighboursOf, rankHosts } from '@/lib/domain/host-score';
import { IndustryPicker } from './chain-panel';
import { HostRanking } from './host-ranking';
import { WeightSliders } from './weight-sliders';
import '../chains.css';

/** The industry's weak and missing links by priority: why, what to attract, and which park should host it. */
export function GapPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const industries = useAppStore((s) => s.industries);
  const linkId = useAppStore((s) => s.link);
  const weights = useAppStore((s) => s.weights);
  const setLink = useAppStore((s) => s.setLink);
  const ix = useEvidenceIndex(data);
  if (industries.length !== 1) return <IndustryPicker data={data} />;
  const industry = ix.industry(industries[0] ?? '');
  if (!industry) return null;
  const gaps = rankGaps(
    assessChain(ix.linksOf(industry.id), ix.nodes, industry.id, { publicOnly: !ix.includeSample }),
  );
  const ctx = ix.hostContext(industry.id);
  return (
    <div className="gap-panel" data-testid="gap-panel">
      <h3>
        <span className="swatch" style={{ background: industry.color }} aria-hidden="true" />
        {nameIn(lang, industry)}
      </h3>
      <EvidenceBase ix={ix} />
      <WeightSliders />
      {gaps.length === 0 ? <p>{t('gaps.none')}</p> : null}
      <ol className="gap-list">
        {gaps.map((g) => {
          const open = g.link.id === linkId;
          return (
            <li
              key={g.link.id}
              className={`gap status-${g.status}${open ? ' open' : ''}`}
              data-testid={`gap-${g.link.id}`}
            >
              <button
                type="button"
                className="gap-head"
                aria-expanded={open}
                onClick={() => setLink(open ? null : g.link.id)}
              >
                <span className={`tag status-${g.status}`}>{t(`statusLong.${g.status}`)}</span>
                <span className="gap-name">{nameIn(lang, g.link)}</span>
                <span className="muted">{t('gaps.priority', { p: formatNumber(g.priority, lang, 2) })}</span>
              </button>
              <EvidenceTag evidence={g.evidence} lookup={(id) => ix.node(id)} />
              {open ? (
                <div className="gap-body">
                  <dl className="facts">
                    <dt>{t('gaps.why')}</dt>
                    <dd>
                      {g.status === 'missing'
                        ? t('gaps.missingWhy')
                        : g.status === 'unrecorded'
                          ? t('gaps.unrecordedWhy')
                          : t('gaps.weakWhy', { s: g.strength, t: g.threshold })}
                      {g.link.plan ? ` · ★ ${t('chain.plan')}` : ''}
                    </dd>
                    <dt>{t('gaps.attract')}</dt>
                    <dd>
                      {textIn(lang, g.link, 'attract')}{' '}
                      <ProvenanceBadge
                        provenance={data.catalog.link_figures.provenance}
                        source={noteIn(lang, data.catalog.link_figures, 'attract_source')}
                        asOf={data.catalog.link_figures.as_of}
                      />
                    </dd>
                    {g.link.leader_zh ? (
                      <>
                        <dt>{t('gaps.leader')}</dt>
                        <dd>{textIn(lang, g.link, 'leader')}</dd>
                      </>
                    ) : null}
                    {g.link.invest_zh ? (
                      <>
                        <dt>{t('gaps.invest')}</dt>
                        <dd>
                          {textIn(lang, g.link, 'invest')}{' '}
                          <ProvenanceBadge
                            provenance={data.catalog.link_figures.provenance}
                            source={noteIn(lang, data.catalog.link_figures, 'invest_source')}
                            asOf={data.catalog.link_figures.as_of}
                          />
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  <HostRanking
                    ranks={rankHosts(g.link, ix.hostParks, ctx, weights)}
                    ix={ix}
                    neighbours={neighboursOf(g.link, ctx.links).length}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
