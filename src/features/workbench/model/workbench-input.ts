/**
 * The built polygon and line files turned into what the planner's tools compute with: the site
 * metrics' context (counties, park outlines, reserves, stations, the port, the airport, the
 * expressway) and the layout checks' input. Pure.
 */
import type { Position } from 'geojson';
import type { BuiltFileData } from '@/lib/data/built-files';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { CheckInput } from './layout-checks';
import type { Area, IdFeature, SiteContext } from './site-metrics';

export interface WorkbenchFiles {
  counties: BuiltFileData<'counties'>;
  parks: BuiltFileData<'parkOutlines'>;
  protectedAreas: BuiltFileData<'protectedAreas'>;
  zones: BuiltFileData<'zones'>;
  lines: BuiltFileData<'lines'>;
}

export interface WorkbenchInput {
  site: SiteContext;
  checks: Omit<CheckInput, 'extra'>;
}

const asArea = (fc: { features: unknown[] }) => fc.features as IdFeature<Area>[];

export function workbenchInput(
  files: WorkbenchFiles,
  data: Pick<GeoData, 'places' | 'nodes' | 'index'>,
): WorkbenchInput {
  const places = data.places.features;
  // A missing places file leaves these null: the metrics then say "—", not a distance to 0°, 0°.
  const at = (id: string): Position | null =>
    places.find((f) => f.properties.id === id)?.geometry.coordinates ?? null;
  const parks = asArea(files.parks);
  const site: SiteContext = {
    counties: asArea(files.counties),
    // The experimental zone drawn as its county is an extent, not a park outline.
    parks: parks.filter((f) => f.properties.extent !== 'county'),
    protectedAreas: asArea(files.protectedAreas),
    stations: places.filter((f) => f.properties.kind === 'station') as unknown as IdFeature<GeoJSON.Point>[],
    borderPorts: places.filter(
      (f) =>
        f.properties.kind === 'port' &&
        (f.properties.port_kind === 'road' || f.properties.port_kind === 'rail'),
    ) as unknown as IdFeature<GeoJSON.Point>[],
    airport: at('gasa-airport'),
    expressways: files.lines.features.filter(
      (f) => f.properties.kind === 'expressway',
    ) as unknown as GeoJSON.Feature<GeoJSON.LineString>[],
  };
  return {
    site,
    checks: {
      parks,
      protectedAreas: asArea(files.protectedAreas),
      zones: asArea(files.zones),
      nodes: data.nodes.features as unknown as IdFeature<GeoJSON.Point>[],
    },
  };
}
