/**
 * Which verdicts an import changes, before it is applied: every verdict computed on both sides with the
 * same functions the panels use, and only the differences kept.
 *   links:   each industry's link statuses (assessChain): from → to, with the strengths
 *   gaps:    the gap list (rankGaps): a link entering it, leaving it, or its priority changing
 *   hosts:   for a link that is a gap on both sides, the top 3 host parks (rankHosts, DEFAULT_WEIGHTS):
 *            from → to (an entering gap's hosts are the gap panel's to show; a leaving one has none)
 *   cells:   the chain × park matrix (chainMatrix over every park): present / weak / missing from → to
 *   targets: the 2025 targets (evaluateAll), the prefecture and each park: status and value from → to
 * With `includeSample` false, both sides are computed over official and public records only (含示例数据
 * off), as the panels do. Industries, links and parks in catalogue order; targets in targets order.
 */
import { buildCatalogIndex, type CatalogIndex } from '@/lib/data/catalog-index';
import { type CellStatus, chainMatrix } from '@/lib/domain/chain-matrix';
import { assessChain, type LinkStatus, rankGaps } from '@/lib/domain/chain-status';
import { DEFAULT_WEIGHTS, rankHosts } from '@/lib/domain/host-score';
import type { IndicatorResult, IndicatorScope, IndicatorStatus } from '@/lib/domain/indicator-types';
import { evaluateAll } from '@/lib/domain/indicators';
import type { Catalog, NodeProps, PlaceProps } from '@/lib/schemas/catalog';
import type { BuiltStat, BuiltTarget } from '@/lib/schemas/monitor';

export interface VerdictSide {
  catalog: Catalog;
  /** The nodes' properties (nodes.geojson features, or ledgerToNodes). */
  nodes: NodeProps[];
  places: PlaceProps[];
  stats: BuiltStat[];
  targets: BuiltTarget[];
  /** Stats keys (`park~year`) the bureau entered: counted as the bureau's in the targets' evidence. */
  bureau?: ReadonlySet<string>;
}

export const HOSTS_SHOWN = 3;
const EPS = 1e-9;
const differs = (a: number | null, b: number | null) =>
  a === null || b === null ? a !== b : Math.abs(a - b) > EPS * Math.max(1, Math.abs(a));

export interface LinkChange {
  industry: string;
  link: string;
  from: LinkStatus;
  to: LinkStatus;
  strength: { from: number; to: number };
}
export interface GapChange {
  industry: string;
  link: string;
  /** entered: now a gap; left: no longer one (the link is strong); priority: still a gap, priority changed. */
  change: 'entered' | 'left' | 'priority';
  /** Priority (null: not a gap on that side). */
  from: number | null;
  to: number | null;
}
export interface HostChange {
  industry: string;
  link: string;
  /** Park ids, best first. */
  from: string[];
  to: string[];
}
export interface CellChange {
  industry: string;
  link: string;
  park: string;
  from: CellStatus;
  to: CellStatus;
}
export interface TargetChange {
  scope: IndicatorScope;
  target: string;
  from: { status: IndicatorStatus; value: number | null };
  to: { status: IndicatorStatus; value: number | null };
}

export interface VerdictChanges {
  links: LinkChange[];
  gaps: GapChange[];
  hosts: HostChange[];
  cells: CellChange[];
  targets: TargetChange[];
}

interface ChainVerdicts {
  links: Map<string, { status: LinkStatus; strength: number }>;
  gaps: Map<string, number>;
  hosts: Map<string, string[]>;
  /** `link|park` → status. */
  cells: Map<string, CellStatus>;
}

function chainVerdicts(ix: CatalogIndex, industry: string): ChainVerdicts {
  const publicOnly = !ix.includeSample;
  const links = ix.linksOf(industry);
  const assessed = assessChain(links, ix.nodes, industry, { publicOnly });
  const gaps = rankGaps(assessed);
  const ctx = ix.hostContext(industry);
  const matrix = chainMatrix(
    links.map((l) => l.id),
    ix.parks.map((p) => p.id),
    ix.nodes,
    { publicOnly },
  );
  return {
    links: new Map(assessed.map((a) => [a.link.id, { status: a.status, strength: a.strength }])),
    gaps: new Map(gaps.map((g) => [g.link.id, g.priority])),
    hosts: new Map(
      gaps.map((g) => [
        g.link.id,
        rankHosts(g.link, ix.hostParks, ctx, DEFAULT_WEIGHTS)
          .slice(0, HOSTS_SHOWN)
          .map((r) => r.park),
      ]),
    ),
    cells: new Map(matrix.flat().map((c) => [`${c.link}|${c.park}`, c.status])),
  };
}

