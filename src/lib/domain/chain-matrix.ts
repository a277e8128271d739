/**
 * Chain × park matrix: for each link and park, present / weak / missing from that park's own nodes.
 *   present: strength ≥ 2 (e.g. two firms, or one firm of ≥ 1亿元 or a leading firm)
 *   weak:    0 < strength < 2 (one small firm, or only projects)
 *   missing: no node (with sample data included: the demonstration set has none)
 *   unrecorded: no public record (sample data excluded) — not the same as known to be missing
 * The strength is the same node weight as the chain status (chain-status.ts).
 */
import { type RecordEvidence, recordEvidence } from '@/lib/domain/evidence';
import { type ChainNodeLike, strengthOf } from '@/lib/domain/chain-status';

export type CellStatus = 'present' | 'weak' | 'missing' | 'unrecorded';
export const CELL_PRESENT_FROM = 2;

export interface Cell<N extends ChainNodeLike = ChainNodeLike> {
  link: string;
  park: string;
  status: CellStatus;
  strength: number;
  nodes: N[];
  evidence: RecordEvidence;
}

export function cellStatus(strength: number, publicOnly = false): CellStatus {
  if (strength <= 0) return publicOnly ? 'unrecorded' : 'missing';
  return strength < CELL_PRESENT_FROM ? 'weak' : 'present';
}

export function chainMatrix<N extends ChainNodeLike>(
  linkIds: string[],
  parkIds: string[],
  nodes: N[],
  { publicOnly = false }: { publicOnly?: boolean } = {},
): Cell<N>[][] {
  return linkIds.map((link) =>
    parkIds.map((park) => {
      const own = nodes.filter((n) => n.link === link && n.park === park);
      const strength = strengthOf(own);
      return {
        link,
        park,
        status: cellStatus(strength, publicOnly),
        strength,
        nodes: own,
        evidence: recordEvidence(own),
      };
    }),
  );
}
