/**
 * How strong each chain link is in Xishuangbanna, computed from the chain nodes in data/.
 * The rule is written out in the UI ("how is this computed?") and pinned by hand-worked unit tests.
 *
 *   weight(node)   = (1 + [investment ≥ 1亿元] + [leading firm]) × (0.5 if it is a project, else 1)
 *   strength(link) = Σ weight over the link's nodes
 *   threshold      = 3 if the plan names the link, else 2
 *   status         = missing if strength < 1; weak if strength < threshold; strong otherwise
 *   With sample data excluded, the nodes are the official and public records only, and a link with
 *   none reads "unrecorded" (无公开记录): no public record, which is not the same as known to be missing.
 *   Each assessment carries its evidence: the records it was computed from and how many are sample.
 */
import { type RecordEvidence, recordEvidence } from '@/lib/domain/evidence';
import type { Stage } from '@/lib/domain/stages';
import { STAGE_ORDER } from '@/lib/domain/stages';
import { LANDED_STATUSES, type NodeKind, type NodeStatus, type Provenance } from '@/lib/schemas/vocab';

export const RULE = {
  bigInvestmentWan: 10000,
  projectFactor: 0.5,
  thresholdPlan: 3,
  thresholdOther: 2,
  weakFrom: 1,
  planPriorityFactor: 1.5,
  /**
   * The plan (三(六)3): "每个重点产业链至少引进落地1个投资额超5亿元的重大产业项目": more than
   * 50,000 万元, and landed (落地: signed, under construction or operating).
   */
  bigProjectWan: 50000,
} as const;

export type LinkStatus = 'strong' | 'weak' | 'missing' | 'unrecorded';

export interface ChainNodeLike {
  id: string;
  kind: NodeKind;
  status: NodeStatus;
  provenance: Provenance;
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
  /** The records the status was computed from. */
  evidence: RecordEvidence;
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

/**
 * @param publicOnly the nodes are official and public records only (sample excluded): a link with
 *   nothing then has "no public record" rather than being known to be missing.
 */
export function statusOf(strength: number, plan: boolean, publicOnly = false): LinkStatus {
  if (strength < RULE.weakFrom) return publicOnly ? 'unrecorded' : 'missing';
  return strength < thresholdOf(plan) ? 'weak' : 'strong';
}

/** Every link of one industry, in catalogue order, with its nodes, strength and status. */
export function assessChain<L extends LinkLike, N extends ChainNodeLike>(
  links: L[],
  nodes: N[],
  industry: string,
  { publicOnly = false }: { publicOnly?: boolean } = {},
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
        status: statusOf(strength, link.plan, publicOnly),
        parks: [...new Set(own.map((n) => n.park))].sort(),
        evidence: recordEvidence(own),
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

/** The weak, missing and unrecorded links, highest priority first (ties: upstream first, then id). */
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

export const isLanded = (n: Pick<ChainNodeLike, 'status'>): boolean => LANDED_STATUSES.includes(n.status);
/** Over 5亿元: strictly more than 50,000 万元, as the plan says (超5亿元). */
export const isOverBigRule = (n: Pick<ChainNodeLike, 'investment_wan'>): boolean =>
  n.investment_wan !== null && n.investment_wan > RULE.bigProjectWan;

export interface BigRule<N extends ChainNodeLike> {
  /** Landed (signed and beyond) and over 5亿元: these meet the plan's rule. */
  landed: N[];
  /** Projects not yet landed (planned, in talks), any size: the pipeline, listed apart. */
  pipeline: N[];
  met: boolean;
  /** The records the verdict was computed from: every node of the industry. */
  evidence: RecordEvidence;
}

/** The plan's 5亿 rule for one industry over the given nodes. */
export function bigProjectRule<N extends ChainNodeLike>(nodes: N[], industry: string): BigRule<N> {
  const own = nodes.filter((n) => n.industry === industry);
  const landed = own.filter((n) => isLanded(n) && isOverBigRule(n));
  const pipeline = own.filter((n) => !isLanded(n));
  return { landed, pipeline, met: landed.length > 0, evidence: recordEvidence(own) };
}
