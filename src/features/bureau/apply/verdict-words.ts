/**
 * The verdicts an import changes, in words (bureau.panel.verdict.*): one line each, grouped as the
 * panels show them (link status, gaps, host park ranking, chain × park matrix, 2025 targets).
 */
import type { VerdictChanges } from '../model/verdict-changes';

export type Tr = (key: string, params?: Record<string, string | number>) => string;

export interface VerdictNames {
  industry: (id: string) => string;
  link: (id: string) => string;
  park: (id: string) => string;
  target: (id: string) => string;
  /** A target's value with its unit. */
  value: (target: string, v: number) => string;
  num: (n: number) => string;
}

export type VerdictGroup = keyof VerdictChanges;
export const VERDICT_GROUPS: readonly VerdictGroup[] = ['links', 'gaps', 'hosts', 'cells', 'targets'];

export function verdictLines(c: VerdictChanges, n: VerdictNames, tr: Tr): Record<VerdictGroup, string[]> {
  const v = (k: string, p?: Record<string, string | number>) => tr(`bureau.panel.verdict.${k}`, p);
  const status = (s: string) => tr(`statusLong.${s}`);
  const parks = (ids: string[]) => (ids.length === 0 ? v('none') : ids.map(n.park).join(v('list')));
  const chain = (x: { industry: string; link: string }) => ({
    industry: n.industry(x.industry),
    link: n.link(x.link),
  });
  const target = (id: string, s: { status: string; value: number | null }) => {
    const word = tr(`bureau.panel.targetStatus.${s.status}`);
    return s.value === null ? word : v('targetValue', { status: word, value: n.value(id, s.value) });
  };
  return {
    links: c.links.map((x) => v('link', { ...chain(x), from: status(x.from), to: status(x.to) })),
    gaps: c.gaps.map((x) =>
      x.change === 'entered'
        ? v('gapEntered', { ...chain(x), to: n.num(x.to ?? 0) })
        : x.change === 'left'
          ? v('gapLeft', chain(x))
          : v('gapPriority', { ...chain(x), from: n.num(x.from ?? 0), to: n.num(x.to ?? 0) }),
    ),
    hosts: c.hosts.map((x) => v('hosts', { ...chain(x), from: parks(x.from), to: parks(x.to) })),
    cells: c.cells.map((x) =>
      v('cell', { park: n.park(x.park), link: n.link(x.link), from: status(x.from), to: status(x.to) }),
    ),
    targets: c.targets.map((x) =>
      v('target', {
        scope: x.scope.kind === 'prefecture' ? v('prefecture') : n.park(x.scope.park),
        target: n.target(x.target),
        from: target(x.target, x.from),
        to: target(x.target, x.to),
      }),
    ),
  };
}
