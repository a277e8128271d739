import type { Map as MlMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

/** The one MapLibre map, set once it exists. Never put it in the store: it is not serializable. */
export const MapContext = createContext<MlMap | null>(null);
export const useMap = (): MlMap | null => useContext(MapContext);
