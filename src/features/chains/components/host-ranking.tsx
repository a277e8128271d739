import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EvidenceTag } from '@/components/ui/evidence-tag';
import { textIn } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { FACTORS, type Factor, type HostRank, topReasons } from '@/lib/domain/host-score';
import { hostFact } from '@/lib/domain/host-facts';
import { showMessage } from '@/i18n/message';

/** Factor colours for the stacked contribution bars (Tol "bright", colour-blind safe). */
const FACTOR_COLOR: Record<(typeof FACTORS)[number], string> = {
  fit: '#4477AA',
  cluster: '#66CCEE',
  land: '#228833',
  rail: '#CCBB44',
  port: '#EE6677',
  road: '#AA3377',
  protected: '#444444',
};

/**
 * Parks ranked as hosts for a gap, each factor's points as a bar, and why the first is first: in
 * facts an investor understands ("磨憨站 0.5 公里"), with the points beside them.
 * @param neighbours how many links feed or are fed by the gap's link (the cluster factor's base)
 */
export function HostRanking({
  ranks,
  ix,
  neighbours,
}: {
  ranks: HostRank[];
  ix: CatalogIndex;
  neighbours: number;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const fact = (r: HostRank, f: Factor): string => showMessage(t, hostFact(r, f, ix, lang, neighbours));
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  const parkName = (id: string) => {
    const p = ix.park(id);
    return p ? textIn(lang, p, 'short') : id;
  };
  const top = ranks[0];
  return (
    <div className="hosts" data-testid="hosts">
      <h5>{t('gaps.hosts')}</h5>
      {top ? (
        <p className="why-first" data-testid="why-first">
          {t('gaps.first', {
            park: parkName(top.park),
            reasons: topReasons(top)
              .map((f) =>
                t('hostFacts.reason', {
                  fact: fact(top, f),
                  points: formatNumber(top.contributions[f], lang),
                }),
              )
              .join(t('listSep')),
          })}
          {landNote(top) ? ` (${t(landNote(top) ?? 'gaps.noLand')})` : ''}
        </p>
      ) : null}
      <ol className="host-list">
        {ranks.map((r) => (
          <li key={r.park}>
            <button
              type="button"
              className="linkish host-name"
              data-testid={`host-${r.park}`}
              onClick={() => selectAndFocus({ kind: 'park', id: r.park })}
            >
              {parkName(r.park)}
            </button>
            <span className="host-score">{formatNumber(r.score, lang)}</span>
            {landNote(r) ? (
              <span className="warn" data-testid={`land-note-${r.park}`}>
                {' '}
                {t(landNote(r) ?? 'gaps.noLand')}
              </span>
            ) : null}
            <span className="bar" role="img" aria-label={barLabel(r, t, lang)}>
              {FACTORS.filter((f) => f !== 'protected' && r.contributions[f] > 0).map((f) => (
                <span
                  key={f}
                  className="seg"
                  style={{ width: `${r.contributions[f]}%`, background: FACTOR_COLOR[f] }}
                  title={`${t(`factor.${f}`)}: +${formatNumber(r.contributions[f], lang, 1)}`}
                />
              ))}
              {r.contributions.protected < 0 ? (
                <span
                  className="seg penalty"
                  style={{ width: `${-r.contributions.protected}%` }}
                  title={`${t('factor.protected')}: ${formatNumber(r.contributions.protected, lang, 1)}`}
                />
              ) : null}
            </span>
            <details className="host-evidence">
              <summary>{t('evidence.title')}</summary>
              <dl className="facts">
                {FACTORS.map((f) => (
                  <div key={f}>
                    <dt>{t(`factor.${f}`)}</dt>
                    <dd>
                      {fact(r, f)} ·{' '}
                      {t('hostFacts.points', { points: formatNumber(r.contributions[f], lang, 1) })}{' '}
                      <EvidenceTag evidence={r.evidence[f]} lookup={(id) => ix.node(id)} />
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ol>
      <ul className="factor-key">
        {FACTORS.map((f) => (
          <li key={f}>
            <span className="swatch sq" style={{ background: FACTOR_COLOR[f] }} aria-hidden="true" />
            {t(`factor.${f}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What to say about a park's land: known to be none (and whether that is a sample figure), or unknown. */
function landNote(r: HostRank): 'gaps.noLand' | 'gaps.noLandSample' | 'gaps.landUnknown' | null {
  if (r.landUnknown) return 'gaps.landUnknown';
  if (!r.noLand) return null;
  return r.evidence.land.kind === 'figure' && r.evidence.land.provenance === 'sample'
    ? 'gaps.noLandSample'
    : 'gaps.noLand';
}

function barLabel(r: HostRank, t: TFunction, lang: 'zh' | 'en'): string {
  return FACTORS.filter((f) => r.contributions[f] !== 0)
    .map((f) => `${t(`factor.${f}`)} ${formatNumber(r.contributions[f], lang, 1)}`)
    .join('; ');
}
