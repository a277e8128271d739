/**
 * The one way the app loads a built file (public/geo/*): one entry per file in BUILT_FILES, each with
 * the one schema that file is read with. The query key is the entry's name plus the file's content
 * hash from the manifest, so two readers of a file always share one parsed copy in one shape (two
 * schemas for one file under one key once broke the workbench: whichever loaded first won).
 */
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { assetUrl } from '@/lib/paths';
import {
  areaCollectionSchema,
  catalogSchema,
  countyCollectionSchema,
  fontFacesSchema,
  lineCollectionSchema,
  type Manifest,
  manifestSchema,
  mapLabelsSchema,
  nodeCellsSchema,
  nodeCollectionSchema,
  placeCollectionSchema,
} from '@/lib/schemas/catalog';
import { describeIssue } from '@/lib/schemas/describe-issue';
import { monitorSchema } from '@/lib/schemas/monitor';
import { searchIndexSchema } from '@/lib/schemas/search-index';

/** Why a built file could not be used; the UI words it in its language (see i18n `dataError`). */
export type DataFailure = 'network' | 'http' | 'not-json' | 'schema' | 'unlisted';

/** A built file that failed to load or parse: which file, why, and the technical detail. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly failure: DataFailure,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/**
 * Every built file the app reads itself. `preloaded`: fetched without the version parameter, so the
 * <link rel=preload> in index.html serves the first request (the server revalidates them by ETag).
 */
export const BUILT_FILES = {
  catalog: { file: 'catalog.json', schema: catalogSchema, preloaded: true },
  nodes: { file: 'nodes.geojson', schema: nodeCollectionSchema, preloaded: true },
  places: { file: 'places.geojson', schema: placeCollectionSchema, preloaded: true },
  counties: { file: 'counties.geojson', schema: countyCollectionSchema, preloaded: false },
  parkOutlines: { file: 'parks.geojson', schema: areaCollectionSchema, preloaded: false },
  protectedAreas: { file: 'protected.geojson', schema: areaCollectionSchema, preloaded: false },
  zones: { file: 'zones.geojson', schema: areaCollectionSchema, preloaded: false },
  lines: { file: 'lines.geojson', schema: lineCollectionSchema, preloaded: false },
  /** The nodes counted by filter cell (the badge and legend counts of the shipped data). */
  cells: { file: 'node-cells.json', schema: nodeCellsSchema, preloaded: false },
  search: { file: 'search.json', schema: searchIndexSchema, preloaded: false },
  /** The plan's 2025 targets, the parks' statistics by year, context figures (the monitoring view). */
  monitor: { file: 'monitor.json', schema: monitorSchema, preloaded: false },
} as const;
export type BuiltFileName = keyof typeof BUILT_FILES;
export type BuiltFileData<K extends BuiltFileName> = z.infer<(typeof BUILT_FILES)[K]['schema']>;

async function fetchJson<S extends z.ZodMiniType>(url: string, schema: S, file: string): Promise<z.infer<S>> {
  let res: Response;
  try {
    // The server marks unversioned files no-cache, so the default mode revalidates them.
    res = await fetch(url);
  } catch (e) {
    throw new DataFileError(file, 'network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new DataFileError(file, 'http', `HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new DataFileError(file, 'not-json', res.headers.get('content-type') ?? 'no content type');
  }
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new DataFileError(file, 'schema', describeIssue(parsed.error.issues[0]));
  return parsed.data;
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['geo', 'manifest'] as const,
    queryFn: () => fetchJson(assetUrl('geo/manifest.json'), manifestSchema, 'geo/manifest.json'),
  });

export function fileHash(manifest: Manifest, file: string): string {
  const entry = manifest.files.find((f) => f.file === file);
  if (!entry) throw new DataFileError(`geo/${file}`, 'unlisted', 'not in geo/manifest.json');
  return entry.hash;
}

/** Absolute, versioned URL of a built file (for sources MapLibre fetches itself). */
export const builtFileUrl = (manifest: Manifest, file: string): string =>
  assetUrl(`geo/${file}`, fileHash(manifest, file));

/**
 * The query for one built file, keyed by its name and content hash (a new build needs no
 * cache-busting code). Waits (skipToken) until the manifest is there.
 */
export function builtFileQuery<K extends BuiltFileName>(manifest: Manifest | undefined, name: K) {
  const { file, schema, preloaded } = BUILT_FILES[name];
  const entry = manifest?.files.find((f) => f.file === file);
  const hash = manifest ? (entry?.hash ?? 'unlisted') : 'pending';
  return queryOptions({
    queryKey: ['geo', name, hash] as const,
    queryFn: manifest
      ? (): Promise<BuiltFileData<K>> => {
          if (!entry) throw new DataFileError(`geo/${file}`, 'unlisted', 'not in geo/manifest.json');
          const url = assetUrl(`geo/${file}`, preloaded ? undefined : entry.hash);
          return fetchJson(url, schema, `geo/${file}`) as Promise<BuiltFileData<K>>;
        }
      : skipToken,
  });
}

/**
 * The data build tiled the nodes (geo/nodes.pmtiles, above its size threshold): the map draws them
 * from the archive, and can start before nodes.geojson is read (see use-geo-data's boot data).
 */
export const nodesAreTiled = (manifest: Manifest): boolean =>
  manifest.tiles?.some((t) => t.file === 'nodes.pmtiles') === true;

/** What the map's labels draw with: the pre-built glyphs' URL (versioned) and the fallback font files. */
export interface MapFonts {
  faces: { url: string; 'unicode-range': string[] }[];
  /** fonts/map-glyphs.bin with its hash; null off the map. */
  glyphs: string | null;
}

export const MAP_FONTS_FILE = 'fonts/map-labels.json';

/** Every font file the map could draw labels with (fonts/font-faces.json): when the glyph bundle fails. */
export const allFontFacesQueryOptions = () =>
  queryOptions({
    queryKey: ['fonts', 'faces'] as const,
    queryFn: async () => {
      const faces = await fetchJson(
        assetUrl('fonts/font-faces.json'),
        fontFacesSchema,
        'fonts/font-faces.json',
      );
      return faces.map((f) => ({ ...f, url: assetUrl(f.url) }));
    },
  });

export const mapFontsQueryOptions = () =>
  queryOptions({
    queryKey: ['fonts', 'map-labels'] as const,
    queryFn: async (): Promise<MapFonts> => {
      const labels = await fetchJson(assetUrl(MAP_FONTS_FILE), mapLabelsSchema, MAP_FONTS_FILE);
      return {
        faces: labels.faces.map((f) => ({ ...f, url: assetUrl(f.url) })),
        glyphs: assetUrl(labels.glyphs.url, labels.glyphs.hash),
      };
    },
  });
