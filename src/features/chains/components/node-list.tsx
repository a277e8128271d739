import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, textIn } from '@/i18n/lang';
import { formatWan } from '@/lib/format';
import type { NodeProps } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import type { CatalogIndex } from '@/lib/data/catalog-index';

/** Firms and projects as a list; each selects its node on the map. */
export function NodeList({ nodes, ix }: { nodes: NodeProps[]; ix: CatalogIndex }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  if (nodes.length === 0) return <p className="muted">{t('chain.none')}</p>;
  return (
    <ul className="node-list">
      {nodes.map((n) => {
        const park = ix.park(n.park);
        return (
          <li key={n.id}>
            <button
              type="button"
              className="linkish"
              onClick={() => selectAndFocus({ kind: 'node', id: n.id })}
            >
              <LongText text={nameIn(lang, n)} lines={2} />
            </button>{' '}
            <span className="muted">
              {n.kind === 'project'
                ? t('chain.projectStatus', {
                    kind: t('nodeKinds.project'),
                    status: t(`nodeStatus.${n.status}`),
                  })
                : t(`nodeKinds.${n.kind}`)}{' '}
              · {park ? textIn(lang, park, 'short') : n.park}
              {n.investment_wan !== null ? ` · ${formatWan(n.investment_wan, lang)}` : ''}
            </span>{' '}
            <ProvenanceBadge provenance={n.provenance} />
          </li>
        );
      })}
    </ul>
  );
}
