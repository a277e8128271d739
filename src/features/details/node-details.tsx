import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import type { GeoData } from '@/lib/data/use-geo-data';
import { nameIn, noteIn } from '@/i18n/lang';
import { formatWan } from '@/lib/format';
import type { NodeProps } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';

export function NodeDetails({ node, data }: { node: NodeProps; data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const select = useAppStore((s) => s.select);
  const industry = data.index.industry(node.industry);
  const link = data.index.link(node.link);
  const park = data.index.park(node.park);
  return (
    <>
      <h2 id="details-title" className="long-text" tabIndex={-1}>
        {nameIn(lang, node)}
      </h2>
      {node.bureau ? (
        <p className="bureau-entered" data-testid="node-bureau">
          <span className="bureau-tag">{t('details.enteredByBureau')}</span>{' '}
          <span className="muted">{t('details.bureauProvenance')}</span>
        </p>
      ) : null}
      <ProvenanceBadge provenance={node.provenance} source={noteIn(lang, node, 'source')} asOf={node.as_of} />
      <dl className="facts">
        <dt>{t('details.kind')}</dt>
        <dd>{t(`nodeKinds.${node.kind}`)}</dd>
        <dt>{t('details.status')}</dt>
        <dd data-testid="node-status">{t(`nodeStatus.${node.status}`)}</dd>
        <dt>{t('details.location')}</dt>
        <dd data-testid="node-location">
          {node.location_provenance === 'estimate' ? <strong>{t('details.locationEstimated')}</strong> : null}{' '}
          <ProvenanceBadge
            provenance={node.location_provenance}
            source={noteIn(lang, node, 'location_source')}
          />
        </dd>
        <dt>{t('details.industry')}</dt>
        <dd>
          <span className="swatch" style={{ background: industry?.color }} aria-hidden="true" />
          {industry ? nameIn(lang, industry) : node.industry}
        </dd>
        <dt>{t('details.link')}</dt>
        <dd>
          {link ? nameIn(lang, link) : node.link}
          {link ? <span className="muted"> · {t(`stages.${link.stage}`)}</span> : null}
        </dd>
        <dt>{t('details.park')}</dt>
        <dd>
          {park ? (
            <button type="button" className="linkish" onClick={() => select({ kind: 'park', id: park.id })}>
              {nameIn(lang, park)}
            </button>
          ) : (
            node.park
          )}
        </dd>
        {node.investment_wan !== null ? (
          <>
            <dt>{t('details.investment')}</dt>
            <dd>
              {formatWan(node.investment_wan, lang)}{' '}
              <ProvenanceBadge
                provenance={node.provenance}
                source={node.investment_source ? noteIn(lang, node, 'investment_source') : undefined}
                asOf={node.as_of}
              />
            </dd>
          </>
        ) : null}
        {node.note ? (
          <>
            <dt>{t('details.note')}</dt>
            <dd className="long-text">{noteIn(lang, node, 'note')}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
