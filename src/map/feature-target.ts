import type { Map as MlMap } from 'maplibre-gl';
import { TILE_LAYERS, type TiledSourceId } from './ids';

/**
 * A feature's address for feature-state: its source and id, and the layer inside the tiles when the
 * source is drawn from a PMTiles archive (feature-state on a vector source needs it).
 */
export function featureTarget(
  map: MlMap,
  source: string,
  id: string | number,
): { source: string; sourceLayer?: string; id: string | number } {
  const layer = TILE_LAYERS[source as TiledSourceId];
  return layer && map.getSource(source)?.type === 'vector'
    ? { source, sourceLayer: layer, id }
    : { source, id };
}
