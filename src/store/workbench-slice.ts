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
import { distinctCorners, openRing } from '@/lib/geo/vertex-ring';
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

/**
 * The validity check a site's boundary passes before it is kept (a drawn, edited or typed site): the
 * workbench registers it (setRingCheck), since the store imports no feature. `ring`: the corners to keep.
 */
export type RingCheck = (
  corners: Position[],
) => { ok: true; ring: Position[] } | { ok: false; message: Message };

/** A saved site whose vertices are being edited: the open ring shown as handles, and the undo history. */
export interface VertexEdit {
  siteId: string;
  /** The site's corners (open: the first is not repeated at the end). */
  ring: Position[];
  /** Earlier rings, most recent last (undo pops one). */
  history: Position[][];
  selected: number | null;
}

const TOO_FEW: Message = { key: 'gis.draw.problem.tooFew' };

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
  /** Why the last drawn or edited site was not kept (a crossing boundary, too few points); null once fixed. */
  drawProblem: Message | null;
  ringCheck: RingCheck | null;
  editing: VertexEdit | null;
  startTool: (t: Tool | null) => void;
  addVertex: (p: Position) => void;
  /** Finishes the sketch: a measurement stays on screen, a drawn site is returned to the caller. */
  finishSketch: () => Position[] | null;
  cancelTool: () => void;
  /** Removes the sketch's last vertex; in vertex editing, undoes the last change. */
  undoVertex: () => void;
  setRingCheck: (check: RingCheck | null) => void;
  /**
   * Checks a ring of corners (too few, then the registered check) and adds it as a new site; on refusal
   * sets drawProblem and returns null.
   */
  addSiteFromCorners: (corners: Position[], origin?: 'drawn' | 'typed') => Site | null;
  /** Starts editing a saved site's vertices (ends any tool). */
  startEdit: (siteId: string) => void;
  /** Remembers the ring before a drag or an insertion, for undo. */
  editCheckpoint: () => void;
  /** Moves vertex i (during a drag: call editCheckpoint once at its start). */
  editMove: (i: number, p: Position) => void;
  /** Inserts a vertex before index i (remembered for undo) and selects it. */
  editInsert: (i: number, p: Position) => void;
  editSelect: (i: number | null) => void;
  /** Removes vertex i, keeping at least 3 (remembered for undo). */
  editDelete: (i: number) => void;
  /** Saves the edited ring into the site (checked like a drawn one); false (with drawProblem) if refused. */
  saveEdit: () => boolean;
  cancelEdit: () => void;
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
  drawProblem: null,
  ringCheck: null,
  editing: null,
  startTool: (tool) => set({ tool, sketch: [], measured: null, editing: null, drawProblem: null }),
  addVertex: (p) =>
    set((s) => {
      // The two clicks of a double-click (which finishes) land on the same spot: keep one vertex.
      const last = s.sketch.at(-1);
      if (last && last[0] === p[0] && last[1] === p[1]) return {};
      return { sketch: [...s.sketch, p], drawProblem: null };
    }),
  finishSketch: () => {
    const { tool, sketch } = get();
    if (!tool) return null;
    if (tool === 'draw-site') {
      // A refused ring (too few corners, a crossing boundary) keeps the sketch, so the planner can fix it.
      return get().addSiteFromCorners(sketch) ? sketch : null;
    }
    const enough = tool === 'measure-line' ? sketch.length >= 2 : sketch.length >= 3;
    if (!enough) return null;
    set({ tool: null, sketch: [], measured: { tool, coords: sketch } });
    return sketch;
  },
  cancelTool: () => set({ tool: null, sketch: [], measured: null, drawProblem: null }),
  undoVertex: () => {
    const { editing, tool, sketch } = get();
    if (editing) {
      const ring = editing.history.at(-1);
      if (ring) set({ editing: { ...editing, ring, history: editing.history.slice(0, -1), selected: null } });
    } else if (tool && sketch.length > 0) set({ sketch: sketch.slice(0, -1), drawProblem: null });
  },
  setRingCheck: (ringCheck) => set({ ringCheck }),
  addSiteFromCorners: (corners, origin = 'drawn') => {
    const checked = checkRing(get().ringCheck, corners);
    if (!checked.ok) {
      set({ drawProblem: checked.message });
      return null;
    }
    const { sites, lang } = get();
    const n = sites.length + 1;
    // Longitudes past ±180 (a map panned across the antimeridian) are wrapped, the ring kept whole.
    const site: Site = normaliseSite({
      id: `site-${Date.now().toString(36)}-${n}`,
      name: `${SITE_NAME_PREFIX[lang]}${n}`,
      created: new Date().toISOString(),
      geometry: { type: 'Polygon', coordinates: [checked.ring] },
      origin,
    });
    set({ tool: null, sketch: [], sites: [...sites, site], drawProblem: null });
    return site;
  },
  startEdit: (siteId) => {
    const site = get().sites.find((s) => s.id === siteId);
    if (!site) return;
    const ring = openRing(site.geometry.coordinates[0] ?? []);
    set({
      tool: null,
      sketch: [],
      measured: null,
      drawProblem: null,
      editing: { siteId, ring, history: [], selected: null },
    });
  },
  editCheckpoint: () => {
    const e = get().editing;
    if (e) set({ editing: { ...e, history: [...e.history, e.ring] } });
  },
  editMove: (i, p) => {
    const e = get().editing;
    if (!e || i < 0 || i >= e.ring.length) return;
    set({ editing: { ...e, ring: e.ring.map((q, j) => (j === i ? p : q)), selected: i }, drawProblem: null });
  },
  editInsert: (i, p) => {
    const e = get().editing;
    if (!e || i < 0 || i > e.ring.length) return;
    const ring = [...e.ring.slice(0, i), p, ...e.ring.slice(i)];
    set({ editing: { ...e, ring, history: [...e.history, e.ring], selected: i }, drawProblem: null });
  },
  editSelect: (selected) => {
    const e = get().editing;
    if (e) set({ editing: { ...e, selected } });
  },
  editDelete: (i) => {
    const e = get().editing;
    if (!e || i < 0 || i >= e.ring.length) return;
    if (e.ring.length <= 3) {
      set({ drawProblem: { key: 'gis.draw.problem.minVertices' } });
      return;
    }
    const ring = e.ring.filter((_, j) => j !== i);
    set({ editing: { ...e, ring, history: [...e.history, e.ring], selected: null }, drawProblem: null });
  },
  saveEdit: () => {
    const { editing, ringCheck, sites } = get();
    if (!editing) return false;
    const checked = checkRing(ringCheck, editing.ring);
    if (!checked.ok) {
      set({ drawProblem: checked.message });
      return false;
    }
    set({
      editing: null,
      drawProblem: null,
      sites: sites.map((s) =>
        s.id === editing.siteId
          ? normaliseSite({ ...s, geometry: { type: 'Polygon', coordinates: [checked.ring] } })
          : s,
      ),
    });
    return true;
  },
  cancelEdit: () => set({ editing: null, drawProblem: null }),
  setSites: (sites) => set({ sites }),
  addSites: (added) => set((s) => ({ sites: [...s.sites, ...added] })),
  renameSite: (id, name) =>
    set((s) => ({
      sites: s.sites.map((x) => (x.id === id ? { ...x, name: name.trim().slice(0, 80) || x.name } : x)),
    })),
  removeSite: (id) =>
    set((s) => ({
      sites: s.sites.filter((x) => x.id !== id),
      ...(s.editing?.siteId === id ? { editing: null } : {}),
    })),
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

/**
 * A ring of clicked, edited or typed corners made ready to keep: repeats dropped (a double-click's two
 * clicks), at least 3 distinct corners, the registered check passed; closed, as [lon, lat] pairs.
 */
function checkRing(
  check: RingCheck | null,
  coords: Position[],
): { ok: true; ring: [number, number][] } | { ok: false; message: Message } {
  const corners = distinctCorners(coords);
  if (corners.length < 3) return { ok: false, message: TOO_FEW };
  const r = check ? check(corners) : { ok: true as const, ring: corners };
  if (!r.ok) return r;
  const kept = distinctCorners(r.ring);
  if (kept.length < 3) return { ok: false, message: TOO_FEW };
  return { ok: true, ring: closeRing(kept).map((p) => [p[0] ?? 0, p[1] ?? 0] as [number, number]) };
}
