import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import { useEffect, useMemo } from 'react';
import { closeRing } from '@/lib/geo/ring';
import { sitesToGeoJSON } from '@/store/site-storage';
import type { AppState } from '@/store/app-store';
import type { ImportedLayer } from '@/store/workbench-slice';
import { SOURCES } from '../ids';
import { ImportedPusher } from './imported-push';

type Fc = GeoJSON.FeatureCollection;

/** The sketch (vertices, the path or the ring) and the last measurement, as features. */
export function sketchFeatures(
  tool: AppState['tool'],
  sketch: Position[],
  measured: AppState['measured'],
): Fc {
  const features: GeoJSON.Feature[] = [];
  const draw = (kind: string, coords: Position[]) => {
    for (const c of coords)
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } });
    if (kind !== 'measure-line' && coords.length >= 3) {
      features.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [closeRing(coords)] },
      });
    } else if (coords.length >= 2) {
      features.push({
        type: 'Feature',
        properties: {},
        geometry: { type: 'LineString', coordinates: coords },
      });
    }
  };
  if (tool) draw(tool, sketch);
  else if (measured) draw(measured.tool, measured.coords);
  return { type: 'FeatureCollection', features };
}

/**
 * An imported feature as the map holds it: __key names it for a click, the highlight and updateData
 * (importedKey; the source's promoteId); __color is its layer's colour.
 */
export function importedMapFeature(l: ImportedLayer, f: GeoJSON.Feature, i: number): GeoJSON.Feature {
  return {
    ...f,
    properties: {
      ...f.properties,
      __layer: l.id,
      __redline: l.redline,
      __color: l.color ?? null,
      __key: importedKey(l.id, i),
    },
  };
}

/** The key of an imported feature on the map: its layer's id and its place in the layer. */
export const importedKey = (layer: string, index: number | string): string => `${layer}\u001f${index}`;

/** The layer and place an imported feature's key names (null for anything else). */
export function parseImportedKey(key: unknown): { layer: string; feature: string } | null {
  if (typeof key !== 'string') return null;
  const at = key.lastIndexOf('\u001f');
  return at > 0 ? { layer: key.slice(0, at), feature: key.slice(at + 1) } : null;
}

function setData(map: MlMap, id: string, data: Fc) {
  map.getSource<GeoJSONSource>(id)?.setData(data);
}

/**
 * useWorkbenchSources
 * Receives: the map and the workbench state. Emits: setData on the sketch, sites and imported sources
 * (user-drawn and user-imported data, so new data is the change), and the visible imported layers
 * as global state.
 */
export function useWorkbenchSources(
  map: MlMap | null,
  s: Pick<AppState, 'tool' | 'sketch' | 'measured' | 'sites' | 'imported'>,
): void {
  const { tool, sketch, measured, sites, imported } = s;
  useEffect(
    function pushSketch() {
      if (map) setData(map, SOURCES.sketch, sketchFeatures(tool, sketch, measured));
    },
    [map, tool, sketch, measured],
  );
  useEffect(
    function pushSites() {
      if (map) setData(map, SOURCES.sites, sitesToGeoJSON(sites));
    },
    [map, sites],
  );
  // One pusher per map and source: each sends only the layers that changed, in chunks (imported-push.ts).
  // Points go to a clustered source, and only the shown layers' (a cluster cannot hide a layer's share).
  const pushers = useMemo(() => {
    if (!map) return null;
    const src = (id: string) => () => map.getSource<GeoJSONSource>(id);
    const isPoint = (f: GeoJSON.Feature) => f.geometry?.type === 'Point';
    return {
      shapes: new ImportedPusher(src(SOURCES.imported), importedMapFeature, importedKey, (f) => !isPoint(f)),
      points: new ImportedPusher(src(SOURCES.importedPoints), importedMapFeature, importedKey, isPoint),
    };
  }, [map]);
  useEffect(
    function pushImported() {
      if (!pushers) return;
      void pushers.shapes.push(imported);
      void pushers.points.push(imported.filter((l) => l.visible));
    },
    [pushers, imported],
  );
  useEffect(
    function pushImportedVisibility() {
      if (map)
        map.setGlobalStateProperty(
          'importedVisible',
          imported.filter((l) => l.visible).map((l) => l.id),
        );
    },
    [map, imported],
  );
}
