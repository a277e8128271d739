/**
 * Left-to-right layout of a chain: a link's column is the length of the longest path of `after`
 * edges leading to it; links in a column keep their catalogue order. Small chains (≤ 10 links) need
 * nothing more than this, so no graph-layout library.
 */
import { type Stage, STAGE_ORDER } from './stages';

export interface LayoutLink {
  id: string;
  after: string[];
}

export interface Placed {
  id: string;
  col: number;
  row: number;
}

export function layoutChain(links: LayoutLink[]): { placed: Placed[]; cols: number; rows: number } {
  const byId = new Map(links.map((l) => [l.id, l]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0; // a cycle: the data build rejects these; stay finite anyway
    visiting.add(id);
    const l = byId.get(id);
    const d = l ? Math.max(-1, ...l.after.filter((a) => byId.has(a)).map(depthOf)) + 1 : 0;
    visiting.delete(id);
    depth.set(id, d);
    return d;
  };
  const rowsPerCol = new Map<number, number>();
  const placed = links.map((l) => {
    const col = depthOf(l.id);
    const row = rowsPerCol.get(col) ?? 0;
    rowsPerCol.set(col, row + 1);
    return { id: l.id, col, row };
  });
  return {
    placed,
    cols: Math.max(0, ...placed.map((p) => p.col + 1)),
    rows: Math.max(0, ...rowsPerCol.values()),
  };
}

export interface StageLink extends LayoutLink {
  stage: Stage;
}

export interface StageBand {
  stage: Stage;
  /** First column of the band and how many columns it spans. */
  col: number;
  span: number;
}

/**
 * The chain in stage columns (上游 / 中游 / 下游 / 配套服务, in STAGE_ORDER), as the wide view draws it:
 * each stage that has links is a band of columns; inside a band a link's column is the longest path
 * of `after` edges from links of the same stage (feeders in other stages do not push it right); a
 * column keeps catalogue order. Edges between bands may run right to left (a support link feeding a
 * downstream one).
 */
export function layoutByStage(links: StageLink[]): {
  placed: Placed[];
  cols: number;
  rows: number;
  bands: StageBand[];
} {
  const bands: StageBand[] = [];
  const placed: Placed[] = [];
  const byId = new Map<string, Placed>();
  let col = 0;
  let rows = 0;
  for (const stage of STAGE_ORDER) {
    const own = links.filter((l) => l.stage === stage);
    if (own.length === 0) continue;
    const ids = new Set(own.map((l) => l.id));
    const inner = layoutChain(own.map((l) => ({ id: l.id, after: l.after.filter((a) => ids.has(a)) })));
    for (const p of inner.placed) byId.set(p.id, { id: p.id, col: col + p.col, row: p.row });
    bands.push({ stage, col, span: inner.cols });
    col += inner.cols;
    rows = Math.max(rows, inner.rows);
  }
  for (const l of links) {
    const p = byId.get(l.id);
    if (p) placed.push(p);
  }
  return { placed, cols: col, rows, bands };
}

/** Edges as pairs (from → to) between links that are both in the chain. */
export function chainEdges(links: LayoutLink[]): [string, string][] {
  const ids = new Set(links.map((l) => l.id));
  return links.flatMap((l) => l.after.filter((a) => ids.has(a)).map((a) => [a, l.id] as [string, string]));
}

/** Ids of links on a cycle of `after` edges (empty for a valid chain). */
export function cyclicLinks(links: LayoutLink[]): string[] {
  const byId = new Map(links.map((l) => [l.id, l]));
  const state = new Map<string, 'open' | 'done'>();
  const bad = new Set<string>();
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      for (const p of path.slice(path.indexOf(id))) bad.add(p);
      return;
    }
    state.set(id, 'open');
    for (const a of byId.get(id)?.after ?? []) if (byId.has(a)) visit(a, [...path, id]);
    state.set(id, 'done');
  };
  for (const l of links) visit(l.id, []);
  return [...bad].sort();
}
