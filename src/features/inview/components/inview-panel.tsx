import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { recordsInView } from '@/lib/domain/in-view';
import { isFiltering } from '@/lib/domain/node-filter';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import type { Row } from '../model/rows';
import { RowTable } from './row-table';
import '../inview.css';

/**
 * The list view: the parks and the firms and projects within the map's current view, under the view's
 * filters, as two sortable tables; a row selects its record (the camera goes to it, the details open).
 * The map's text equivalent for keyboards and screen readers.
 */
export function InViewPanel({ data }: { data: GeoData }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const bounds = useAppStore((s) => s.viewBounds);
  const hidden = useAppStore((s) => s.hidden);
  const filter = useAppStore(useShallow(selectNodeFilter));
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  const points = useMemo(
    () =>
      data.nodes.features.map((f) => ({
        props: f.properties,
        coord: f.geometry.type === 'Point' ? f.geometry.coordinates : [],
      })),
    [data.nodes],
  );
  const inView = recordsInView({
    parks: data.index.parks,
    nodes: points,
    bounds,
    filter,
    hidden,
    cells: data.cells,
  });
  const parkRows: Row[] = inView.parks.map((p) => ({
    kind: 'park',
    id: p.id,
    name: nameIn(lang, p),
    type: t(`parkKinds.${p.kind}`),
    place: t(`countyNames.${p.county}`),
    link: '',
    provenance: p.provenance,
  }));
  const nodeRows: Row[] = inView.nodes.map((n) => {
    const park = data.index.park(n.park);
    const link = data.index.link(n.link);
    return {
      kind: 'node',
      id: n.id,
      name: nameIn(lang, n),
      type: t(`nodeKinds.${n.kind}`),
      place: park ? nameIn(lang, park) : n.park,
      link: link ? nameIn(lang, link) : n.link,
      provenance: n.provenance,
    };
  });
  const name = { key: 'name', label: t('access.list.name') } as const;
  const type = { key: 'type', label: t('access.list.kind') } as const;
  // Sentences run on without a space in Chinese.
  const gap = lang === 'zh' ? '' : ' ';
  return (
    <section className="inview" aria-labelledby="inview-title" data-testid="inview">
      <h2 id="inview-title" tabIndex={-1}>
        {t('access.list.title')}
      </h2>
      <p className="inview-count" aria-live="polite" data-testid="inview-count">
        {t('access.list.counts', {
          parks: t('access.list.parkCount', { count: parkRows.length }),
          nodes: t('access.list.nodeCount', { count: nodeRows.length }),
        })}
        {isFiltering(filter) ? `${gap}${t('access.list.filtered')}` : ''}
      </p>
      <p className="hint">
        {t('access.list.intro')}
        {bounds === null ? `${gap}${t('access.list.noMap')}` : ''}
      </p>
      <RowTable
        id="inview-parks"
        caption={t('access.list.parks')}
        columns={[name, type, { key: 'place', label: t('access.list.county') }]}
        rows={parkRows}
        lang={lang}
        empty={t('access.list.noParks')}
        onPick={selectAndFocus}
      />
      <RowTable
        id="inview-nodes"
        caption={t('access.list.nodes')}
        columns={[
          name,
          type,
          { key: 'place', label: t('access.list.park') },
          { key: 'link', label: t('access.list.link') },
        ]}
        rows={nodeRows}
        lang={lang}
        empty={t('access.list.noNodes')}
        onPick={selectAndFocus}
      />
    </section>
  );
}
