/**
 * Candidate sites survive a reload in localStorage under a versioned key. A store that cannot be read
 * (not JSON, unknown version, invalid sites) is reported and set aside under a ".corrupt.<time>" key,
 * never lost and never a crash; the valid sites in it are kept. When the copy cannot be written (a
 * nearly full store), the original stays where it is and the caller must not write over it.
 */
import { z } from 'zod/mini';
import { normalisePolygon } from '@/lib/geo/antimeridian';

export const SITES_KEY = 'xsbn-industry-map.sites';
export const SITES_VERSION = 1;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

// Any finite longitude: MapLibre gives values beyond ±180 past the antimeridian; normaliseSite wraps them.
const position = z.tuple([z.number(), z.number().check(z.gte(-90), z.lte(90))]);
export const siteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  created: z.string(),
  geometry: z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(position).check(z.minLength(4))).check(z.minLength(1)),
  }),
  /** How it came to be: drawn on the map, typed in as corners, or read from a file (its name). Older saves
   * have none: they were drawn or imported from GeoJSON, which is not known, so exports call them drawn. */
  origin: z.optional(
    z.union([z.literal('drawn'), z.literal('typed'), z.object({ file: z.string().check(z.maxLength(200)) })]),
  ),
});
export type Site = z.infer<typeof siteSchema>;

/** The site with its longitudes continuous and its middle in [−180, 180) (see normalisePolygon). */
export function normaliseSite(site: Site): Site {
  return { ...site, geometry: { type: 'Polygon', coordinates: normalisePolygon(site.geometry.coordinates) } };
}

/** What was wrong with a stored text, as a code (translated when shown). */
export type SitesProblem =
  | { code: 'notJson' }
  | { code: 'notList' }
  | { code: 'unknownVersion'; version: number }
  /** 1-based positions of the sites that failed the schema. */
  | { code: 'invalidSites'; positions: number[] };

/** Why the store refused: full (quota), blocked (the browser forbids storage), or anything else. */
export type StorageFault = 'full' | 'blocked' | 'failed';

export function storageFault(e: unknown): StorageFault {
  const { name, code } = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown; code?: unknown };
  // Chromium and Safari: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014)
    return 'full';
  if (name === 'SecurityError' || code === 18) return 'blocked';
  return 'failed';
}

export interface ParseResult {
  sites: Site[];
  problem?: SitesProblem;
}

/** The sites in a stored text (normalised), and what was wrong with it. */
export function parseSites(raw: string): ParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { sites: [], problem: { code: 'notJson' } };
  }
  const head = z.object({ version: z.number(), sites: z.array(z.unknown()) }).safeParse(parsed);
  if (!head.success) return { sites: [], problem: { code: 'notList' } };
  if (head.data.version !== SITES_VERSION)
    return { sites: [], problem: { code: 'unknownVersion', version: head.data.version } };
  const sites: Site[] = [];
  const bad: number[] = [];
  head.data.sites.forEach((s, i) => {
    const r = siteSchema.safeParse(s);
    if (r.success) sites.push(normaliseSite(r.data));
    else bad.push(i + 1);
  });
  return bad.length === 0 ? { sites } : { sites, problem: { code: 'invalidSites', positions: bad } };
}

export interface LoadResult extends ParseResult {
  /** Where the unreadable text was copied. */
  setAside?: string;
  /** Why it could not be copied: the original is left in place, and must not be written over. */
  setAsideFailed?: StorageFault;
}

/** Reads a stored text (`raw`, null when nothing is stored), setting an unreadable one aside. */
export function readStored(storage: StorageLike, raw: string | null, now = new Date()): LoadResult {
  if (raw === null || raw === '') return { sites: [] };
  const r = parseSites(raw);
  if (!r.problem) return r;
  const key = `${SITES_KEY}.corrupt.${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
  } catch (e) {
    return { ...r, setAsideFailed: storageFault(e) };
  }
  return { ...r, setAside: key };
}

/** Reads the store (a blocked store throws: see storageFault). */
export function loadSites(storage: StorageLike, now = new Date()): LoadResult {
  return readStored(storage, storage.getItem(SITES_KEY), now);
}

export function serialiseSites(sites: Site[]): string {
  return JSON.stringify({ version: SITES_VERSION, sites });
}

export function saveSites(storage: StorageLike, sites: Site[]): void {
  storage.setItem(SITES_KEY, serialiseSites(sites));
}

export function sitesToGeoJSON(sites: Site[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: sites.map((s) => ({
      type: 'Feature',
      properties: { id: s.id, name: s.name, created: s.created },
      geometry: s.geometry,
    })),
  };
}

/** Sites from an imported FeatureCollection: its polygons (a MultiPolygon gives one site per part). */
export function sitesFromFeatures(
  fc: GeoJSON.FeatureCollection,
  makeId: () => string,
  now = new Date(),
  origin?: Site['origin'],
): Site[] {
  const out: Site[] = [];
  fc.features.forEach((f, i) => {
    const name = String(f.properties?.name ?? f.properties?.名称 ?? `#${i + 1}`).slice(0, 80) || `#${i + 1}`;
    const polys =
      f.geometry?.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [];
    for (const coordinates of polys) {
      const r = siteSchema.safeParse({
        id: makeId(),
        name,
        created: now.toISOString(),
        geometry: { type: 'Polygon', coordinates },
        ...(origin ? { origin } : {}),
      });
      if (r.success) out.push(normaliseSite(r.data));
    }
  });
  return out;
}
