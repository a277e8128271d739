import type { GeoData } from '@/lib/data/use-geo-data';
import { getMapSnapshot } from '@/lib/map-snapshot';
import { todayIso } from '../model/dates';
import { useT } from './translate';
import { viewLegend } from './view-legend';
import { useViewTitle } from './use-view-title';

/** Makes the map image of the current view (null when no map is drawn on this page). */
export function useMapPng(data: GeoData) {
  const t = useT();
  const title = useViewTitle(data);
  return async () => {
    const capture = getMapSnapshot();
    if (!capture) return null;
    const legend = viewLegend(data, t);
    const [{ composeMapPng }, snap] = await Promise.all([
      import('../export/compose-png'),
      capture({ pixelRatio: 2 }),
    ]);
    const date = todayIso();
    const png = await composeMapPng(
      snap,
      {
        title,
        subtitle: `${t('handover.png.date', { date })} · ${t('subtitle')}`,
        legendHeading: t('handover.png.legend'),
        north: t('handover.png.north'),
        units: { km: t('handover.png.km'), m: t('handover.png.m') },
        items: legend.items,
        notes: legend.notes,
      },
      date,
    );
    return { ...png, title, date, legend };
  };
}
