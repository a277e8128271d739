/**
 * Which park should host a missing or weak chain link: a transparent score the user can re-weight.
 *
 *   factor values (0–1):
 *     fit       1 if the plan puts the industry's core in the park (or its parent zone),
 *               0.6 if the industry is only among the park's leading industries, else 0
 *     cluster   share of the link's upstream and downstream neighbours present in the park
 *     land      available land ÷ the most available land among the candidates (0 when none)
 *     rail      1 − km to the nearest railway station ÷ 60   (floored at 0)
 *     port      1 − km to the nearest border port by road or rail ÷ 250
 *     road      1 − km to the expressway ÷ 40
 *     protected share of the park's outline inside protected areas (a penalty)
 *   score = 100 × (Σ weight × factor − weight_protected × protected) ÷ Σ positive weights
 *   ties: higher fit first, then park id.
 */
import { type Evidence, type EvidenceRecord, figureEvidence, recordEvidence, usableFigure } from './evidence';
import type { Provenance } from '@/lib/schemas/vocab';

export const FACTORS = ['fit', 'cluster', 'land', 'rail', 'port', 'road', 'protected'] as const;
export type Factor = (typeof FACTORS)[number];
export type Weights = Record<Factor, number>;

export const DEFAULT_WEIGHTS: Weights = {
  fit: 3,
  cluster: 2,
  land: 2,
  rail: 1,
  port: 1,
  road: 1,
  protected: 2,
};
export const MAX_WEIGHT = 5;
export const DISTANCE_SCALE_KM = { rail: 60, port: 250, road: 40 } as const;
export const FIT_LEADING_ONLY = 0.6;

export interface HostPark {
  id: string;
  parent?: string;
  leading: string[];
  land_available_mu?: number;
  land_provenance?: Provenance;
  access: { station_km: number; port_km: number; expressway_km: number };
  protected_share: number;
}

export interface HostLink {
  id: string;
  industry: string;
  after: string[];
}

export interface HostContext {
  /** The industry's core parks per the plan (industries.yaml plan_parks). */
  planParks: string[];
  /** All links of the industry (to find the link's downstream neighbours). */
  links: HostLink[];
  /** Which links each park already has nodes for. */
  linksByPark: Map<string, Set<string>>;
  /** The records of one link in one park (the cluster factor's evidence). */
  records?: (park: string, link: string) => EvidenceRecord[];
  /** Whether sample figures may be used (the 含示例数据 switch); default true. */
  includeSample?: boolean;
}

export interface HostRank {
  park: string;
  score: number;
  values: Record<Factor, number>;
  /** Points each factor adds (negative for the protected-area penalty); they sum to the score. */
  contributions: Record<Factor, number>;
  /** What each factor rests on: records (cluster) or a figure with its provenance. */
  evidence: Record<Factor, Evidence>;
  /** The park's available land is known to be zero (never said of an unknown figure). */
  noLand: boolean;
  /** No usable land figure: not published, or only a sample figure while sample data is excluded. */
  landUnknown: boolean;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function neighboursOf(link: HostLink, links: HostLink[]): string[] {
  const down = links.filter((l) => l.after.includes(link.id)).map((l) => l.id);
  return [...new Set([...link.after, ...down])];
}

export function factorValues(
  link: HostLink,
  park: HostPark,
  ctx: HostContext,
  maxLand: number,
): Record<Factor, number> {
  const core =
    ctx.planParks.includes(park.id) || (park.parent !== undefined && ctx.planParks.includes(park.parent));
  const fit = core ? 1 : park.leading.includes(link.industry) ? FIT_LEADING_ONLY : 0;
  const neighbours = neighboursOf(link, ctx.links);
  const present = ctx.linksByPark.get(park.id) ?? new Set<string>();
  const cluster =
    neighbours.length === 0 ? 0 : neighbours.filter((n) => present.has(n)).length / neighbours.length;
  const landMu = usableFigure(park.land_available_mu, park.land_provenance, ctx.includeSample ?? true).value;
  const land = maxLand > 0 ? clamp01((landMu ?? 0) / maxLand) : 0;
  return {
    fit,
    cluster,
    land,
    rail: clamp01(1 - park.access.station_km / DISTANCE_SCALE_KM.rail),
    port: clamp01(1 - park.access.port_km / DISTANCE_SCALE_KM.port),
    road: clamp01(1 - park.access.expressway_km / DISTANCE_SCALE_KM.road),
    protected: clamp01(park.protected_share),
  };
}

export function scorePark(
  values: Record<Factor, number>,
  w: Weights,
): { score: number; contributions: Record<Factor, number> } {
  const positive = FACTORS.filter((f) => f !== 'protected');
  const total = positive.reduce((s, f) => s + Math.max(0, w[f]), 0);
  const contributions = {} as Record<Factor, number>;
  for (const f of FACTORS) {
    const sign = f === 'protected' ? -1 : 1;
    contributions[f] = total > 0 ? (100 * sign * Math.max(0, w[f]) * values[f]) / total : 0;
  }
  const score = FACTORS.reduce((s, f) => s + contributions[f], 0);
  return { score, contributions };
}

/**
 * What each factor of one park rests on. fit: the plan's words (official); cluster: the neighbour
 * links' records in the park; land: the land figure with its provenance; rail/port/road/protected:
 * distances and overlaps computed from estimated positions and schematic outlines (estimate).
 */
export function factorEvidence(link: HostLink, park: HostPark, ctx: HostContext): Record<Factor, Evidence> {
  const records = neighboursOf(link, ctx.links).flatMap((l) => ctx.records?.(park.id, l) ?? []);
  const computed = figureEvidence('estimate');
  return {
    fit: figureEvidence('official'),
    cluster: recordEvidence(records),
    land: usableFigure(park.land_available_mu, park.land_provenance, ctx.includeSample ?? true).evidence,
    rail: computed,
    port: computed,
    road: computed,
    protected: computed,
  };
}

/** Candidate parks ranked as hosts for one link, best first. */
export function rankHosts(link: HostLink, parks: HostPark[], ctx: HostContext, w: Weights): HostRank[] {
  const include = ctx.includeSample ?? true;
  const landOf = (p: HostPark) => usableFigure(p.land_available_mu, p.land_provenance, include).value;
  const maxLand = Math.max(0, ...parks.map((p) => landOf(p) ?? 0));
  return parks
    .map((p) => {
      const values = factorValues(link, p, ctx, maxLand);
      const { score, contributions } = scorePark(values, w);
      const land = landOf(p);
      return {
        park: p.id,
        score,
        values,
        contributions,
        evidence: factorEvidence(link, p, ctx),
        noLand: land !== undefined && land <= 0,
        landUnknown: land === undefined,
      };
    })
    .sort((a, b) => b.score - a.score || b.values.fit - a.values.fit || a.park.localeCompare(b.park));
}

/** The factors that put a park first: its two largest positive contributions. */
export function topReasons(r: HostRank): Factor[] {
  return FACTORS.filter((f) => f !== 'protected' && r.contributions[f] > 0)
    .sort((a, b) => r.contributions[b] - r.contributions[a])
    .slice(0, 2);
}
