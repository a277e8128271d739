import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Lang } from '@/i18n/lang';
import { setMapUiLanguage } from '../create-map';

/**
 * useMapLanguage
 * Receives: the map and the language. Emits: the style's `lang` global state, which every label reads,
 * and the map's own UI strings (controls, scale bar, attribution).
 */
export function useMapLanguage(map: MlMap | null, lang: Lang): void {
  const last = useRef<Lang | null>(null);
  useEffect(
    function pushLanguage() {
      if (!map || last.current === lang) return;
      last.current = lang;
      map.setGlobalStateProperty('lang', lang);
      setMapUiLanguage(map, lang); // a no-op when the map's UI is already in this language
    },
    [map, lang],
  );
}
