import { z } from 'zod';
import {
  asOfSchema,
  checkChinese,
  checkSource,
  nameEnSchema,
  nameZhSchema,
  nonEmpty,
  provenanceFields,
  provenanceSchema,
} from './provenance';

export const idSchema = nonEmpty('id').regex(
  /^[a-z0-9][a-z0-9-]*$/,
  'must be lower-case letters, digits and -',
);

import {
  COUNTIES,
  LANDED_STATUSES,
  LEVELS,
  LINE_KINDS,
  NODE_KINDS,
  NODE_STATUSES,
  PLACE_KINDS,
  STAGES,
} from './vocab';

import { PORT_KINDS, type PortKind, PROVENANCES, type Provenance } from './vocab';

import { PARK_KINDS } from './vocab';

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)} (expected ${values.join(' / ')})`,
  });

export const industrySchema = z.object({
  id: idSchema,
  name_zh: nameZhSchema,
  name_en: nameEnSchema,
  key7: z.boolean(),
  /** How key7 is known (the seven chain-chief industries, 链长制): provenance, source, as-of. */
  key7_provenance: provenanceSchema,
  key7_source: nonEmpty('key7_source'),
  key7_source_zh: nonEmpty('key7_source_zh'),
  key7_as_of: asOfSchema,
  color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour'),
  plan_parks: z.array(idSchema),
  /** How plan_parks is known (the plan's section 二(二)): provenance, source, as-of. */
  plan_parks_provenance: provenanceSchema,
  plan_parks_source: nonEmpty('plan_parks_source'),
  plan_parks_source_zh: nonEmpty('plan_parks_source_zh'),
  plan_parks_as_of: asOfSchema,
});
export type Industry = z.infer<typeof industrySchema>;

export const chainLinkSchema = z.object({
  id: idSchema,
  stage: enumOf(STAGES, 'stage'),
  name_zh: nameZhSchema,
  name_en: nameEnSchema,
  after: z.array(idSchema).default([]),
  /** The plan's text names this link (plan 西政办发〔2023〕16号 二(二)); such links need more to count as strong. */
  plan: z.boolean().default(false),
  desc_zh: nameZhSchema,
  desc_en: nameEnSchema,
  /** Promotion target: the kind of firm or project to attract for this link. */
  attract_zh: nameZhSchema,
  attract_en: nameEnSchema,
  /** The chain-leader (链主) type to court, where one fits. */
  leader_zh: z.string().optional(),
  leader_en: z.string().optional(),
  /** Typical investment size of a project for this link. */
  invest_zh: z.string().optional(),
  invest_en: z.string().optional(),
});
export type ChainLink = z.infer<typeof chainLinkSchema> & { industry: string };

/** The key of chains.yaml that is not an industry: how the links' indicative figures were made. */
export const LINK_FIGURES_KEY = 'about_figures';
/**
 * How the links' indicative sizes (invest_*) and attract profiles (attract_*) were made: one note for
 * the whole catalogue, shown with those texts.
 */
export const linkFiguresSchema = z.object({
  provenance: provenanceSchema,
  invest_source: nonEmpty('invest_source'),
  invest_source_zh: nonEmpty('invest_source_zh'),
  attract_source: nonEmpty('attract_source'),
  attract_source_zh: nonEmpty('attract_source_zh'),
  as_of: asOfSchema,
});
export type LinkFigures = z.infer<typeof linkFiguresSchema>;

export const parkSchema = z
  .object({
    id: idSchema,
    parent: idSchema.optional(),
    /** park, a part of one (subzone), or a town the plan names as a wing (集镇): see PARK_KINDS. */
    kind: enumOf(PARK_KINDS, 'park kind'),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    short_zh: nameZhSchema,
    short_en: nameEnSchema,
    level: enumOf(LEVELS, 'level'),
    level_provenance: provenanceSchema,
    level_source: z.string().default(''),
    level_source_zh: z.string().optional(),
    county: enumOf(COUNTIES, 'county'),
    extent: z.enum(['polygon', 'county']).default('polygon'),
    extent_note: z.string().optional(),
    extent_note_zh: z.string().optional(),
    /** How the schematic outline was drawn, where it says more than "schematic" (e.g. around an estimated town point). */
    outline_source: z.string().optional(),
    outline_source_zh: z.string().optional(),
    leading: z.array(idSchema).min(1, 'name at least one leading industry'),
    /** How the leading industries are known: the plan's own list (official), or inferred (estimate, say how). */
    leading_provenance: provenanceSchema,
    leading_source: z.string().default(''),
    leading_source_zh: z.string().optional(),
    published_area_km2: z.number({ error: 'must be a number' }).positive().optional(),
    area_provenance: provenanceSchema.optional(),
    area_source: z.string().optional(),
    area_source_zh: z.string().optional(),
    /** The date the published area holds for (the record's as_of when not given). */
    area_as_of: asOfSchema.optional(),
    /** Land still available for projects (亩); not published, so usually sample data. */
    land_available_mu: z.number({ error: 'must be a number' }).min(0).optional(),
    land_provenance: provenanceSchema.optional(),
    land_source: z.string().optional(),
    land_source_zh: z.string().optional(),
    land_as_of: asOfSchema.optional(),
    /** The management committee (管委会), where a document names it. */
    committee_zh: z.string().optional(),
    committee_en: z.string().optional(),
    committee_source: z.string().optional(),
    committee_source_zh: z.string().optional(),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(
    checkChinese([
      'source',
      'level_source',
      'extent_note',
      'outline_source',
      'leading_source',
      'area_source',
      'land_source',
      'committee_source',
    ]),
  )
  .superRefine((p, ctx) => {
    if (p.kind === 'park' && p.parent) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'a park has no parent (use subzone or town)' });
    }
    if (p.kind !== 'park' && !p.parent) {
      ctx.addIssue({ code: 'custom', path: ['parent'], message: `a ${p.kind} needs the park it belongs to` });
    }
    if (p.leading_provenance !== 'sample' && p.leading_source.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['leading_source'],
        message: `is required when leading_provenance is ${p.leading_provenance}`,
      });
    }
    if (p.land_available_mu !== undefined && (!p.land_provenance || !p.land_as_of)) {
      ctx.addIssue({
        code: 'custom',
        path: ['land_provenance'],
        message: 'land_available_mu needs land_provenance and land_as_of',
      });
    }
  });
export type Park = z.infer<typeof parkSchema>;

/** A number cell in a CSV: empty means "not given"; anything else must parse as a finite number. */
const csvNumber = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === '' || Number.isFinite(Number(s)), { message: `${what} must be a number` })
    .transform((s) => (s === '' ? null : Number(s)));

const csvCoord = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required`)
    .refine((s) => Number.isFinite(Number(s)), { message: `${what} must be a number` })
    .transform(Number);

