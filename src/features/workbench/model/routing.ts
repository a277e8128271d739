/**
 * Project routing (项目流转, plan 西政办发〔2023〕16号 三(六)): which parks a proposed project fits, with each of the plan's
 * rules checked and its numbers shown.
 *   leading    the project's industry is among the park's leading industries (不符合产业政策的不引)
 *   intensity  expected revenue ÷ land (亩均营业收入) ≥ the floor for the park's level: 600 / 400 / 300
 *              万元 per 亩 for national / provincial / prefectural parks (产出强度不达标的不引)
 *   pollution  not a heavily polluting project (环保不过关的不引)
 *   capacity   not in an over-capacity industry (过剩产能不引)
 *   land       the land it needs ≤ the land the park has available
 *   rail/port/cold  when the project needs them: a station within rail_max_km, 磨憨 port within
 *              port_max_km, a cold-chain node in the park
 * Parks passing every rule come first, then by fewest failures, then by the host score for the link.
 */
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { rankHosts, type Weights } from '@/lib/domain/host-score';
import type { Project } from '@/lib/domain/project';
import type { LEVELS } from '@/lib/schemas/vocab';

type Level = (typeof LEVELS)[number];

export interface RouteRules {
  revenue_per_mu_floor_wan: Record<Level, number>;
  rail_max_km: number;
  port_max_km: number;
  cold_chain_links: string[];
}

export interface RoutePark {
  id: string;
  level: Level;
  leading: string[];
  land_available_mu?: number;
  access: { station_km: number; port_km: number };
}

export type RuleId = 'leading' | 'intensity' | 'pollution' | 'capacity' | 'land' | 'rail' | 'port' | 'cold';

export interface RuleResult {
  id: RuleId;
  pass: boolean;
  /** The numbers behind the verdict, for the UI. */
  values: Record<string, number | string>;
}

export interface RouteRank {
  park: string;
  pass: boolean;
  failed: RuleId[];
  rules: RuleResult[];
  score: number;
}

export const revenuePerMu = (p: Project): number => (p.landMu > 0 ? p.revenueWan / p.landMu : 0);

export function checkRules(
  p: Project,
  park: RoutePark,
  rules: RouteRules,
  coldChainParks: Set<string>,
): RuleResult[] {
  const perMu = revenuePerMu(p);
  const floor = rules.revenue_per_mu_floor_wan[park.level];
  const land = park.land_available_mu ?? 0;
  const out: RuleResult[] = [
    {
      id: 'leading',
      pass: park.leading.includes(p.industry),
      values: { industry: p.industry, leading: park.leading.join(',') },
    },
    {
      id: 'intensity',
      pass: perMu >= floor,
      values: { perMu: Math.round(perMu * 10) / 10, floor, level: park.level },
    },
    { id: 'pollution', pass: p.pollution !== 'heavy', values: { pollution: p.pollution } },
    { id: 'capacity', pass: !p.overCapacity, values: {} },
    { id: 'land', pass: p.landMu <= land, values: { need: p.landMu, available: land } },
  ];
  if (p.needsRail)
    out.push({
      id: 'rail',
      pass: park.access.station_km <= rules.rail_max_km,
      values: { km: park.access.station_km, max: rules.rail_max_km },
    });
  if (p.needsPort)
    out.push({
      id: 'port',
      pass: park.access.port_km <= rules.port_max_km,
      values: { km: park.access.port_km, max: rules.port_max_km },
    });
  if (p.needsCold) out.push({ id: 'cold', pass: coldChainParks.has(park.id), values: {} });
  return out;
}

/** Parks ranked for a project; `score` is the host score for its link (0 when no link is given). */
export function routeProject(
  p: Project,
  parks: RoutePark[],
  rules: RouteRules,
  coldChainParks: Set<string>,
  score: (park: string) => number,
): RouteRank[] {
  return parks
    .map((park) => {
      const results = checkRules(p, park, rules, coldChainParks);
      const failed = results.filter((r) => !r.pass).map((r) => r.id);
      return { park: park.id, pass: failed.length === 0, failed, rules: results, score: score(park.id) };
    })
    .sort((a, b) => a.failed.length - b.failed.length || b.score - a.score || a.park.localeCompare(b.park));
}

/**
 * The routing verdict for a project over the catalogue: the parks with their own outline, each rule
 * checked, ranked; ties broken by the host score for the project's link (when it names one).
 */
export function rankProject(
  p: Project,
  index: CatalogIndex,
  rules: RouteRules,
  weights: Weights,
): RouteRank[] {
  const link = p.link ? index.link(p.link) : undefined;
  const hosts = link ? rankHosts(link, index.hostParks, index.hostContext(p.industry), weights) : [];
  const scores = new Map(hosts.map((h) => [h.park, h.score]));
  return routeProject(p, index.hostParks, rules, index.coldChainParks, (id) => scores.get(id) ?? 0);
}
