import { create } from 'zustand';
import { DEFAULT_WEIGHTS, type Weights } from '@/lib/domain/host-score';
import type { NodeFilter } from '@/lib/domain/node-filter';
import type { Stage } from '@/lib/domain/stages';
import type { Project } from '@/lib/domain/project';
import type { Lang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import { GROUPS, type LayerGroup, type SelectableKind } from '@/lib/layer-groups';
import { PHONE_QUERY } from '@/lib/breakpoints';
import { atLeastHalf, type SheetState } from '@/lib/sheet-snap';
import { createWorkbenchSlice, type WorkbenchSlice } from './workbench-slice';

export interface Selection {
  kind: SelectableKind;
  id: string;
}

export type CameraTarget =
  | { kind: 'record'; selection: Selection }
  | { kind: 'point'; center: [number, number]; zoom: number }
  | {
      kind: 'bounds';
      bbox: [number, number, number, number];
      maxZoom?: number;
      /** Room to leave on each side (px), e.g. for the briefing card; 60 px all round if not given. */
      padding?: { top: number; right: number; bottom: number; left: number };
    };
export type CameraRequest = CameraTarget & { n: number };

export const PANELS = ['legend', 'list', 'chain', 'gaps', 'matrix', 'checks', 'sites', 'routing'] as const;
export type Panel = (typeof PANELS)[number];

/** The view: all of it round-trips through the URL (url-codec.ts). */
/**
 * 'map', 'parks' (the directory), 'park:<id>' (a park's profile page), 'monitor' (监测评价: the
 * prefecture against the plan's 2025 targets, and the bureau's own data) or 'monitor:<id>' (one park's).
 */
export type Page = 'map' | 'parks' | `park:${string}` | 'monitor' | `monitor:${string}`;

/**
 * A briefing (汇报模式) being presented: what it is about and the step shown. Its steps are computed
 * from the data (features/briefing); only the title and notes are typed by hand. In the URL as
 * `brief=industry~link~park&bstep=3&btitle=…&bnotes=…`.
 */
export interface BriefingView {
  industry: string | null;
  link: string | null;
  park: string | null;
  title: string;
  notes: string;
  /** 0-based step shown. */
  step: number;
}

export interface ViewState {
  page: Page;
  lang: Lang;
  selection: Selection | null;
  /** Layer groups the user has switched off. */
  hidden: LayerGroup[];
  /** Selected industries; empty means all nine. */
  industries: string[];
  stage: Stage | null;
  /** Selected chain link: its firms and parks are highlighted. */
  link: string | null;
  /** Search text over chain nodes. */
  q: string;
  panel: Panel;
  /** Host-park score weights (gap panel sliders). */
  weights: Weights;
  /** The project being routed (项目流转), so a routing result can be shared as a link. */
  project: Project | null;
  /**
   * 含示例数据 / Include sample data: when false every verdict is recomputed from `official` and
   * `public` records only. On by default while the shipped data is mostly sample; `sample=0` in the URL.
   */
  includeSample: boolean;
  /** The briefing being presented, or null. */
  briefing: BriefingView | null;
}

export interface AppState extends ViewState, WorkbenchSlice {
  /** A quiet notice (URL parameters that were ignored, a storage problem), translated when shown. */
  notice: Message | null;
  /** The side panel is open (collapsed by default on phones). */
  sideOpen: boolean;
  /** On a phone, the explorer's bottom sheet: peek (closed, the tabs only), half or full; kept in step with sideOpen. */
  sheet: SheetState;
  /** On a phone, the details' sheet (it takes the explorer's place while a record is selected); half when it opens. */
  detailsSheet: SheetState;
  /** The one way to ask the map to move: to a record, a point or a box; `n` makes a repeat new. */
  camera: CameraRequest | null;
  /** The map's view as west, south, east, north (set by the map, debounced; null before it exists). */
  viewBounds: [number, number, number, number] | null;
  setViewBounds: (b: [number, number, number, number] | null) => void;
  /** Selects a record and asks the map to fly to it. */
  selectAndFocus: (s: Selection) => void;
  /** Asks the map to fly to a point (a check row, a site) or to fit a box (an imported layer). */
  moveCamera: (target: CameraTarget) => void;
  setLang: (lang: Lang) => void;
  /** Goes to another page (a new history entry, so Back returns). */
  navigate: (page: Page) => void;
  select: (s: Selection | null) => void;
  toggleGroup: (g: LayerGroup) => void;
  setNotice: (n: Message | null) => void;
  setSideOpen: (open: boolean) => void;
  setSheet: (s: SheetState) => void;
  setDetailsSheet: (s: SheetState) => void;
  toggleIndustry: (id: string) => void;
  /** Shows one industry's chain: selects it alone and opens the chain panel. */
  focusIndustry: (id: string) => void;
  setStage: (s: Stage | null) => void;
  setLink: (l: string | null) => void;
  setQuery: (q: string) => void;
  setPanel: (p: Panel) => void;
  setWeight: (factor: keyof Weights, value: number) => void;
  resetWeights: () => void;
  clearFilters: () => void;
  setIncludeSample: (on: boolean) => void;
  /** Starts presenting a briefing at its first step. */
  startBriefing: (b: Omit<BriefingView, 'step'>) => void;
  setBriefingStep: (step: number) => void;
  endBriefing: () => void;
}

export const defaultView = (): ViewState => ({
  page: 'map',
  lang: 'zh',
  selection: null,
  hidden: [],
  industries: [],
  stage: null,
  link: null,
  q: '',
  panel: 'legend',
  weights: { ...DEFAULT_WEIGHTS },
  project: null,
  includeSample: true,
  briefing: null,
});

export const initialState = (): ViewState &
  Pick<AppState, 'notice' | 'sideOpen' | 'camera' | 'viewBounds' | 'sheet' | 'detailsSheet'> => ({
  ...defaultView(),
  notice: null,
  camera: null,
  viewBounds: null,
  sideOpen: typeof window === 'undefined' || !window.matchMedia?.(PHONE_QUERY).matches,
  sheet: typeof window === 'undefined' || !window.matchMedia?.(PHONE_QUERY).matches ? 'half' : 'peek',
  detailsSheet: 'half',
});

/** Details that open (nothing was selected) start at half; a new record in open details keeps their height. */
const detailsSheetFor = (s: AppState, next: Selection | null): SheetState =>
  s.selection === null && next !== null ? 'half' : s.detailsSheet;

/**
 * The node filter the map, the filter bar and the legend apply: the view's filters, and public records
 * only when 含示例数据 is off. Use with useShallow (a new object each call).
 */
export const selectNodeFilter = (s: ViewState): NodeFilter => ({
  industries: s.industries,
  stage: s.stage,
  link: s.link,
  q: s.q,
  publicOnly: !s.includeSample,
});

export const useAppStore = create<AppState>()((set, get, api) => ({
  ...createWorkbenchSlice(set, get, api),
  ...initialState(),
  setLang: (lang) => set({ lang }),
  navigate: (page) => set({ page }),
  select: (selection) => set((s) => ({ selection, detailsSheet: detailsSheetFor(s, selection) })),
  selectAndFocus: (selection) =>
    set((s) => ({
      selection,
      detailsSheet: detailsSheetFor(s, selection),
      camera: { kind: 'record', selection, n: (s.camera?.n ?? 0) + 1 },
    })),
  moveCamera: (target) => set((s) => ({ camera: { ...target, n: (s.camera?.n ?? 0) + 1 } })),
  toggleGroup: (g) =>
    set((s) => ({
      hidden: s.hidden.includes(g)
        ? s.hidden.filter((x) => x !== g)
        : GROUPS.filter((x) => x === g || s.hidden.includes(x)),
    })),
  setNotice: (notice) => set({ notice }),
  setViewBounds: (viewBounds) => set({ viewBounds }),
  setSideOpen: (sideOpen) => set((s) => ({ sideOpen, sheet: sideOpen ? atLeastHalf(s.sheet) : 'peek' })),
  setSheet: (sheet) => set({ sheet, sideOpen: sheet !== 'peek' }),
  setDetailsSheet: (detailsSheet) => set({ detailsSheet }),
  toggleIndustry: (id) =>
    set((s) => ({
      industries: s.industries.includes(id) ? s.industries.filter((x) => x !== id) : [...s.industries, id],
      // A selected link belongs to one industry; changing the industries drops it.
      link: null,
    })),
  focusIndustry: (id) =>
    set((s) => {
      const same = s.industries.length === 1 && s.industries[0] === id;
      return {
        industries: [id],
        link: same ? s.link : null,
        panel: s.panel === 'legend' ? 'chain' : s.panel,
        sideOpen: true,
        sheet: atLeastHalf(s.sheet),
      };
    }),
  setStage: (stage) => set({ stage }),
  setLink: (link) => set({ link }),
  setQuery: (q) => set({ q }),
  setPanel: (panel) => set((s) => ({ panel, sideOpen: true, sheet: atLeastHalf(s.sheet) })),
  setWeight: (factor, value) => set((s) => ({ weights: { ...s.weights, [factor]: value } })),
  resetWeights: () => set({ weights: { ...DEFAULT_WEIGHTS } }),
  clearFilters: () => set({ industries: [], stage: null, link: null, q: '' }),
  setIncludeSample: (includeSample) => set({ includeSample }),
  startBriefing: (b) => set({ briefing: { ...b, step: 0 } }),
  setBriefingStep: (step) => set((s) => (s.briefing ? { briefing: { ...s.briefing, step } } : {})),
  endBriefing: () => set({ briefing: null }),
}));
