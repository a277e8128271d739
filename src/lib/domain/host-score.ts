/**
 * Which park should host a missing or weak chain link: a transparent score the user can re-weight.
 *
 *   factor values (0–1):
 *     fit       1 if the plan puts the industry's core in the park (or its parent zone),
 *               0.6 if the industry is only among the park's leading industries, else 0
 *     cluster   share of the link's upstream and downstream neighbours present in the park
 *     land      available land ÷ the most available land among the candidates (0 when none)
 *     rail      1 − km to the nearest railway station ÷ 60   (floored at 0)
 *     port      1 − km to 磨憨 port ÷ 250
 *     road      1 − km to the expressway ÷ 40
 *     protected share of the park's outline inside protected areas (a penalty)
 *   score = 100 × (Σ weight × factor − weight_protected × protected) ÷ Σ positive weights
 *   ties: higher fit first, then park id.
 */
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
}

export interface HostRank {
  park: string;
  score: number;
  values: Record<Factor, number>;
  /** Points each factor adds (negative for the protected-area penalty); they sum to the score. */
  contributions: Record<Factor, number>;
  noLand: boolean;
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
  const land = maxLand > 0 ? clamp01((park.land_available_mu ?? 0) / maxLand) : 0;
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

/** Candidate parks ranked as hosts for one link, best first. */
export function rankHosts(link: HostLink, parks: HostPark[], ctx: HostContext, w: Weights): HostRank[] {
  const maxLand = Math.max(0, ...parks.map((p) => p.land_available_mu ?? 0));
  return parks
    .map((p) => {
      const values = factorValues(link, p, ctx, maxLand);
      const { score, contributions } = scorePark(values, w);
      return { park: p.id, score, values, contributions, noLand: (p.land_available_mu ?? 0) <= 0 };
    })
    .sort((a, b) => b.score - a.score || b.values.fit - a.values.fit || a.park.localeCompare(b.park));
}

/** The factors that put a park first: its two largest positive contributions. */
export function topReasons(r: HostRank): Factor[] {
  return FACTORS.filter((f) => f !== 'protected' && r.contributions[f] > 0)
    .sort((a, b) => r.contributions[b] - r.contributions[a])
    .slice(0, 2);
}
