/**
 * Runtime schemas for the built files the app reads (public/geo/*.json). They use zod/mini, the
 * tree-shakeable build of zod, so the first route carries a few kB of checks instead of all of zod;
 * the data build validates the planners' records with the full schemas in records.ts and writes
 * these shapes with every default filled in.
 */
import { z } from 'zod/mini';
import {
  COUNTIES,
  LEVELS,
  LINE_KINDS,
  NODE_KINDS,
  NODE_STATUSES,
  PLACE_KINDS,
  PROVENANCES,
  STAGES,
} from './vocab';

import { PORT_KINDS } from './vocab';

import { PARK_KINDS } from './vocab';

const provenance = z.enum(PROVENANCES);
const str = z.string();
const num = z.number();
const optStr = z.optional(str);

export const manifestSchema = z.object({
  version: str,
  files: z.array(
    z.object({
      file: str,
      count: z.nullable(num),
      bbox: z.nullable(z.array(num)),
      hash: str,
      bytes: num,
    }),
  ),
  /**
   * The PMTiles archives the data build writes above its size threshold (nodes.pmtiles, parks.pmtiles);
   * absent below it. The map then draws the nodes and the parks from them.
   */
  tiles: z.optional(z.array(z.object({ file: str, hash: str, bytes: num }))),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const builtIndustrySchema = z.object({
  id: str,
  name_zh: str,
  name_en: str,
  key7: z.boolean(),
  key7_provenance: provenance,
  key7_source: str,
  key7_source_zh: str,
  key7_as_of: str,
  color: str,
  plan_parks: z.array(str),
  plan_parks_provenance: provenance,
  plan_parks_source: str,
  plan_parks_source_zh: str,
  plan_parks_as_of: str,
});

/** How the links' indicative sizes (invest_*) and attract profiles were made (chains.yaml about_figures). */
export const builtLinkFiguresSchema = z.object({
  provenance,
  invest_source: str,
  invest_source_zh: str,
  attract_source: str,
  attract_source_zh: str,
  as_of: str,
});

export const builtLinkSchema = z.object({
  id: str,
  industry: str,
  stage: z.enum(STAGES),
  name_zh: str,
  name_en: str,
  after: z.array(str),
  plan: z.boolean(),
  desc_zh: str,
  desc_en: str,
  attract_zh: str,
  attract_en: str,
  leader_zh: optStr,
  leader_en: optStr,
  invest_zh: optStr,
  invest_en: optStr,
});

export const builtRulesSchema = z.object({
  revenue_per_mu_floor_wan: z.object({ national: num, provincial: num, prefectural: num }),
  floor_provenance: provenance,
  floor_source: str,
  floor_source_zh: str,
  floor_as_of: str,
  invest_per_mu_floor_wan: z.optional(
    z.object({ national: z.optional(num), provincial: z.optional(num), prefectural: z.optional(num) }),
  ),
  rail_max_km: num,
  port_max_km: num,
  access_provenance: provenance,
  access_source: str,
  access_source_zh: str,
  access_as_of: str,
  cold_chain_links: z.array(str),
});

/** The nearest place of one kind to a park: its id and km from the park's edge. */
const nearestSchema = z.object({ id: str, km: num });

export const builtParkSchema = z.object({
  id: str,
  parent: optStr,
  kind: z.enum(PARK_KINDS),
  name_zh: str,
  name_en: str,
  short_zh: str,
  short_en: str,
  level: z.enum(LEVELS),
  level_provenance: provenance,
  level_source: str,
  level_source_zh: optStr,
  county: z.enum(COUNTIES),
  extent: z.enum(['polygon', 'county']),
  extent_note: optStr,
  extent_note_zh: optStr,
  outline_source: optStr,
  outline_source_zh: optStr,
  leading: z.array(str),
  leading_provenance: provenance,
  leading_source: str,
  leading_source_zh: optStr,
  published_area_km2: z.optional(num),
  area_provenance: z.optional(provenance),
  area_source: optStr,
  area_source_zh: optStr,
  area_as_of: optStr,
  provenance,
  source: str,
  source_zh: str,
  as_of: str,
  area_km2: num,
  area_ha: num,
  area_mu: num,
  bbox: z.array(num).check(z.length(4)),
  label: z.array(num).check(z.length(2)),
  schematic: z.boolean(),
  land_available_mu: z.optional(num),
  land_provenance: z.optional(provenance),
  land_source: optStr,
  land_source_zh: optStr,
  land_as_of: optStr,
  committee_zh: optStr,
  committee_en: optStr,
  committee_source: optStr,
  committee_source_zh: optStr,
  /** Straight-line km from the park's edge (0 inside it); port_* is the nearest road or rail border port. */
  access: z.object({
    station_id: str,
    station_km: num,
    port_id: str,
    port_km: num,
    ports: z.object({ road: nearestSchema, rail: nearestSchema, river: nearestSchema }),
    expressway_km: num,
    airport_km: num,
  }),
  protected_ha: num,
  protected_share: num,
  protected_ids: z.array(str),
});
export type BuiltPark = z.infer<typeof builtParkSchema>;

export const catalogSchema = z.object({
  rules: builtRulesSchema,
  industries: z.array(builtIndustrySchema),
  links: z.array(builtLinkSchema),
  parks: z.array(builtParkSchema),
  link_figures: builtLinkFiguresSchema,
});
export type Catalog = z.infer<typeof catalogSchema>;

/** Properties of a chain node as built into nodes.geojson. */
export const nodePropsSchema = z.object({
  id: str,
  kind: z.enum(NODE_KINDS),
  status: z.enum(NODE_STATUSES),
  leading: z.boolean(),
  stage: z.enum(STAGES),
  in_park: z.boolean(),
  name_zh: str,
  name_en: str,
  industry: str,
  link: str,
  park: str,
  investment_wan: z.nullable(num),
  investment_source: str,
  investment_source_zh: str,
  location_provenance: provenance,
  location_source: str,
  location_source_zh: str,
  note: str,
  note_zh: str,
  provenance,
  source: str,
  source_zh: str,
  as_of: str,
  /** No coordinates were given: the data build placed the node inside its park (示意摆放). */
  placed: z.optional(z.boolean()),
  /** Entered or changed by the bureau in this browser (本局录入), not shipped data. */
  bureau: z.optional(z.boolean()),
});
export type NodeProps = z.infer<typeof nodePropsSchema>;

export const placePropsSchema = z.object({
  id: str,
  kind: z.enum(PLACE_KINDS),
  name_zh: str,
  name_en: str,
  county: z.enum(COUNTIES),
  confidence: str,
  /** Ports and the airport only. */
  port_kind: z.optional(z.enum(PORT_KINDS)),
  provenance,
  source: str,
  source_zh: str,
  as_of: str,
});
export type PlaceProps = z.infer<typeof placePropsSchema>;

export const featureCollectionOf = <P extends z.ZodMiniType>(props: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: props,
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([num, num]) }),
      }),
    ),
  });
