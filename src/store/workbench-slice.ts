/**
 * The planner's workbench state: the active map tool and its sketch, candidate sites (persisted by
 * site-persistence.ts), imported layers (kept in IndexedDB by imported-persistence.ts: they never
 * leave the browser) with the feature picked on the map, and the
 * routed project (part of the view: it round-trips through the URL).
 */
import type { Position } from 'geojson';
import type { StateCreator } from 'zustand';
import type { Lang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import type { Project } from '@/lib/domain/project';
import { closeRing } from '@/lib/geo/ring';
import { defaultLayerColor, isLayerColor } from '@/lib/layer-colors';
import { normaliseSite, type Site } from './site-storage';

/** Default name of a drawn site, by UI language; the planner renames it. */
export const SITE_NAME_PREFIX = { zh: '候选地 ', en: 'Site ' } as const;

export type Tool = 'measure-line' | 'measure-area' | 'draw-site';

export interface ImportedLayer {
  id: string;
  name: string;
  format: string;
  /** Red-line polygons a planner imports are constraints: sites and parks are checked against them. */
  redline: boolean;
  visible: boolean;
  /** How the map draws it (#rrggbb); addImported gives one when the import did not (lib/layer-colors). */
  color?: string;
  data: GeoJSON.FeatureCollection;
  /** What the import dropped or noticed, translated when shown. */
  warnings: Message[];
}

/** An imported feature picked on the map or in the attribute table: its layer's id and its index there. */
export interface ImportedPick {
  layer: string;
  feature: string;
}

/** `id`, or `id-2`, `id-3`… when a layer already has it (an import after a reload, a restored copy). */
export function uniqueLayerId(id: string, layers: readonly { id: string }[]): string {
  const taken = new Set(layers.map((l) => l.id));
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

/**
 * Whether the sites are being saved (site-persistence.ts): 'full' (quota), 'blocked' (the browser forbids
 * storage for the site), 'failed' (any other refusal), or 'held': the stored text could not be read nor
 * copied aside, so it is not written over until the planner downloads or discards it (`raw`).
 */
export type SitesStorage =
  | { status: 'ok' }
  | { status: 'full' | 'blocked' | 'failed'; message: Message }
  | { status: 'held'; message: Message; raw: string };

export interface WorkbenchSlice {
  tool: Tool | null;
  sketch: Position[];
  /** The last finished measurement, kept on the map until the next one or Escape. */
  measured: { tool: 'measure-line' | 'measure-area'; coords: Position[] } | null;
  sites: Site[];
  sitesStorage: SitesStorage;
  imported: ImportedLayer[];
  /** The imported feature whose attributes are shown (and outlined on the map), or null. */
  selectedImported: ImportedPick | null;
  project: Project | null;
  /**
   * The parks that pass every routing rule for `project`, outlined on the map (src/app computes them,
   * src/map/sync/use-route-highlight.ts draws them); empty when no project is routed.
   */
  routeHighlight: string[];
  startTool: (t: Tool | null) => void;
  addVertex: (p: Position) => void;
  /** Finishes the sketch: a measurement stays on screen, a drawn site is returned to the caller. */
  finishSketch: () => Position[] | null;
  cancelTool: () => void;
  setSites: (sites: Site[]) => void;
  addSites: (sites: Site[]) => void;
  /** Renames a site (trimmed, at most 80 characters; an empty name keeps the old one). */
  renameSite: (id: string, name: string) => void;
  removeSite: (id: string) => void;
  /** The planner downloaded or discarded a held store: saving may write over it again. */
  releaseHeldSites: () => void;
  /** Adds a layer at the end (or at `at`: an undone removal), with an id no other layer has and a colour. */
  addImported: (l: ImportedLayer, at?: number) => void;
  updateImported: (id: string, patch: Partial<ImportedLayer>) => void;
  /** Renames a layer (trimmed, at most 120 characters; an empty name keeps the old one). */
  renameImported: (id: string, name: string) => void;
  /** Recolours a layer (#rrggbb; anything else is ignored). */
  setImportedColor: (id: string, color: string) => void;
  removeImported: (id: string) => void;
  selectImported: (pick: ImportedPick | null) => void;
  setProject: (p: Project | null) => void;
  setRouteHighlight: (parks: string[]) => void;
}

export const createWorkbenchSlice: StateCreator<WorkbenchSlice & { lang: Lang }, [], [], WorkbenchSlice> = (
  set,
  get,
) => ({
  tool: null,
  sketch: [],
  measured: null,
  sites: [],
  sitesStorage: { status: 'ok' },
  imported: [],
  selectedImported: null,
  project: null,
  routeHighlight: [],
  startTool: (tool) => set({ tool, sketch: [], measured: null }),
  addVertex: (p) =>
    set((s) => {
      // The two clicks of a double-click (which finishes) land on the same spot: keep one vertex.
      const last = s.sketch.at(-1);
      if (last && last[0] === p[0] && last[1] === p[1]) return {};
      return { sketch: [...s.sketch, p] };
    }),
  finishSketch: () => {
    const { tool, sketch, sites } = get();
    if (!tool) return null;
    const enough = tool === 'measure-line' ? sketch.length >= 2 : sketch.length >= 3;
    if (!enough) return null;
    if (tool === 'draw-site') {
      const n = sites.length + 1;
      // Longitudes past ±180 (a map panned across the antimeridian) are wrapped, the ring kept whole.
      const site: Site = normaliseSite({
        id: `site-${Date.now().toString(36)}-${n}`,
        name: `${SITE_NAME_PREFIX[get().lang]}${n}`,
        created: new Date().toISOString(),
        geometry: {
          type: 'Polygon',
          coordinates: [closeRing(sketch).map((p) => [p[0] ?? 0, p[1] ?? 0] as [number, number])],
        },
      });
      set({ tool: null, sketch: [], sites: [...sites, site] });
    } else set({ tool: null, sketch: [], measured: { tool, coords: sketch } });
    return sketch;
  },
  cancelTool: () => set({ tool: null, sketch: [], measured: null }),
  setSites: (sites) => set({ sites }),
  addSites: (added) => set((s) => ({ sites: [...s.sites, ...added] })),
  renameSite: (id, name) =>
    set((s) => ({
      sites: s.sites.map((x) => (x.id === id ? { ...x, name: name.trim().slice(0, 80) || x.name } : x)),
    })),
  removeSite: (id) => set((s) => ({ sites: s.sites.filter((x) => x.id !== id) })),
  releaseHeldSites: () =>
    set((s) => (s.sitesStorage.status === 'held' ? { sitesStorage: { status: 'ok' } } : {})),
  addImported: (l, at) =>
    set((s) => {
      const layer: ImportedLayer = {
        ...l,
        id: uniqueLayerId(l.id, s.imported),
        color: isLayerColor(l.color)
          ? l.color
          : defaultLayerColor(
              l.redline,
              s.imported.map((x) => x.color),
            ),
      };
      const i = at === undefined ? s.imported.length : Math.max(0, Math.min(at, s.imported.length));
      return { imported: [...s.imported.slice(0, i), layer, ...s.imported.slice(i)] };
    }),
  updateImported: (id, patch) =>
    set((s) => ({ imported: s.imported.map((l) => (l.id === id ? { ...l, ...patch } : l)) })),
  renameImported: (id, name) =>
    set((s) => ({
      imported: s.imported.map((l) =>
        l.id === id ? { ...l, name: name.trim().slice(0, 120) || l.name } : l,
      ),
    })),
  setImportedColor: (id, color) =>
    set((s) =>
      isLayerColor(color)
        ? { imported: s.imported.map((l) => (l.id === id ? { ...l, color: color.toLowerCase() } : l)) }
        : {},
    ),
  removeImported: (id) =>
    set((s) => ({
      imported: s.imported.filter((l) => l.id !== id),
      ...(s.selectedImported?.layer === id ? { selectedImported: null } : {}),
    })),
  selectImported: (selectedImported) => set({ selectedImported }),
  // Clearing the project clears its highlight at once (not only when src/app recomputes it).
  setProject: (project) => set(project ? { project } : { project, routeHighlight: [] }),
  setRouteHighlight: (routeHighlight) => set({ routeHighlight }),
});
