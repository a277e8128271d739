import type { Geometry, Position } from 'geojson';
import type { GeoJSONSource, Map as MlMap, PointLike } from 'maplibre-gl';
import {
  BoxIndex,
  type LonLatBox,
  nearestCandidate,
  type ScreenPoint,
  SNAP_TOLERANCE_PX,
  verticesInBox,
} from '@/lib/geo/snap';
import { useAppStore } from '@/store/app-store';
import { SOURCES } from './ids';
import { parseImportedKey } from './sync/use-workbench-sources';

const PARK_LAYERS = ['parks-fill', 'parks-line'];
const SITE_LAYERS = ['sites-fill', 'sites-line'];
const IMPORTED_LAYERS = ['imported-fill', 'imported-line', 'imported-point'];

/**
 * Finds the vertex a pointer snaps to: the layers drawn under the pointer (queryRenderedFeatures in a
 * box of the tolerance around it: parks, sites, imported layers) name the features near it, and their
 * vertices come from the data itself, not from the tiles, so a snapped point is exactly the vertex.
 */
export class Snapper {
  private parks: Map<string, Geometry> | null = null;
  private parksLoading = false;
  private readonly importedIndex = new WeakMap<GeoJSON.FeatureCollection, BoxIndex>();

  constructor(private readonly map: MlMap) {}

  /** The park outlines, read once from the map's own copy of the built file. */
  preload(): void {
    if (this.parks || this.parksLoading) return;
    const source = this.map.getSource<GeoJSONSource>(SOURCES.parks);
    // Parks drawn from tiles (above the data build's size threshold) hold no whole outline to snap to:
    // a vector source has no getData.
    if (typeof source?.getData !== 'function') return;
    this.parksLoading = true;
    source
      .getData()
      .then((data) => {
        const features = data.type === 'FeatureCollection' ? data.features : [];
        this.parks = new Map(features.map((f) => [String(f.properties?.id ?? f.id), f.geometry]));
      })
      .catch(() => {
        this.parksLoading = false;
      });
  }

  /** The vertex within the tolerance of `point` (map pixels), nearest first; `excludeSite`: the site edited. */
  snap(point: ScreenPoint, opts: { excludeSite?: string } = {}): Position | null {
    const map = this.map;
    this.preload();
    const t = SNAP_TOLERANCE_PX;
    const layers = [...PARK_LAYERS, ...SITE_LAYERS, ...IMPORTED_LAYERS].filter(
      (l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none',
    );
    if (layers.length === 0) return null;
    const pixelBox: [PointLike, PointLike] = [
      [point.x - t, point.y - t],
      [point.x + t, point.y + t],
    ];
    const hits = map.queryRenderedFeatures(pixelBox, { layers });
    if (hits.length === 0) return null;
    const box = this.lonLatBox(point, t);
    const { sites, imported } = useAppStore.getState();
    const vertices: Position[] = [];
    const seen = new Set<string>();
    for (const f of hits) {
      const src = f.layer.source;
      if (src === SOURCES.parks) {
        const id = String(f.properties.id ?? f.id);
        if (seen.has(`p:${id}`)) continue;
        seen.add(`p:${id}`);
        vertices.push(...verticesInBox(this.parks?.get(id), box));
      } else if (src === SOURCES.sites) {
        const id = String(f.properties.id);
        if (id === opts.excludeSite || seen.has(`s:${id}`)) continue;
        seen.add(`s:${id}`);
        vertices.push(...verticesInBox(sites.find((s) => s.id === id)?.geometry, box));
      } else if (src === SOURCES.imported || src === SOURCES.importedPoints) {
        // (A cluster of points has no key nor layer: it is skipped.)
        // The feature's key names its layer and place; without one, the layer's features near the box.
        const key = parseImportedKey(f.properties.__key);
        const id = key?.layer ?? String(f.properties.__layer);
        const layer = imported.find((l) => l.id === id);
        const feature = key ? layer?.data.features[Number(key.feature)] : undefined;
        if (feature) {
          if (seen.has(`f:${f.properties.__key}`)) continue;
          seen.add(`f:${f.properties.__key}`);
          vertices.push(...verticesInBox(feature.geometry, box));
        } else if (layer && !seen.has(`i:${id}`)) {
          seen.add(`i:${id}`);
          vertices.push(...this.indexOf(layer.data).vertices(box));
        }
      }
    }
    const best = nearestCandidate(
      point,
      vertices.map((v) => ({ v, screen: map.project([v[0] ?? 0, v[1] ?? 0]) })),
      t,
    );
    return best ? [best.v[0] ?? 0, best.v[1] ?? 0] : null;
  }

  private indexOf(fc: GeoJSON.FeatureCollection): BoxIndex {
    let index = this.importedIndex.get(fc);
    if (!index) {
      index = new BoxIndex(fc.features);
      this.importedIndex.set(fc, index);
    }
    return index;
  }

  /** The longitude/latitude box the pixel box around `p` covers (its four corners, for a rotated map). */
  private lonLatBox(p: ScreenPoint, t: number): LonLatBox {
    const corners = [
      [p.x - t, p.y - t],
      [p.x + t, p.y - t],
      [p.x - t, p.y + t],
      [p.x + t, p.y + t],
    ].map(([x, y]) => this.map.unproject([x ?? 0, y ?? 0]));
    const lons = corners.map((c) => c.lng);
    const lats = corners.map((c) => c.lat);
    return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  }
}

const snappers = new WeakMap<MlMap, Snapper>();

/** The one snapper of a map (the click handler and the drag share its caches). */
export function snapperFor(map: MlMap): Snapper {
  let s = snappers.get(map);
  if (!s) {
    s = new Snapper(map);
    snappers.set(map, s);
  }
  return s;
}

/** A pointer's position as a vertex: the snapped vertex, or the pointer rounded to 1e-6°. */
export function pointerVertex(
  map: MlMap,
  e: { point: ScreenPoint; lngLat: { lng: number; lat: number }; originalEvent: Event },
  opts: { excludeSite?: string } = {},
): { p: Position; snapped: boolean } {
  // Alt (Option) held: place freely.
  const free = (e.originalEvent as MouseEvent).altKey === true;
  const s = free ? null : snapperFor(map).snap(e.point, opts);
  if (s) return { p: s, snapped: true };
  return { p: [Math.round(e.lngLat.lng * 1e6) / 1e6, Math.round(e.lngLat.lat * 1e6) / 1e6], snapped: false };
}
