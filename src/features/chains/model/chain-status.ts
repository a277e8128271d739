/**
 * How strong each chain link is in Xishuangbanna, computed from the chain nodes in data/.
 * The rule is written out in the UI ("how is this computed?") and pinned by hand-worked unit tests.
 *
 *   weight(node)   = (1 + [investment ≥ 1亿元] + [leading firm]) × (0.5 if it is a project, else 1)
 *   strength(link) = Σ weight over the link's nodes
 *   threshold      = 3 if the plan names the link, else 2
 *   status         = missing if strength < 1; weak if strength < threshold; strong otherwise
 */
import type { Stage } from '@/lib/domain/stages';
import { STAGE_ORDER } from '@/lib/domain/stages';

export const RULE = {
  bigInvestmentWan: 10000,
  projectFactor: 0.5,
  thresholdPlan: 3,
  thresholdOther: 2,
  weakFrom: 1,
  planPriorityFactor: 1.5,
  /** The plan: every key chain should land at least one project over 5亿元 (50,000 万元). */
  bigProjectWan: 50000,
} as const;

export type LinkStatus = 'strong' | 'weak' | 'missing';

export interface ChainNodeLike {
  id: string;
  kind: 'firm' | 'project';
  leading: boolean;
  investment_wan: number | null;
  industry: string;
  link: string;
  park: string;
}

export interface LinkLike {
  id: string;
  industry: string;
  stage: Stage;
  plan: boolean;
  after: string[];
}

export interface LinkAssessment<L extends LinkLike = LinkLike, N extends ChainNodeLike = ChainNodeLike> {
  link: L;
  nodes: N[];
  strength: number;
  threshold: number;
  status: LinkStatus;
  /** Parks with at least one node of this link. */
  parks: string[];
}

export function nodeWeight(n: ChainNodeLike): number {
  const big = n.investment_wan !== null && n.investment_wan >= RULE.bigInvestmentWan ? 1 : 0;
  const lead = n.leading ? 1 : 0;
  return (1 + big + lead) * (n.kind === 'project' ? RULE.projectFactor : 1);
}

export function strengthOf(nodes: ChainNodeLike[]): number {
  return nodes.reduce((s, n) => s + nodeWeight(n), 0);
}

export const thresholdOf = (plan: boolean): number => (plan ? RULE.thresholdPlan : RULE.thresholdOther);

export function statusOf(strength: number, plan: boolean): LinkStatus {
  if (strength < RULE.weakFrom) return 'missing';
  return strength < thresholdOf(plan) ? 'weak' : 'strong';
}

/** Every link of one industry, in catalogue order, with its nodes, strength and status. */
export function assessChain<L extends LinkLike, N extends ChainNodeLike>(
  links: L[],
  nodes: N[],
  industry: string,
): LinkAssessment<L, N>[] {
  return links
    .filter((l) => l.industry === industry)
    .map((link) => {
      const own = nodes.filter((n) => n.link === link.id);
      const strength = strengthOf(own);
      return {
        link,
        nodes: own,
        strength,
        threshold: thresholdOf(link.plan),
        status: statusOf(strength, link.plan),
        parks: [...new Set(own.map((n) => n.park))].sort(),
      };
    });
}

/**
 * Priority of a gap: how far the link falls short of strong (0–1), × 1.5 when the plan names it.
 * @example gapPriority({ strength: 0, threshold: 3, link: { plan: true } }) // 1.5
 */
export function gapPriority(
  a: Pick<LinkAssessment, 'strength' | 'threshold'> & { link: Pick<LinkLike, 'plan'> },
): number {
  const shortfall = Math.min(1, Math.max(0, 1 - a.strength / a.threshold));
  return shortfall * (a.link.plan ? RULE.planPriorityFactor : 1);
}

/** The weak and missing links, highest priority first (ties: upstream first, then id). */
export function rankGaps<A extends LinkAssessment>(assessments: A[]): (A & { priority: number })[] {
  return assessments
    .filter((a) => a.status !== 'strong')
    .map((a) => ({ ...a, priority: gapPriority(a) }))
    .sort(
      (x, y) =>
        y.priority - x.priority ||
        STAGE_ORDER.indexOf(x.link.stage) - STAGE_ORDER.indexOf(y.link.stage) ||
        x.link.id.localeCompare(y.link.id),
    );
}

/** Whether an industry has landed a project (or firm) of at least 5亿元, per the plan's rule. */
export function bigProjects<N extends ChainNodeLike>(nodes: N[], industry: string): N[] {
  return nodes.filter(
    (n) => n.industry === industry && n.investment_wan !== null && n.investment_wan >= RULE.bigProjectWan,
  );
}
