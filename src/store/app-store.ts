import { create } from 'zustand';
import type { Lang } from '@/i18n/lang';
import { GROUPS, type LayerGroup, type SelectableKind } from '@/map/ids';

export interface Selection {
  kind: SelectableKind;
  id: string;
}

export interface AppState {
  lang: Lang;
  selection: Selection | null;
  /** Layer groups the user has switched off. */
  hidden: LayerGroup[];
  /** A quiet notice, e.g. about URL parameters that were ignored. */
  notice: string | null;
  /** The legend panel is open (collapsed by default on phones). */
  legendOpen: boolean;
  setLang: (lang: Lang) => void;
  select: (s: Selection | null) => void;
  toggleGroup: (g: LayerGroup) => void;
  setNotice: (n: string | null) => void;
  setLegendOpen: (open: boolean) => void;
}

export const initialState = (): Pick<
  AppState,
  'lang' | 'selection' | 'hidden' | 'notice' | 'legendOpen'
> => ({
  lang: 'zh',
  selection: null,
  hidden: [],
  notice: null,
  legendOpen: typeof window === 'undefined' || !window.matchMedia?.('(max-width: 700px)').matches,
});

export const useAppStore = create<AppState>()((set) => ({
  ...initialState(),
  setLang: (lang) => set({ lang }),
  select: (selection) => set({ selection }),
  toggleGroup: (g) =>
    set((s) => ({
      hidden: s.hidden.includes(g)
        ? s.hidden.filter((x) => x !== g)
        : GROUPS.filter((x) => x === g || s.hidden.includes(x)),
    })),
  setNotice: (notice) => set({ notice }),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
}));
