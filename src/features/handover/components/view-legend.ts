import type { GeoData } from '@/lib/data/use-geo-data';
import { selectNodeFilter, useAppStore } from '@/store/app-store';
import { type LegendContent, legendContent } from '../model/legend-content';

/** The legend of what the map draws now (the store's view), for the map image and the printed map. */
export function viewLegend(data: GeoData, t: Parameters<typeof legendContent>[0]['t']): LegendContent {
  const s = useAppStore.getState();
  return legendContent({
    lang: s.lang,
    t,
    hidden: s.hidden,
    filter: selectNodeFilter(s),
    nodes: data.index.nodes,
    industries: data.catalog.industries,
    planner: { sites: s.sites.length, imported: s.imported },
  });
}
