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
 * Each rule carries its evidence: the plan's words (official), the park's land figure with its
 * provenance, computed distances (estimate), or the cold-chain records in the park. A rule whose
 * input is unknown (no land figure, or only a sample one with sample data excluded) is `unknown`:
 * neither passed nor failed, and said so.
 */
import type { CatalogIndex } from '@/lib/data/catalog-index';
import {
  type Evidence,
  type EvidenceRecord,
  figureEvidence,
  recordEvidence,
  usableFigure,
} from '@/lib/domain/evidence';
import { rankHosts, type Weights } from '@/lib/domain/host-score';
import type { Project } from '@/lib/domain/project';
import type { LEVELS, Provenance } from '@/lib/schemas/vocab';

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
  land_provenance?: Provenance;
  access: { station_km: number; port_km: number };
}

export interface RouteEvidence {
  /** Whether sample figures may be used (the 含示例数据 switch). */
  includeSample: boolean;
  /** The provenance of the plan's rules (the floor) and of the access rules of thumb. */
  floorProvenance: Provenance;
  accessProvenance: Provenance;
  /** The cold-chain records of a park. */
  coldRecords: (park: string) => EvidenceRecord[];
}

const DEFAULT_EVIDENCE: RouteEvidence = {
  includeSample: true,
  floorProvenance: 'official',
  accessProvenance: 'estimate',
  coldRecords: () => [],
};

export type RuleId = 'leading' | 'intensity' | 'pollution' | 'capacity' | 'land' | 'rail' | 'port' | 'cold';

export interface RuleResult {
  id: RuleId;
  pass: boolean;
  /** The input is unknown: neither passed nor failed (pass is false). */
  unknown?: boolean;
  /** The numbers behind the verdict, for the UI. */
  values: Record<string, number | string>;
  /** What the verdict rests on. */
  evidence: Evidence;
}

export interface RouteRank {
  park: string;
  pass: boolean;
  failed: RuleId[];
  /** Rules that could not be checked for want of a usable figure. */
  unknown: RuleId[];
  rules: RuleResult[];
  score: number;
}

export const revenuePerMu = (p: Project): number => (p.landMu > 0 ? p.revenueWan / p.landMu : 0);

export function checkRules(
  p: Project,
  park: RoutePark,
  rules: RouteRules,
  coldChainParks: Set<string>,
  ev: RouteEvidence = DEFAULT_EVIDENCE,
): RuleResult[] {
  const perMu = revenuePerMu(p);
  const floor = rules.revenue_per_mu_floor_wan[park.level];
  const land = usableFigure(park.land_available_mu, park.land_provenance, ev.includeSample);
  const plan = figureEvidence('official');
  const access = figureEvidence(ev.accessProvenance);
  const out: RuleResult[] = [
    {
      id: 'leading',
      pass: park.leading.includes(p.industry),
      values: { industry: p.industry, leading: park.leading.join(',') },
      evidence: plan,
    },
    {
      id: 'intensity',
      pass: perMu >= floor,
      values: { perMu: Math.round(perMu * 10) / 10, floor, level: park.level },
      evidence: figureEvidence(ev.floorProvenance),
    },
    { id: 'pollution', pass: p.pollution !== 'heavy', values: { pollution: p.pollution }, evidence: plan },
    { id: 'capacity', pass: !p.overCapacity, values: {}, evidence: plan },
    land.value === undefined
      ? { id: 'land', pass: false, unknown: true, values: { need: p.landMu }, evidence: land.evidence }
      : {
          id: 'land',
          pass: p.landMu <= land.value,
          values: { need: p.landMu, available: land.value },
          evidence: land.evidence,
        },
  ];
  if (p.needsRail)
    out.push({
      id: 'rail',
      pass: park.access.station_km <= rules.rail_max_km,
      values: { km: park.access.station_km, max: rules.rail_max_km },
      evidence: access,
    });
  if (p.needsPort)
    out.push({
      id: 'port',
      pass: park.access.port_km <= rules.port_max_km,
      values: { km: park.access.port_km, max: rules.port_max_km },
      evidence: access,
    });
  if (p.needsCold)
    out.push({
      id: 'cold',
      pass: coldChainParks.has(park.id),
      values: {},
      evidence: recordEvidence(ev.coldRecords(park.id)),
    });
  return out;
}

/** Parks ranked for a project; `score` is the host score for its link (0 when no link is given). */
export function routeProject(
  p: Project,
  parks: RoutePark[],
  rules: RouteRules,
  coldChainParks: Set<string>,
  score: (park: string) => number,
  ev: RouteEvidence = DEFAULT_EVIDENCE,
): RouteRank[] {
  return parks
    .map((park) => {
      const results = checkRules(p, park, rules, coldChainParks, ev);
      const failed = results.filter((r) => !r.pass && !r.unknown).map((r) => r.id);
      const unknown = results.filter((r) => r.unknown).map((r) => r.id);
      return {
        park: park.id,
        pass: failed.length === 0 && unknown.length === 0,
        failed,
        unknown,
        rules: results,
        score: score(park.id),
      };
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
  rules: RouteRules & { floor_provenance?: Provenance; access_provenance?: Provenance },
  weights: Weights,
): RouteRank[] {
  const cold = new Set(rules.cold_chain_links);
  const ev: RouteEvidence = {
    includeSample: index.includeSample,
    floorProvenance: rules.floor_provenance ?? 'official',
    accessProvenance: rules.access_provenance ?? 'estimate',
    coldRecords: (park) => index.nodesOfPark(park).filter((n) => n.park === park && cold.has(n.link)),
  };
  const link = p.link ? index.link(p.link) : undefined;
  const hosts = link ? rankHosts(link, index.hostParks, index.hostContext(p.industry), weights) : [];
  const scores = new Map(hosts.map((h) => [h.park, h.score]));
  return routeProject(p, index.hostParks, rules, index.coldChainParks, (id) => scores.get(id) ?? 0, ev);
}