/** A node's lon or lat cell: empty means "no address given" (the build places the record in its park). */
const csvOptionalCoord = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => s === '' || Number.isFinite(Number(s)), { message: `${what} must be a number` })
    .transform((s) => (s === '' ? null : Number(s)));

/** location_provenance may be left empty on a record without coordinates (see nodeSchema). */
const optionalProvenance = z
  .string()
  .trim()
  .refine((s) => s === '' || (PROVENANCES as readonly string[]).includes(s), {
    error: (iss) => `must be one of ${PROVENANCES.join(' / ')}, got ${JSON.stringify(iss.input)}`,
  })
  .transform((s) => s as Provenance | '');

/** The location note of a record placed inside its park because it gives no coordinates. */
export const PLACED_SOURCE = "placed inside the park's schematic outline: no coordinates given";
export const PLACED_SOURCE_ZH = '无坐标:在园区示意范围内摆放';

/** The position's provenance of a placed record when none is given: sample for sample data, else estimate. */
export const placedProvenance = (provenance: Provenance): Provenance =>
  provenance === 'sample' ? 'sample' : 'estimate';

export const placeSchema = z
  .object({
    id: idSchema,
    kind: enumOf(PLACE_KINDS, 'place kind'),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    lon: csvCoord('lon'),
    lat: csvCoord('lat'),
    county: enumOf(COUNTIES, 'county'),
    confidence: z.string().default(''),
    /** road / rail / river / air for a port or the airport; empty for every other place. */
    port_kind: z
      .enum(['', ...PORT_KINDS], {
        error: (iss) => `unknown port kind ${JSON.stringify(iss.input)} (expected ${PORT_KINDS.join(' / ')})`,
      })
      .default('')
      .transform((v): PortKind | undefined => (v === '' ? undefined : v)),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source']))
  .superRefine((p, ctx) => {
    const isPort = p.kind === 'port' || p.kind === 'airport';
    if (isPort && !p.port_kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['port_kind'],
        message: `is required for a ${p.kind} (${PORT_KINDS.join(' / ')})`,
      });
    } else if (!isPort && p.port_kind) {
      ctx.addIssue({ code: 'custom', path: ['port_kind'], message: `must be empty for a ${p.kind}` });
    } else if (isPort && (p.kind === 'airport') !== (p.port_kind === 'air')) {
      ctx.addIssue({
        code: 'custom',
        path: ['port_kind'],
        message: p.kind === 'airport' ? 'an airport is an air port' : 'an air port is kind airport',
      });
    }
  });
export type Place = z.infer<typeof placeSchema>;

