/** Runtime schemas for the built files the app reads (public/geo/manifest.json and catalog.json). */
import { z } from 'zod';
import { chainLinkSchema, industrySchema, LEVELS, routingRulesSchema, STAGES } from './records';
import { PROVENANCES } from './provenance';

export const manifestSchema = z.object({
  version: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      count: z.number().nullable(),
      bbox: z.array(z.number()).nullable(),
      hash: z.string(),
      bytes: z.number(),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

export const builtParkSchema = z.object({
  id: z.string(),
  parent: z.string().optional(),
  name_zh: z.string(),
  name_en: z.string(),
  short_zh: z.string(),
  short_en: z.string(),
  level: z.enum(LEVELS),
  level_provenance: z.enum(PROVENANCES),
  level_source: z.string(),
  county: z.string(),
  extent: z.enum(['polygon', 'county']),
  extent_note: z.string().optional(),
  leading: z.array(z.string()),
  published_area_km2: z.number().optional(),
  area_provenance: z.enum(PROVENANCES).optional(),
  area_source: z.string().optional(),
  provenance: z.enum(PROVENANCES),
  source: z.string(),
  as_of: z.string(),
  area_km2: z.number(),
  area_ha: z.number(),
  area_mu: z.number(),
  bbox: z.array(z.number()).length(4),
  label: z.array(z.number()).length(2),
  schematic: z.boolean(),
  land_available_mu: z.number().optional(),
  land_provenance: z.enum(PROVENANCES).optional(),
  land_source: z.string().optional(),
  land_as_of: z.string().optional(),
  committee_zh: z.string().optional(),
  committee_en: z.string().optional(),
  committee_source: z.string().optional(),
  access: z.object({
    station_id: z.string(),
    station_km: z.number(),
    port_km: z.number(),
    expressway_km: z.number(),
    airport_km: z.number(),
  }),
  protected_ha: z.number(),
  protected_share: z.number(),
  protected_ids: z.array(z.string()),
});
export type BuiltPark = z.infer<typeof builtParkSchema>;

export const catalogSchema = z.object({
  rules: routingRulesSchema,
  industries: z.array(industrySchema),
  links: z.array(chainLinkSchema.extend({ industry: z.string() })),
  parks: z.array(builtParkSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

/** Properties of a chain node as built into nodes.geojson. */
export const nodePropsSchema = z.object({
  id: z.string(),
  kind: z.enum(['firm', 'project']),
  leading: z.boolean(),
  stage: z.enum(STAGES),
  in_park: z.boolean(),
  name_zh: z.string(),
  name_en: z.string(),
  industry: z.string(),
  link: z.string(),
  park: z.string(),
  investment_wan: z.number().nullable(),
  note: z.string(),
  provenance: z.enum(PROVENANCES),
  source: z.string(),
  as_of: z.string(),
});
export type NodeProps = z.infer<typeof nodePropsSchema>;

export const placePropsSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  county: z.string(),
  confidence: z.string(),
  provenance: z.enum(PROVENANCES),
  source: z.string(),
  as_of: z.string(),
});
export type PlaceProps = z.infer<typeof placePropsSchema>;

export const featureCollectionOf = <P extends z.ZodType>(props: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        properties: props,
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      }),
    ),
  });
