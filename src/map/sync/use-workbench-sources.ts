import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Position } from 'geojson';
import { useEffect } from 'react';
import { closeRing } from '@/lib/geo/ring';
import { sitesToGeoJSON } from '@/store/site-storage';
import type { AppState } from '@/store/app-store';
import { SOURCES } from '../ids';

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
  useEffect(
    function pushImported() {
      if (!map) return;
      const features = imported.flatMap((l) =>
        l.data.features.map((f) => ({
          ...f,
          properties: { ...f.properties, __layer: l.id, __redline: l.redline },
        })),
      );
      setData(map, SOURCES.imported, { type: 'FeatureCollection', features });
    },
    [map, imported],
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