export const nodeSchema = z
  .object({
    id: idSchema,
    kind: enumOf(NODE_KINDS, 'node kind'),
    /** A leading firm (龙头企业) by the record's source. */
    leading: z.enum(['true', 'false', ''], { error: 'must be true or false' }).transform((v) => v === 'true'),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    industry: idSchema,
    link: idSchema,
    park: idSchema,
    /** Both empty: no address given; the data build places the record inside its park (placed: true). */
    lon: csvOptionalCoord('lon'),
    lat: csvOptionalCoord('lat'),
    /** 规划/在谈/签约/在建/投产: only signed and beyond has landed (落地). */
    status: enumOf(NODE_STATUSES, 'status'),
    investment_wan: csvNumber('investment_wan'),
    /** The source of the investment figure itself (a real record's own source rarely gives one). */
    investment_source: z.string().trim().default(''),
    investment_source_zh: z.string().trim().default(''),
    /** How the position is known, apart from how the record is known (a real firm may sit at an estimated point). */
    location_provenance: optionalProvenance,
    location_source: z.string().trim().default(''),
    location_source_zh: z.string().trim().default(''),
    note: z.string().default(''),
    note_zh: z.string().default(''),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source', 'note', 'investment_source', 'location_source']))
  .superRefine((n, ctx) => {
    // Never attach a made-up figure to a real company: a figure on a real record names its own source.
    if (n.investment_wan !== null && n.provenance !== 'sample' && n.investment_source.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['investment_source'],
        message: 'a figure on a real record needs its source (investment_source)',
      });
    }
    const placed = n.lon === null && n.lat === null;
    for (const [empty, given] of [
      ['lon', 'lat'],
      ['lat', 'lon'],
    ] as const) {
      if (n[empty] === null && n[given] !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [empty],
          message: `${empty} is empty but ${given} is given: give both, or leave both empty to place the record inside its park`,
        });
      }
    }
    if (!placed && n.location_provenance === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['location_provenance'],
        message: `is required when lon and lat are given (${PROVENANCES.join(' / ')})`,
      });
    }
    const locationProvenance =
      n.location_provenance === '' && placed ? placedProvenance(n.provenance) : n.location_provenance;
    if (n.provenance === 'sample' && locationProvenance !== 'sample') {
      ctx.addIssue({
        code: 'custom',
        path: ['location_provenance'],
        message: 'a sample record has a sample position',
      });
    }
    if (!placed && n.location_provenance === 'estimate' && n.location_source.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['location_source'],
        message: 'an estimated position says how it was estimated',
      });
    }
    if (n.kind === 'project' && LANDED_STATUSES.includes(n.status) && n.investment_wan === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['investment_wan'],
        message: `a landed project (status ${n.status}) needs its investment`,
      });
    }
  })
  .transform((n) => {
    if (n.lon !== null && n.lat !== null) {
      return { ...n, location_provenance: n.location_provenance as Provenance };
    }
    // No address: the position is the build's placement inside the park, and the record says so.
    const noNote = n.location_source === '';
    return {
      ...n,
      lon: null,
      lat: null,
      location_provenance: n.location_provenance || placedProvenance(n.provenance),
      location_source: noNote ? PLACED_SOURCE : n.location_source,
      location_source_zh: noNote ? PLACED_SOURCE_ZH : n.location_source_zh,
    };
  });
/** A node record; lon and lat are both null when no address was given (placed inside its park). */
export type ChainNode = z.infer<typeof nodeSchema>;

export const lineSchema = z
  .object({
    id: idSchema,
    kind: enumOf(LINE_KINDS, 'line kind'),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    schematic: z.boolean().default(false),
    /** The length a source publishes for the road (the drawn line is schematic and shorter). */
    length_km_published: z.number({ error: 'must be a number' }).positive().optional(),
    /** When the line opened, where a source says so. */
    opened: asOfSchema.optional(),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source']));

export const zoneSchema = z
  .object({
    id: idSchema,
    kind: z.enum(['axis', 'wing']),
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    buffer_km: z.number().positive().max(50),
    of_lines: z.array(idSchema).default([]),
    of_places: z.array(idSchema).default([]),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source']));
export type Zone = z.infer<typeof zoneSchema>;

export const protectedAreaSchema = z
  .object({
    id: idSchema,
    name_zh: nameZhSchema,
    name_en: nameEnSchema,
    level: z.enum(['national', 'provincial', 'prefectural']),
    area_ha: z.number({ error: 'must be a number' }).positive(),
    centre: z.tuple([z.number(), z.number()], { error: 'must be [lon, lat]' }),
    ...provenanceFields,
  })
  .superRefine(checkSource)
  .superRefine(checkChinese(['source']));
export type ProtectedArea = z.infer<typeof protectedAreaSchema>;

export const routingRulesSchema = z.object({
  revenue_per_mu_floor_wan: z.object({
    national: z.number().positive(),
    provincial: z.number().positive(),
    prefectural: z.number().positive(),
  }),
  floor_provenance: provenanceSchema,
  floor_source: nonEmpty('floor_source'),
  floor_source_zh: nonEmpty('floor_source_zh'),
  floor_as_of: asOfSchema,
  /** 投资强度 floor (万元 per 亩) by park level, only where a rule gives one (the plan sets none). */
  invest_per_mu_floor_wan: z
    .object({
      national: z.number().positive(),
      provincial: z.number().positive(),
      prefectural: z.number().positive(),
    })
    .partial()
    .optional(),
  rail_max_km: z.number().positive(),
  port_max_km: z.number().positive(),
  access_provenance: provenanceSchema,
  access_source: nonEmpty('access_source'),
  access_source_zh: nonEmpty('access_source_zh'),
  access_as_of: asOfSchema,
  cold_chain_links: z.array(idSchema),
});
export type RoutingRules = z.infer<typeof routingRulesSchema>;
