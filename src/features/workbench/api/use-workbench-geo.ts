import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { z } from 'zod/mini';
import { builtFileOptions } from '@/features/geo/api/geo-queries';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import type { CheckInput } from '../model/layout-checks';
import type { Area, IdFeature, SiteContext } from '../model/site-metrics';

/** Loose shape check for the polygon files the planner tools read (the build validated them). */
const areaFc = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.looseObject({ id: z.string() }),
      geometry: z.object({
        type: z.enum(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']),
        coordinates: z.array(z.unknown()),
      }),
    }),
  ),
});

/** The geometry the workbench needs (loaded only when a planner tab opens), as turf inputs. */
export function useWorkbenchGeo(data: GeoData) {
  const m = data.manifest;
  const counties = useQuery(builtFileOptions(m, 'counties.geojson', areaFc));
  const parks = useQuery(builtFileOptions(m, 'parks.geojson', areaFc));
  const protectedAreas = useQuery(builtFileOptions(m, 'protected.geojson', areaFc));
  const zones = useQuery(builtFileOptions(m, 'zones.geojson', areaFc));
  const lines = useQuery(builtFileOptions(m, 'lines.geojson', areaFc));
  const c = counties.data;
  const p = parks.data;
  const pa = protectedAreas.data;
  const z2 = zones.data;
  const l = lines.data;
  return useMemo(() => {
    if (!c || !p || !pa || !z2 || !l) return null;
    const places = data.places.features;
    const at = (id: string) => places.find((f) => f.properties.id === id)?.geometry.coordinates ?? [0, 0];
    const asArea = (fc: { features: unknown[] }) => fc.features as IdFeature<Area>[];
    const outlines = asArea(p).filter((f) => f.properties.extent !== 'county');
    const site: SiteContext = {
      counties: asArea(c),
      parks: outlines,
      protectedAreas: asArea(pa),
      stations: places.filter(
        (f) => f.properties.kind === 'station',
      ) as unknown as IdFeature<GeoJSON.Point>[],
      mohanPort: at('mohan-road-port'),
      airport: at('gasa-airport'),
      expressways: l.features.filter(
        (f) => f.properties.kind === 'expressway',
      ) as unknown as GeoJSON.Feature<GeoJSON.LineString>[],
    };
    const checks: Omit<CheckInput, 'extra'> = {
      parks: asArea(p),
      protectedAreas: asArea(pa),
      zones: asArea(z2),
      nodes: data.nodes.features as unknown as IdFeature<GeoJSON.Point>[],
    };
    return { site, checks };
  }, [c, p, pa, z2, l, data]);
}
export type WorkbenchGeo = NonNullable<ReturnType<typeof useWorkbenchGeo>>;
