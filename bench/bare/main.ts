/**
 * The floor for `npm run bench`: the app's style (same buildStyle, same files, same fonts) on a bare
 * MapLibre map. No React, no stores, no query cache, no i18n, no schema validation, no controls.
 */
import {
  addProtocol,
  type LayerSpecification,
  Map as MlMap,
  setWorkerUrl,
  type StyleSpecification,
} from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './bare.css';
import { boundsPadding, PREFECTURE_BOUNDS } from '@/map/create-map';
import { BUILT_SOURCES, type BuiltSourceId } from '@/map/ids';
import { buildStyle } from '@/map/style';
import { assetUrl } from '@/lib/paths';
import { loadGlyphBundle } from '@/lib/data/map-glyphs';
import { GLYPHS_URL, registerGlyphProtocol } from '@/map/glyphs';

// As src/map/create-map.ts does: a Vite build does not emit maplibre-gl's worker on its own.
setWorkerUrl(workerUrl);

interface ManifestFile {
  file: string;
  hash: string;
}
interface Face {
  url: string;
  'unicode-range': string[];
}
type BenchWindow = Window & { __firstIdleAt?: number; __benchError?: string };

const win = window as BenchWindow;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: url.includes('?v=') ? 'default' : 'no-cache' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function hashOf(files: ManifestFile[], file: string): string {
  const entry = files.find((f) => f.file === file);
  if (!entry) throw new Error(`manifest lists no ${file}`);
  return entry.hash;
}

const TILED: Record<string, string> = { nodes: 'nodes', parks: 'parks' };

function fromTiles(style: StyleSpecification): StyleSpecification {
  addProtocol('pmtiles', new Protocol().tile);
  const sources = { ...style.sources };
  for (const id of Object.keys(TILED))
    sources[id] = {
      type: 'vector',
      url: `pmtiles://${new URL(assetUrl(`geo/${id}.pmtiles`), window.location.href).href}`,
      promoteId: 'id',
    };
  const layers = style.layers.map((l) =>
    'source' in l && typeof l.source === 'string' && TILED[l.source]
      ? ({ ...l, 'source-layer': TILED[l.source] } as LayerSpecification)
      : l,
  );
  return { ...style, sources, layers };
}

async function main() {
  const container = document.getElementById('map');
  if (!container) throw new Error('no #map');
  // Labels as the app draws them: the data build's pre-built glyphs (one download), the font files only
  // for characters the bundle lacks (fonts/map-labels.json). ?glyphs=faces: every glyph drawn in the
  // page from the font files (fonts/font-faces.json; the app's strategy before the bundle).
  const bundled = new URLSearchParams(window.location.search).get('glyphs') !== 'faces';
  const [manifest, labels] = await Promise.all([
    getJson<{ files: ManifestFile[] }>(assetUrl('geo/manifest.json')),
    bundled
      ? getJson<{ glyphs: { url: string; hash: string }; faces: Face[] }>(assetUrl('fonts/map-labels.json'))
      : getJson<Face[]>(assetUrl('fonts/font-faces.json')).then((faces) => ({ glyphs: null, faces })),
  ]);
  const faces = labels.faces;
  const catalog = await getJson<{
    industries: { id: string; color: string }[];
    links: { id: string; industry: string; stage: string }[];
  }>(assetUrl('geo/catalog.json', hashOf(manifest.files, 'catalog.json')));
  const urls = {} as Record<BuiltSourceId, string>;
  for (const id of BUILT_SOURCES)
    urls[id] = assetUrl(`geo/${id}.geojson`, hashOf(manifest.files, `${id}.geojson`));
  const style = buildStyle({
    urls,
    fontFaces: faces.map((f) => ({ ...f, url: assetUrl(f.url) })),
    industries: catalog.industries,
    links: catalog.links,
    lang: 'zh',
  });
  // ?labels=none: the same map without any text (the no-label floor of the scale bench).
  const noLabels = new URLSearchParams(window.location.search).get('labels') === 'none';
  // ?drop=a,b: without the layers named (for finding what a part of the style costs).
  const drop = (new URLSearchParams(window.location.search).get('drop') ?? '').split(',').filter(Boolean);
  const labelled = noLabels
    ? { ...style, layers: style.layers.filter((l) => !(l.type === 'symbol' && l.layout?.['text-field'])) }
    : drop.length > 0
      ? { ...style, layers: style.layers.filter((l) => !drop.includes(l.id)) }
      : style;
  // ?tiles=1: the nodes and the parks from the data build's PMTiles archives (written above its
  // threshold), read with Range requests, instead of the whole GeoJSON files.
  const tiled =
    new URLSearchParams(window.location.search).get('tiles') === '1' ? fromTiles(labelled) : labelled;
  let drawn = tiled;
  if (labels.glyphs) {
    registerGlyphProtocol();
    void loadGlyphBundle(assetUrl(labels.glyphs.url, labels.glyphs.hash));
    drawn = { ...tiled, glyphs: GLYPHS_URL };
  }
  const map = new MlMap({
    container,
    style: drawn,
    // A camera in the link (#map=zoom/lat/lon, as the app's) wins over the prefecture's bounds.
    hash: 'map',
    bounds: PREFECTURE_BOUNDS,
    fitBoundsOptions: { padding: boundsPadding() },
    minZoom: 5,
    maxZoom: 16,
    attributionControl: false,
    ...(bundled ? { localIdeographFontFamily: false as const } : {}),
    // ?fade=0: labels appear at once instead of fading in over 300 ms (each faded frame is a frame drawn).
    ...(new URLSearchParams(window.location.search).get('fade') === '0' ? { fadeDuration: 0 } : {}),
  });
  // For the scale bench's in-page steps (pan, repaint), as the app exposes its map.
  (window as Window & { __map?: MlMap }).__map = map;
  map.on('error', (e) => console.warn('map:', e.error?.message));
  map.once('idle', () => {
    win.__firstIdleAt ??= performance.now();
  });
}

main().catch((e: unknown) => {
  win.__benchError = e instanceof Error ? e.message : String(e);
  console.error('bench bare page:', win.__benchError);
});
