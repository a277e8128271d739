import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { getMapSnapshot } from '@/lib/map-snapshot';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import { legendContent, viewTitle } from '../model/legend-content';
import { todayIso } from '../model/dates';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The translate function of the UI language, loosely typed for keys built at run time. */
export function useT(): Translate {
  const { t } = useTranslation();
  return (key, params) =>
    String((t as unknown as (k: string, p?: Record<string, unknown>) => string)(key, params));
}

/** The view's title in words, in the UI language: the app, the industries, the link and the selected park. */
export function useViewTitle(data: GeoData): string {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const v = useAppStore(
    useShallow((s) => ({ industries: s.industries, link: s.link, selection: s.selection })),
  );
  const park = v.selection?.kind === 'park' ? data.index.park(v.selection.id) : undefined;
  const link = v.link ? data.index.link(v.link) : undefined;
  return viewTitle({
    appTitle: t('title'),
    industries: v.industries.flatMap((id) => {
      const i = data.index.industry(id);
      return i ? [nameIn(lang, i)] : [];
    }),
    link: link ? nameIn(lang, link) : undefined,
    park: park ? nameIn(lang, park) : undefined,
    separator: t('listSep'),
  });
}

/** Makes the map image of the current view (null when no map is drawn on this page). */
export function useMapPng(data: GeoData) {
  const t = useT();
  const title = useViewTitle(data);
  return async () => {
    const capture = getMapSnapshot();
    if (!capture) return null;
    const s = useAppStore.getState();
    const legend = legendContent({
      lang: s.lang,
      t,
      hidden: s.hidden,
      filter: selectNodeFilter(s),
      nodes: data.index.nodes,
      industries: data.catalog.industries,
      planner: { sites: s.sites.length, imported: s.imported },
    });
    const [{ composeMapPng }, snap] = await Promise.all([
      import('../export/compose-png'),
      capture({ pixelRatio: 2 }),
    ]);
    const date = todayIso();
    const png = await composeMapPng(
      snap,
      {
        title,
        subtitle: `${t('handover.png.date', { date })} · ${t('subtitle')}`,
        legendHeading: t('handover.png.legend'),
        north: t('handover.png.north'),
        units: { km: t('handover.png.km'), m: t('handover.png.m') },
        items: legend.items,
        notes: legend.notes,
      },
      date,
    );
    return { ...png, title, date, legend };
  };
}
