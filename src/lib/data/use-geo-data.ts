import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import type { Manifest } from '@/lib/schemas/catalog';
import {
  type BuiltFileData,
  builtFileQuery,
  DataFileError,
  MAP_FONTS_FILE,
  type MapFonts,
  manifestQueryOptions,
  mapFontsQueryOptions,
  nodesAreTiled,
} from './built-files';
// The bureau's store (idb, the record's shape check) loads with the first read, not in the first JS.
import type { BureauLoadProblem } from './bureau-db';
import type { BureauRecord } from './bureau-types';
import { buildCatalogIndex, type CatalogIndex } from './catalog-index';
import { type CountCell, countCells } from '@/lib/domain/node-counts';

/** The built data every page reads, with its derived index (built once per data version). */
export interface GeoData {
  manifest: Manifest;
  catalog: BuiltFileData<'catalog'>;
  nodes: BuiltFileData<'nodes'>;
  places: BuiltFileData<'places'>;
  /**
   * What MapLibre draws labels with: the pre-built glyphs and the fallback font files (none off the
   * map, or when fonts/map-labels.json could not be loaded: MapLibre then draws with the page's font).
   */
  fonts: MapFonts;
  /**
   * The nodes counted by filter cell (badges, park dimming, legend and chip counts add these up): the
   * data build's geo/node-cells.json for the shipped nodes; counted here for the bureau's ledger, or
   * when that file is missing or does not add up to the nodes.
   */
  cells: readonly CountCell[];
  /** Verdicts over every record, sample included (含示例数据 on). */
  index: CatalogIndex;
  /**
   * The bureau's own data while it is applied (its ledger is then `nodes`; its statistics replace
   * geo/monitor.json's), or null: the shipped data.
   */
  bureau: BureauRecord | null;
}

/** The index whose verdicts follow the 含示例数据 switch. */
export function indexFor(data: GeoData, includeSample: boolean): CatalogIndex {
  if (includeSample) return data.index;
  let ix = publicIndexes.get(data.index);
  if (!ix) {
    ix = buildCatalogIndex(
      data.catalog,
      data.nodes.features.map((x) => x.properties),
      data.places.features.map((x) => x.properties),
      { includeSample: false },
    );
    publicIndexes.set(data.index, ix);
  }
  return ix;
}

/**
 * Verdicts over official and public records only (含示例数据 off), one per data version (keyed by its
 * whole index): built the first time the switch is off, not with every load (at 100,000 nodes each
 * index costs about 170 ms of the main thread).
 */
const publicIndexes = new WeakMap<CatalogIndex, CatalogIndex>();

export type GeoState =
  /**
   * `boot`: on a tiled build (the nodes drawn from geo/nodes.pmtiles) the map can start before
   * nodes.geojson is parsed: everything the map needs, with no nodes and indexes without them. The
   * panels wait for the whole data; only the map page is started on it.
   */
  | { status: 'loading'; boot?: GeoData }
  /** The manifest or the catalog failed: nothing can be shown but the error. */
  | { status: 'error'; error: unknown; retry: () => void }
  /** `missing`: optional files that failed (nodes, places, fonts); the app works without them. */
  | {
      status: 'ready';
      data: GeoData;
      missing: DataFileError[];
      retry: () => void;
      /** Why the bureau's stored data is not in use (the shipped data is): said in the data-status bar. */
      bureauProblem?: BureauLoadProblem;
    };

/**
 * The bureau's stored record (IndexedDB), read once; the panel sets this query's data after a save
 * (and to an empty load after a reset), so every page follows without a reload.
 */
export const bureauQueryOptions = () =>
  queryOptions({
    queryKey: ['bureau', 'record'] as const,
    queryFn: () => import('./bureau-db').then((m) => m.loadBureau()),
    retry: false,
  });

const EMPTY_POINTS = { type: 'FeatureCollection' as const, features: [] };
const NO_FONTS: MapFonts = { faces: [], glyphs: null };
const asFileError = (e: unknown, file: string): DataFileError =>
  e instanceof DataFileError
    ? e
    : new DataFileError(file, 'network', e instanceof Error ? e.message : String(e));

/**
 * Everything a page needs first: manifest, catalog, nodes, places and (on the map) the font list.
 * A failed optional file does not stop the app: it is reported as missing, with a retry.
 */
