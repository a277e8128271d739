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
 *   investment investment ÷ land (投资强度) ≥ a floor, only where the rules give one for the park's level;
 *              the plan sets none (it asks each park to publish its own 项目准入标准, 三(五)4), so the
 *              shipped rules have none and the figure is shown without a verdict (investmentIntensity)
 * The 2025 floors are the plan's park-wide targets (一(三): "国家级、省级、州级园区亩均营业收入分别不低于
 * 600 万元、400 万元、300 万元"), applied here to one project; the UI says so.
 * Each failing rule says what would pass, computed (whatWouldPass): the revenue the land needs, the
 * land short, the parks that have the industry as leading, those with the access or cold chain.
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
import { RULE } from '@/lib/domain/chain-status';
import { rankHosts, type Weights } from '@/lib/domain/host-score';
import type { Project } from '@/lib/domain/project';
import type { LEVELS, Provenance } from '@/lib/schemas/vocab';

type Level = (typeof LEVELS)[number];

export interface RouteRules {
  revenue_per_mu_floor_wan: Record<Level, number>;
  /** 投资强度 floor (万元 per 亩) by park level, where a rule gives one; the plan does not. */
  invest_per_mu_floor_wan?: Partial<Record<Level, number>>;
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

export type RuleId =
  | 'leading'
  | 'intensity'
  | 'investment'
  | 'pollution'
  | 'capacity'
  | 'land'
  | 'rail'
  | 'port'
  | 'cold';

/** What would make a failed rule pass, computed from the project, the park and the other parks. */
export type WouldPass =
  /** The parks that have the project's industry among their leading industries. */
  | { id: 'leading'; parks: string[] }
  /** The revenue the project's land needs at this park's floor, or the most land its revenue allows. */
  | { id: 'intensity'; revenueWan: number; landMu: number; maxLandMu: number; floor: number }
  /** The investment the project's land needs at this park's 投资强度 floor. */
  | { id: 'investment'; investWan: number; landMu: number; floor: number }
  | { id: 'pollution' }
  | { id: 'capacity' }
  /** The land needed, available and short here, and the parks with enough (usable figures only). */
  | { id: 'land'; need: number; available: number; short: number; parks: string[] }
  /** The distance allowed, this park's, and the parks within it. */
  | { id: 'rail' | 'port'; km: number; max: number; parks: string[] }
  /** The parks with a cold-chain node. */
  | { id: 'cold'; parks: string[] };

export interface RuleResult {
  id: RuleId;
  pass: boolean;
  /** The input is unknown: neither passed nor failed (pass is false). */
  unknown?: boolean;
  /** The numbers behind the verdict, for the UI. */
  values: Record<string, number | string>;
  /** What the verdict rests on. */
  evidence: Evidence;
  /** For a failed rule: what would pass (set by routeProject, which knows every park). */
  wouldPass?: WouldPass;
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
/** 投资强度: investment per 亩 (万元). */
export const investPerMu = (p: Project): number => (p.landMu > 0 ? p.investWan / p.landMu : 0);
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The project's 投资强度 and the floors the rules give for it (empty when none: the plan sets no
 * per-亩 investment floor, so the figure is shown without a verdict).
 */
export function investmentIntensity(
  p: Project,
  rules: RouteRules,
): { perMu: number; floors: Partial<Record<Level, number>> } {
  return { perMu: round1(investPerMu(p)), floors: { ...(rules.invest_per_mu_floor_wan ?? {}) } };
}

/**
 * The plan's 5亿 rule (三(六)3, "每个重点产业链至少引进落地1个投资额超5亿元的重大产业项目"): a project
 * counts toward it for its industry when its investment is over 50,000 万元 (not exactly 5亿元), once
 * landed (signed, under construction or operating), as the chain panel counts it.
 */
export function bigRuleFlag(p: Pick<Project, 'investWan'>): { counts: boolean; thresholdWan: number } {
  return { counts: p.investWan > RULE.bigProjectWan, thresholdWan: RULE.bigProjectWan };
}

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
      values: { perMu: round1(perMu), floor, level: park.level },
      evidence: figureEvidence(ev.floorProvenance),
    },
  ];
  const investFloor = rules.invest_per_mu_floor_wan?.[park.level];
  if (investFloor !== undefined)
    out.push({
      id: 'investment',
      pass: investPerMu(p) >= investFloor,
      values: { perMu: round1(investPerMu(p)), floor: investFloor, level: park.level },
      evidence: figureEvidence(ev.floorProvenance),
    });
  out.push(
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
  );
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

/**
 * What would make a failed rule pass at `park`, computed: the revenue the land needs at the park's
 * floor (and the most land the revenue allows), the investment at a 投资强度 floor, the land short,
 * and which of `parks` have the industry as leading, enough usable land, the access or cold chain.
 * Undefined for a rule that passed or could not be checked.
 */
export function whatWouldPass(
  rule: RuleResult,
  p: Project,
  park: RoutePark,
  parks: RoutePark[],
  rules: RouteRules,
  coldChainParks: Set<string>,
  ev: Pick<RouteEvidence, 'includeSample'> = DEFAULT_EVIDENCE,
): WouldPass | undefined {
  if (rule.pass || rule.unknown) return undefined;
  const ids = (keep: (x: RoutePark) => boolean) => parks.filter(keep).map((x) => x.id);
  switch (rule.id) {
    case 'leading':
      return { id: 'leading', parks: ids((x) => x.leading.includes(p.industry)) };
    case 'intensity': {
      const floor = rules.revenue_per_mu_floor_wan[park.level];
      return {
        id: 'intensity',
        floor,
        landMu: p.landMu,
        revenueWan: Math.ceil(floor * p.landMu),
        maxLandMu: floor > 0 ? Math.floor(p.revenueWan / floor) : p.landMu,
      };
    }
    case 'investment': {
      const floor = rules.invest_per_mu_floor_wan?.[park.level] ?? 0;
      return { id: 'investment', floor, landMu: p.landMu, investWan: Math.ceil(floor * p.landMu) };
    }
    case 'pollution':
    case 'capacity':
      return { id: rule.id };
    case 'land': {
      const available = Number(rule.values.available ?? 0);
      return {
        id: 'land',
        need: p.landMu,
        available,
        short: Math.max(0, p.landMu - available),
        parks: ids((x) => {
          const v = usableFigure(x.land_available_mu, x.land_provenance, ev.includeSample).value;
          return v !== undefined && v >= p.landMu;
        }),
      };
    }
    case 'rail':
      return {
        id: 'rail',
        km: park.access.station_km,
        max: rules.rail_max_km,
        parks: ids((x) => x.access.station_km <= rules.rail_max_km),
      };
    case 'port':
      return {
        id: 'port',
        km: park.access.port_km,
        max: rules.port_max_km,
        parks: ids((x) => x.access.port_km <= rules.port_max_km),
      };
    case 'cold':
      return { id: 'cold', parks: ids((x) => coldChainParks.has(x.id)) };
  }
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
      const results = checkRules(p, park, rules, coldChainParks, ev).map((r) => {
        const wouldPass = whatWouldPass(r, p, park, parks, rules, coldChainParks, ev);
        return wouldPass ? { ...r, wouldPass } : r;
      });
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
