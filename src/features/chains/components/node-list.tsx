import { useTranslation } from 'react-i18next';
import { LongText } from '@/components/ui/long-text';
import { ProvenanceBadge } from '@/components/ui/provenance-badge';
import { nameIn, textIn } from '@/i18n/lang';
import { formatWan } from '@/lib/format';
import type { NodeProps } from '@/lib/schemas/catalog';
import { useAppStore } from '@/store/app-store';
import { encodeView, pickView } from '@/store/url-codec';
import type { CatalogIndex } from '@/lib/data/catalog-index';

/**
 * Firms and projects as a list; each selects its node on the map. Beside the map (the chain panel) a
 * row is a button that selects in place; on a page without the map (a park's profile, `toMap`) it is a
 * real link to the map with the node selected (`?page=map&sel=node:…`): a click opens the map there
 * with the firm's details, and the link can be opened in a new tab.
 */
export function NodeList({
  nodes,
  ix,
  toMap = false,
}: {
  nodes: NodeProps[];
  ix: CatalogIndex;
  toMap?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  const openOnMap = (id: string) => {
    const s = useAppStore.getState();
    s.navigate('map');
    s.selectAndFocus({ kind: 'node', id });
  };
  if (nodes.length === 0) return <p className="muted">{t('chain.none')}</p>;
  return (
    <ul className="node-list">
      {nodes.map((n) => {
        const park = ix.park(n.park);
        return (
          <li key={n.id}>
            {toMap ? (
              <a
                className="node-link"
                data-testid={`node-link-${n.id}`}
                href={`./${encodeView({ ...pickView(useAppStore.getState()), page: 'map', selection: { kind: 'node', id: n.id } })}`}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
                  e.preventDefault();
                  openOnMap(n.id);
                }}
              >
                <LongText text={nameIn(lang, n)} lines={2} />
              </a>
            ) : (
              <button
                type="button"
                className="linkish"
                onClick={() => selectAndFocus({ kind: 'node', id: n.id })}
              >
                <LongText text={nameIn(lang, n)} lines={2} />
              </button>
            )}{' '}
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
