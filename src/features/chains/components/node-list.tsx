import { useTranslation } from 'react-i18next';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn } from '@/i18n/lang';
import { formatWan } from '@/lib/format';
import type { NodeProps } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import type { ChainData } from '../model/chain-data';

/** Firms and projects as a list; each selects its node on the map. */
export function NodeList({ nodes, cd }: { nodes: NodeProps[]; cd: ChainData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  if (nodes.length === 0) return <p className="muted">{t('chain.none')}</p>;
  return (
    <ul className="node-list">
      {nodes.map((n) => {
        const park = cd.park(n.park);
        return (
          <li key={n.id}>
            <button
              type="button"
              className="linkish"
              onClick={() => selectAndFocus({ kind: 'node', id: n.id })}
            >
              {nameIn(lang, n)}
            </button>{' '}
            <span className="muted">
              {t(`nodeKinds.${n.kind}`)} ·{' '}
              {park ? nameIn(lang, { name_zh: park.short_zh, name_en: park.short_en }) : n.park}
              {n.investment_wan !== null ? ` · ${formatWan(n.investment_wan, lang)}` : ''}
            </span>{' '}
            <ProvenanceBadge provenance={n.provenance} />
          </li>
        );
      })}
    </ul>
  );
}
