/**
 * Candidate sites survive a reload in localStorage under a versioned key. A store that cannot be read
 * (not JSON, unknown version, invalid sites) is reported and set aside under a ".corrupt.<time>" key,
 * never lost and never a crash; the valid sites in it are kept.
 */
import { z } from 'zod/mini';

export const SITES_KEY = 'xsbn-industry-map.sites';
export const SITES_VERSION = 1;

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const position = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
export const siteSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  created: z.string(),
  geometry: z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(position).check(z.minLength(4))).check(z.minLength(1)),
  }),
});
export type Site = z.infer<typeof siteSchema>;

export interface LoadResult {
  sites: Site[];
  /** What was wrong, for a notice; absent when the store was fine or empty. */
  problem?: string;
  /** Where the unreadable store was kept. */
  setAside?: string;
}

function setAside(storage: StorageLike, raw: string, now: Date): string {
  const key = `${SITES_KEY}.corrupt.${now.toISOString()}`;
  storage.setItem(key, raw);
  return key;
}

export function loadSites(storage: StorageLike, now = new Date()): LoadResult {
  const raw = storage.getItem(SITES_KEY);
  if (raw === null || raw === '') return { sites: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { sites: [], problem: 'not JSON', setAside: setAside(storage, raw, now) };
  }
  const head = z.object({ version: z.number(), sites: z.array(z.unknown()) }).safeParse(parsed);
  if (!head.success)
    return { sites: [], problem: 'not a list of sites', setAside: setAside(storage, raw, now) };
  if (head.data.version !== SITES_VERSION) {
    return {
      sites: [],
      problem: `unknown version ${head.data.version}`,
      setAside: setAside(storage, raw, now),
    };
  }
  const sites: Site[] = [];
  const bad: number[] = [];
  head.data.sites.forEach((s, i) => {
    const r = siteSchema.safeParse(s);
    if (r.success) sites.push(r.data);
    else bad.push(i + 1);
  });
  if (bad.length === 0) return { sites };
  return { sites, problem: `invalid site #${bad.join(', #')}`, setAside: setAside(storage, raw, now) };
}

export function saveSites(storage: StorageLike, sites: Site[]): void {
  storage.setItem(SITES_KEY, JSON.stringify({ version: SITES_VERSION, sites }));
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
      });
      if (r.success) out.push(r.data);
    }
  });
  return out;
}
