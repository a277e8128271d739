import type { Map as MlMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { Lang } from '@/i18n/lang';

/**
 * useMapLanguage
 * Receives: the map and the language. Emits: the style's `lang` global state, which every label reads.
 */
export function useMapLanguage(map: MlMap | null, lang: Lang): void {
  const last = useRef<Lang | null>(null);
  useEffect(
    function pushLanguage() {
      if (!map || last.current === lang) return;
      last.current = lang;
      map.setGlobalStateProperty('lang', lang);
    },
    [map, lang],
  );
}
