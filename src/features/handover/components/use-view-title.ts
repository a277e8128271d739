import { useShallow } from 'zustand/react/shallow';
import { nameIn } from '@/i18n/lang';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';
import { viewTitle } from '../model/view-title';
import { useT } from './translate';

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