function targetResults(side: VerdictSide, includeSample: boolean) {
  const all = evaluateAll({
    targets: side.targets,
    stats: side.stats,
    parks: side.catalog.parks.map((p) => ({
      id: p.id,
      kind: p.kind,
      level: p.level,
      ...(p.parent ? { parent: p.parent } : {}),
    })),
    includeSample,
    ...(side.bureau ? { bureau: side.bureau } : {}),
  });
  return [all.prefecture, ...side.catalog.parks.map((p) => all.parks.get(p.id) ?? [])];
}

const scopeKey = (s: IndicatorScope) => (s.kind === 'prefecture' ? '' : s.park);

function targetChanges(before: IndicatorResult[][], after: IndicatorResult[][]): TargetChange[] {
  const old = new Map(before.flat().map((r) => [`${scopeKey(r.scope)}|${r.target.id}`, r]));
  const out: TargetChange[] = [];
  for (const r of after.flat()) {
    const was = old.get(`${scopeKey(r.scope)}|${r.target.id}`);
    if (!was || (was.status === r.status && !differs(was.value, r.value))) continue;
    out.push({
      scope: r.scope,
      target: r.target.id,
      from: { status: was.status, value: was.value },
      to: { status: r.status, value: r.value },
    });
  }
  return out;
}

export function verdictChanges(
  before: VerdictSide,
  after: VerdictSide,
  { includeSample = true }: { includeSample?: boolean } = {},
): VerdictChanges {
  const ixBefore = buildCatalogIndex(before.catalog, before.nodes, before.places, { includeSample });
  const ixAfter = buildCatalogIndex(after.catalog, after.nodes, after.places, { includeSample });
  const out: VerdictChanges = { links: [], gaps: [], hosts: [], cells: [], targets: [] };
  for (const { id: industry } of after.catalog.industries) {
    const a = chainVerdicts(ixBefore, industry);
    const b = chainVerdicts(ixAfter, industry);
    for (const link of ixAfter.linksOf(industry)) {
      const [la, lb] = [a.links.get(link.id), b.links.get(link.id)];
      if (la && lb && la.status !== lb.status) {
        out.links.push({
          industry,
          link: link.id,
          from: la.status,
          to: lb.status,
          strength: { from: la.strength, to: lb.strength },
        });
      }
      const [ga, gb] = [a.gaps.get(link.id) ?? null, b.gaps.get(link.id) ?? null];
      if (ga === null && gb !== null)
        out.gaps.push({ industry, link: link.id, change: 'entered', from: ga, to: gb });
      else if (ga !== null && gb === null)
        out.gaps.push({ industry, link: link.id, change: 'left', from: ga, to: gb });
      else if (differs(ga, gb))
        out.gaps.push({ industry, link: link.id, change: 'priority', from: ga, to: gb });
      const [ha, hb] = [a.hosts.get(link.id), b.hosts.get(link.id)];
      if (ha && hb && ha.join() !== hb.join()) out.hosts.push({ industry, link: link.id, from: ha, to: hb });
      for (const park of ixAfter.parks) {
        const key = `${link.id}|${park.id}`;
        const [ca, cb] = [a.cells.get(key), b.cells.get(key)];
        if (ca && cb && ca !== cb)
          out.cells.push({ industry, link: link.id, park: park.id, from: ca, to: cb });
      }
    }
  }
  out.targets = targetChanges(targetResults(before, includeSample), targetResults(after, includeSample));
  return out;
}

/** How many verdicts change in all. */
export const changeCount = (c: VerdictChanges): number =>
  c.links.length + c.gaps.length + c.hosts.length + c.cells.length + c.targets.length;
