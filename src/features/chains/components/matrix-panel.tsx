import { useTranslation } from 'react-i18next';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { EvidenceBase } from '@/components/ui/evidence-base';
import { useEvidenceText } from '@/components/ui/evidence-tag';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn, textIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import { chainMatrix } from '@/lib/domain/chain-matrix';
import { IndustryPicker } from './chain-panel';
import '../chains.css';

/** Links as rows, parks and 片区 as columns; hover shows the evidence, click filters map and list. */
export function MatrixPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const industries = useAppStore((s) => s.industries);
  const link = useAppStore((s) => s.link);
  const selection = useAppStore((s) => s.selection);
  const ix = useEvidenceIndex(data);
  const evidenceText = useEvidenceText();
  if (industries.length !== 1) return <IndustryPicker data={data} />;
  const industry = ix.industry(industries[0] ?? '');
  if (!industry) return null;
  const links = ix.linksOf(industry.id);
  const parks = ix.parks;
  const parkName = (id: string) => {
    const p = ix.park(id);
    return p ? textIn(lang, p, 'short') : id;
  };
  const m = chainMatrix(
    links.map((l) => l.id),
    parks.map((p) => p.id),
    ix.nodes,
    { publicOnly: !ix.includeSample },
  );
  const choose = (linkId: string, parkId: string) => {
    useAppStore.setState({ link: linkId });
    useAppStore.getState().selectAndFocus({ kind: 'park', id: parkId });
  };
  return (
    <div className="matrix-panel" data-testid="matrix-panel">
      <EvidenceBase ix={ix} />
      <table className="matrix">
        <caption>{t('matrix.caption', { industry: nameIn(lang, industry) })}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {parks.map((p) => (
              <th key={p.id} scope="col" className={p.parent ? 'sub' : ''}>
                {textIn(lang, p, 'short')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.map((row, i) => {
            const l = links[i];
            if (!l) return null;
            return (
              <tr key={l.id}>
                <th scope="row">{nameIn(lang, l)}</th>
                {row.map((c) => {
                  const evidence =
                    c.nodes.length === 0
                      ? t('matrix.noEvidence')
                      : c.nodes
                          .map((n) => `${nameIn(lang, n)} (${t(`provenance.${n.provenance}`)})`)
                          .join('\n');
                  const on = link === c.link && selection?.kind === 'park' && selection.id === c.park;
                  return (
                    <td key={c.park}>
                      <button
                        type="button"
                        className={`cell status-${c.status}${on ? ' on' : ''}`}
                        title={`${t(`statusLong.${c.status}`)} · ${evidenceText(c.evidence)} · ${t('matrix.evidence')}:\n${evidence}`}
                        aria-label={`${nameIn(lang, l)} × ${parkName(c.park)}: ${t(`statusLong.${c.status}`)}. ${evidenceText(c.evidence)}. ${evidence}`}
                        data-testid={`cell-${c.link}-${c.park}`}
                        onClick={() => choose(c.link, c.park)}
                      >
                        {t(`status.${c.status}`)}
                        {c.evidence.total > 0 ? (
                          <sup className={c.evidence.sample > 0 ? 'ev-sample' : 'ev-public'}>
                            {c.evidence.sample > 0
                              ? `${c.evidence.total}/${c.evidence.sample}`
                              : c.evidence.total}
                          </sup>
                        ) : null}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">{t('matrix.hint')}</p>
      <p className="hint">{t('matrix.rule')}</p>
      <p className="hint">{t('matrix.supKey')}</p>
    </div>
  );
}
