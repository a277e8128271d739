import { queryOptions, skipToken } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import {
  catalogSchema,
  featureCollectionOf,
  type Manifest,
  manifestSchema,
  nodePropsSchema,
  placePropsSchema,
} from '@/lib/schemas/catalog';
import { assetUrl } from '@/lib/paths';
import { describeIssue } from '@/lib/schemas/describe-issue';

async function fetchJson<S extends z.ZodMiniType>(url: string, schema: S, what: string): Promise<z.infer<S>> {
  // The server marks unversioned files (manifest) no-cache, so the default mode revalidates them,
  // and a <link rel=preload> in index.html can serve the first request.
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new Error(`${what}: not JSON (${res.headers.get('content-type') ?? 'no content type'})`);
  }
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    throw new Error(`${what}: ${describeIssue(parsed.error.issues[0])}`);
  }
  return parsed.data;
}

export const manifestQueryOptions = () =>
  queryOptions({
    queryKey: ['geo', 'manifest'] as const,
    queryFn: () => fetchJson(assetUrl('geo/manifest.json'), manifestSchema, 'geo/manifest.json'),
  });

export function fileHash(manifest: Manifest, file: string): string {
  const entry = manifest.files.find((f) => f.file === file);
  if (!entry) throw new Error(`manifest lists no ${file}`);
  return entry.hash;
}

/**
 * A built file, keyed by its content hash from the manifest (so a new build needs no cache-busting
 * code). Waits (skipToken) until the manifest is there.
 *
 * `preloaded`: the files every page needs first (catalog, nodes, places) are fetched without the
 * version parameter (the server revalidates them with their ETag), so the preloads in index.html
 * serve them while the script is still loading. The content hash stays in the query key.
 */
export function builtFileOptions<S extends z.ZodMiniType>(
  manifest: Manifest | undefined,
  file: string,
  schema: S,
  { preloaded = false } = {},
) {
  const hash = manifest ? fileHash(manifest, file) : 'pending';
  const url = () => assetUrl(`geo/${file}`, preloaded ? undefined : hash);
  return queryOptions({
    queryKey: ['geo', file, hash] as const,
    queryFn: manifest ? () => fetchJson(url(), schema, `geo/${file}`) : skipToken,
  });
}

const preloadedFileOptions = <S extends z.ZodMiniType>(m: Manifest | undefined, file: string, schema: S) =>
  builtFileOptions(m, file, schema, { preloaded: true });

export const catalogQueryOptions = (m: Manifest | undefined) =>
  preloadedFileOptions(m, 'catalog.json', catalogSchema);
export const nodesQueryOptions = (m: Manifest | undefined) =>
  preloadedFileOptions(m, 'nodes.geojson', featureCollectionOf(nodePropsSchema));
export const placesQueryOptions = (m: Manifest | undefined) =>
  preloadedFileOptions(m, 'places.geojson', featureCollectionOf(placePropsSchema));

export const fontFacesQueryOptions = () =>
  queryOptions({
    queryKey: ['fonts', 'faces'] as const,
    queryFn: async () => {
      const res = await fetch(assetUrl('fonts/font-faces.json'));
      if (!res.ok) throw new Error(`fonts/font-faces.json: HTTP ${res.status}`);
      const faces = (await res.json()) as { url: string; 'unicode-range': string[] }[];
      return faces.map((f) => ({ ...f, url: assetUrl(f.url) }));
    },
  });