export function useGeoData({
  withFonts = true,
  boot = false,
  holdNodes = false,
}: {
  withFonts?: boolean;
  /** May the map start on the boot data (see GeoState)? Fixed for the app's life by the caller. */
  boot?: boolean;
  /** On a tiled build, do not read nodes.geojson yet (the map is starting on the boot data). */
  holdNodes?: boolean;
} = {}): GeoState {
  const client = useQueryClient();
  const manifest = useQuery(manifestQueryOptions());
  const m = manifest.data;
  const catalog = useQuery(builtFileQuery(m, 'catalog'));
  const tiledNodes = m !== undefined && nodesAreTiled(m);
  // Downloaded meanwhile all the same (index.html preloads it); parsed once released.
  const nodes = useQuery({ ...builtFileQuery(m, 'nodes'), enabled: !(holdNodes && tiledNodes) });
  const stored = useQuery(bureauQueryOptions());
  // Another tab applied or reset the bureau's data: read it again (the map follows in place).
  useEffect(() => {
    let stop = () => {};
    let gone = false;
    void import('./bureau-db').then((m) => {
      if (gone) return;
      stop = m.onBureauChange(
        () => void client.invalidateQueries({ queryKey: bureauQueryOptions().queryKey }),
      );
    });
    return () => {
      gone = true;
      stop();
    };
  }, [client]);
  const places = useQuery(builtFileQuery(m, 'places'));
  // No retry: without it the counts are made here from the nodes, the same numbers.
  const builtCells = useQuery({ ...builtFileQuery(m, 'cells'), retry: false });
  // Only the map draws with the font-face list; the directory and park pages do not wait for it.
  const fonts = useQuery({ ...mapFontsQueryOptions(), enabled: withFonts });
  const retry = useCallback(() => {
    // Refetch what failed (and what never started because the manifest failed).
    void client.refetchQueries({ predicate: (q) => q.state.status === 'error' });
  }, [client]);
  const c = catalog.data;
  // While the bureau's data is applied its ledger is the nodes (the shipped file is then not needed).
  const bureau = stored.data?.record ?? null;
  const bureauProblem = stored.data?.problem;
  const n = bureau ? bureau.nodes : nodes.isError ? EMPTY_POINTS : nodes.data;
  const p = places.isError ? EMPTY_POINTS : places.data;
  const f = !withFonts || fonts.isError ? NO_FONTS : fonts.data;
  const index = useMemo(() => {
    if (!c || !n || !p) return null;
    return buildCatalogIndex(
      c,
      n.features.map((x) => x.properties),
      p.features.map((x) => x.properties),
    );
  }, [c, n, p]);
  const shippedCells = bureau ? undefined : builtCells.data;
  const cellsPending = !bureau && builtCells.isPending && m !== undefined;
  const cells = useMemo(() => {
    if (!n) return null;
    if (shippedCells && addsUpTo(shippedCells, n.features.length)) return shippedCells;
    return countCells(n.features.map((x) => x.properties));
  }, [n, shippedCells]);
  // The boot data: a tiled build, no bureau data, the nodes still on their way, the rest in.
  const bootCells = builtCells.data;
  const bootData = useMemo((): GeoData | null => {
    if (!boot || !tiledNodes || !m || !c || !p || !f || !bootCells) return null;
    const placeProps = p.features.map((x) => x.properties);
    return {
      manifest: m,
      catalog: c,
      nodes: EMPTY_POINTS,
      places: p,
      fonts: f,
      cells: bootCells,
      index: buildCatalogIndex(c, [], placeProps),
      bureau: null,
    };
  }, [boot, tiledNodes, m, c, p, f, bootCells]);
  const bootable = bootData !== null && !stored.isPending && !bureau && nodes.isPending;
  const fatal = manifest.error ?? catalog.error;
  const nodesError = bureau ? null : nodes.error;
  const bureauPending = stored.isPending;
  const placesError = places.error;
  const fontsError = withFonts ? fonts.error : null;
  return useMemo((): GeoState => {
    if (fatal) return { status: 'error', error: fatal, retry };
    if (!m || !c || !n || !p || !f || !index || !cells || bureauPending || cellsPending)
      return bootable && bootData ? { status: 'loading', boot: bootData } : { status: 'loading' };
    const missing: DataFileError[] = [];
    if (nodesError) missing.push(asFileError(nodesError, 'geo/nodes.geojson'));
    if (placesError) missing.push(asFileError(placesError, 'geo/places.geojson'));
    if (fontsError) missing.push(asFileError(fontsError, MAP_FONTS_FILE));
    return {
      status: 'ready',
      data: { manifest: m, catalog: c, nodes: n, places: p, fonts: f, cells, index, bureau },
      missing,
      retry,
      ...(bureauProblem ? { bureauProblem } : {}),
    };
  }, [
    fatal,
    m,
    c,
    n,
    p,
    f,
    index,
    cells,
    cellsPending,
    bureau,
    bureauProblem,
    bureauPending,
    nodesError,
    placesError,
    fontsError,
    retry,
    bootable,
    bootData,
  ]);
}

/** Cells made for another set of nodes (they count a different total) are not used. */
const addsUpTo = (cells: readonly CountCell[], total: number): boolean =>
  cells.reduce((sum, c) => sum + c.n, 0) === total;
