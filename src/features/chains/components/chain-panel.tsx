import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { EvidenceBase } from '@/components/ui/evidence-base';
import { EvidenceTag } from '@/components/ui/evidence-tag';
import { ScrollArea } from '@/components/ui/scroll-area';
import type { GeoData } from '@/lib/data/use-geo-data';
import { formatWan } from '@/lib/format';
import { nameIn, textIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import { assessChain, bigProjectRule, isOverBigRule } from '@/lib/domain/chain-status';
import { type Bbox, linkFrame } from '../model/link-frame';
import { ChainGraph } from './chain-graph';
import { ChainWide } from './chain-wide';
import { HowComputed } from './how-computed';
import { NodeList } from './node-list';
import '../chains.css';

/** The selected industry's chain, its status per link, and the selected link's firms and parks. */
export function ChainPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const industries = useAppStore((s) => s.industries);
  const linkId = useAppStore((s) => s.link);
  const { setLink, selectAndFocus, moveCamera } = useAppStore.getState();
  const ix = useEvidenceIndex(data);
  const [wide, setWide] = useState(false);
  const expandBtn = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasWide = useRef(false);
  useEffect(
    function focusReturnsToExpand() {
      if (wasWide.current && !wide) expandBtn.current?.focus();
      wasWide.current = wide;
    },
    [wide],
  );
  const closeWide = useCallback(() => setWide(false), []);
  if (industries.length !== 1) return <IndustryPicker data={data} />;
  const industry = ix.industry(industries[0] ?? '');
  if (!industry) return null;
  const assessed = assessChain(ix.linksOf(industry.id), ix.nodes, industry.id, {
    publicOnly: !ix.includeSample,
  });
  const big = bigProjectRule(ix.nodes, industry.id);
  const lookup = (id: string) => ix.node(id);
  const sel = assessed.find((a) => a.link.id === linkId);
  const statuses = ix.includeSample
    ? (['strong', 'weak', 'missing'] as const)
    : (['strong', 'weak', 'unrecorded'] as const);
  /**
   * Selects a link (the map highlights it) and frames its firms, projects and parks, leaving room for
   * the side panel and, in the wide view, for the wide view below.
   */
  const pick = (id: string | null) => {
    setLink(id);
    const a = id ? assessed.find((x) => x.link.id === id) : undefined;
    if (!a) return;
    const ids = new Set(a.nodes.map((n) => n.id));
    const points = data.nodes.features
      .filter((f) => ids.has(f.properties.id))
      .map((f) => f.geometry.coordinates as [number, number]);
    const boxes = a.parks.flatMap((p) => {
      const b = ix.park(p)?.bbox;
      return b && b.length === 4 ? [b as Bbox] : [];
    });
    const bbox = linkFrame(points, boxes);
    if (!bbox) return;
    const side = panel.current?.closest('.side-panel')?.getBoundingClientRect();
    const overlay = document.querySelector('.chain-wide')?.getBoundingClientRect();
    const left = side && side.right < window.innerWidth / 2 ? Math.round(side.right) + 24 : 40;
    const bottom = overlay ? Math.round(window.innerHeight - overlay.top) + 24 : 40;
    moveCamera({
      kind: 'bounds',
      bbox,
      maxZoom: 12,
      padding: { top: 40, right: 60, bottom: Math.min(bottom, window.innerHeight - 140), left },
    });
  };
  return (
    <div className="chain-panel" data-testid="chain-panel" ref={panel}>
      <h3>
        <span className="swatch" style={{ background: industry.color }} aria-hidden="true" />
        {nameIn(lang, industry)}
      </h3>
      <EvidenceBase ix={ix} />
      <div className={`rule ${big.met ? 'ok' : 'not'}`} data-testid="big-rule">
        <p>
          {t('chain.bigRule')}:{' '}
          <strong>
            {big.met ? t('chain.bigRuleMet', { n: big.landed.length }) : t('chain.bigRuleNot')}
            {big.met && big.landed.every((n) => n.provenance === 'sample') ? t('chain.bigRuleSample') : ''}
          </strong>{' '}
          <EvidenceTag evidence={big.evidence} lookup={lookup} />
        </p>
        <p className="muted small">{t('chain.bigRuleHow')}</p>
        <details className="pipeline" data-testid="pipeline">
          <summary>
            {t('chain.pipeline')} ({big.pipeline.length})
          </summary>
          {big.pipeline.length === 0 ? (
            <p className="muted">{t('chain.pipelineNone')}</p>
          ) : (
            <ul>
              {big.pipeline.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className="linkish"
                    onClick={() => selectAndFocus({ kind: 'node', id: n.id })}
                  >
                    {nameIn(lang, n)}
                  </button>{' '}
                  <span className="muted">
                    {t(`nodeStatus.${n.status}`)}
                    {n.investment_wan !== null ? ` · ${formatWan(n.investment_wan, lang)}` : ''}
                    {isOverBigRule(n) ? ` · ${t('chain.overBig')}` : ''}
                  </span>{' '}
                  <span className={`prov-tag prov-${n.provenance}`}>{t(`provenance.${n.provenance}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </details>
      </div>
      <div className="chain-tools">
        <div className="status-key" aria-hidden="true">
          {statuses.map((s) => (
            <span key={s} className={`key status-${s}`}>
              {t(`statusLong.${s}`)}
            </span>
          ))}
        </div>
        <button
          ref={expandBtn}
          type="button"
          className="small chain-expand"
          aria-expanded={wide}
          aria-haspopup="dialog"
          title={t('chainView.expandLabel')}
          onClick={() => setWide(!wide)}
          data-testid="chain-expand"
        >
          ⤢ {t('chainView.expand')}
        </button>
      </div>
      <ScrollArea label={t('tabs.chain')} testId="chain-scroll">
        <ChainGraph assessed={assessed} onPick={pick} />
      </ScrollArea>
      {wide ? (
        <ChainWide
          industryName={nameIn(lang, industry)}
          assessed={assessed}
          statuses={statuses}
          ix={ix}
          onPick={pick}
          onClose={closeWide}
        />
      ) : null}
      <p className="hint">{t('chain.hint')}</p>
      <HowComputed />
      {sel ? (
        <section className="link-detail" aria-live="polite" data-testid="link-detail">
          <h4>
            {nameIn(lang, sel.link)} ·{' '}
            <span className={`tag status-${sel.status}`}>{t(`statusLong.${sel.status}`)}</span>{' '}
            <EvidenceTag evidence={sel.evidence} lookup={lookup} />
          </h4>
          <p className="muted">
            {t(`stages.${sel.link.stage}`)} · {t('chain.strength', { s: sel.strength, t: sel.threshold })}
            {sel.link.plan ? ` · ★ ${t('chain.plan')}` : ''}
          </p>
          <p>{textIn(lang, sel.link, 'desc')}</p>
          <h5>{t('chain.nodes')}</h5>
          <NodeList nodes={sel.nodes} ix={ix} />
          {sel.parks.length > 0 ? (
            <>
              <h5>{t('chain.parks')}</h5>
              <ul className="chips">
                {sel.parks.map((id) => {
                  const p = ix.park(id);
                  return (
                    <li key={id}>
                      <button
                        type="button"
                        className="linkish"
                        onClick={() => selectAndFocus({ kind: 'park', id })}
                      >
                        {p ? nameIn(lang, p) : id}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          <button type="button" className="small" onClick={() => setLink(null)}>
            {t('chain.clearLink')}
          </button>
        </section>
      ) : null}
    </div>
  );
}

/** Shown when zero or several industries are selected: one button per industry. */
export function IndustryPicker({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const focusIndustry = useAppStore((s) => s.focusIndustry);
  return (
    <div className="picker">
      <p>{t('chain.pickOne')}</p>
      <ul className="picker-list">
        {data.catalog.industries.map((i) => (
          <li key={i.id}>
            <button
              type="button"
              className="chip"
              style={{ '--c': i.color } as React.CSSProperties}
              onClick={() => focusIndustry(i.id)}
            >
              <span className="swatch" aria-hidden="true" />
              {nameIn(lang, i)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