export const nodeCollectionSchema = featureCollectionOf(nodePropsSchema);

/**
 * geo/outside.geojson: the nodes outside every park, with only what the map's clusters and dots read
 * (src/lib/domain/outside-nodes.ts), for the map of a tiled build before the whole nodes file is in.
 */
export const outsidePropsSchema = z.object({
  id: str,
  kind: z.enum(NODE_KINDS),
  leading: z.boolean(),
  stage: z.enum(STAGES),
  in_park: z.literal(false),
  industry: str,
  link: str,
  provenance,
  name_zh: str,
  name_en: str,
  /** The cluster key (src/lib/domain/outside-nodes.ts): link index × 2 + public, -1 for none. */
  ck: num,
});
export const outsideCollectionSchema = featureCollectionOf(outsidePropsSchema);
export const placeCollectionSchema = featureCollectionOf(placePropsSchema);

/** Polygon or line files, whole (type fields kept, so turf and MapLibre can read them as GeoJSON). */
const shapeCollectionOf = <P extends z.ZodMiniType, T extends readonly [string, ...string[]]>(
  props: P,
  types: T,
) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: props,
        geometry: z.object({ type: z.enum(types), coordinates: z.array(z.unknown()) }),
      }),
    ),
  });
const AREA_TYPES = ['Polygon', 'MultiPolygon'] as const;

/** The three counties (counties.geojson): the locator draws them, the workbench measures in them. */
export const countyCollectionSchema = shapeCollectionOf(
  z.looseObject({ id: str, name_zh: str, name_en: str }),
  AREA_TYPES,
);
/** Park outlines, protected areas, 一轴两翼 zones: polygons with an id (other properties kept). */
export const areaCollectionSchema = shapeCollectionOf(
  z.looseObject({ id: str, name_zh: z.optional(str), name_en: z.optional(str) }),
  AREA_TYPES,
);
/** The axis channels (lines.geojson): railway, expressway, river. */
export const lineCollectionSchema = shapeCollectionOf(
  z.looseObject({
    id: str,
    kind: z.enum(LINE_KINDS),
    length_km_published: z.optional(num),
    opened: optStr,
  }),
  ['LineString', 'MultiLineString'] as const,
);

/**
 * geo/node-cells.json: the shipped nodes counted once by everything a filter picks but the text query
 * (lib/domain/node-counts.ts): badge, park dimming, legend and chip counts add these up.
 */
export const nodeCellsSchema = z.array(
  z.object({
    park: str,
    in_park: z.boolean(),
    industry: str,
    stage: z.enum(STAGES),
    link: str,
    public: z.boolean(),
    n: z.int().check(z.positive()),
  }),
);

/** fonts/font-faces.json: the self-hosted font files MapLibre's `font-faces` lists. */
export const fontFacesSchema = z.array(z.object({ url: str, 'unicode-range': z.array(str) }));

/**
 * fonts/map-labels.json: what the map's labels draw with. The pre-built glyphs (one bundle, versioned
 * by its hash) and the font files for every other character, whose ranges leave out the bundle's.
 */
export const mapLabelsSchema = z.object({
  glyphs: z.object({ url: str, hash: str, count: num }),
  faces: fontFacesSchema,
});
