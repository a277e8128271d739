/**
 * What a verdict rests on. Every computed verdict (a chain-link status, a matrix cell, a gap, the 5亿
 * rule, a host-score factor, a routing rule) carries the evidence it was computed from, so the UI can
 * say "3 条记录 · 2 示例" next to it and list the records.
 *
 * With sample data excluded (the 含示例数据 switch off) verdicts are recomputed from `official` and
 * `public` records only; `estimate` and `sample` records are left out.
 */
import type { Provenance } from '@/lib/schemas/vocab';

export interface EvidenceRecord {
  id: string;
  provenance: Provenance;
}

/** The records behind a verdict: how many, and how many of them are sample. */
export interface RecordEvidence {
  kind: 'records';
  ids: string[];
  total: number;
  sample: number;
}

/** A single figure behind a verdict (available land, a distance, the plan's own words). */
export interface FigureEvidence {
  kind: 'figure';
  provenance: Provenance;
  /** Absent when the figure is unknown (no public figure, sample excluded). */
  known: boolean;
}

export type Evidence = RecordEvidence | FigureEvidence;

export const isPublicProvenance = (p: Provenance): boolean => p === 'official' || p === 'public';

/** The records a verdict may use: all of them, or only official and public ones. */
export function evidenceBase<T extends EvidenceRecord>(records: readonly T[], includeSample: boolean): T[] {
  return includeSample ? [...records] : records.filter((r) => isPublicProvenance(r.provenance));
}

export function recordEvidence(records: readonly EvidenceRecord[]): RecordEvidence {
  return {
    kind: 'records',
    ids: records.map((r) => r.id),
    total: records.length,
    sample: records.filter((r) => r.provenance === 'sample').length,
  };
}

export const figureEvidence = (provenance: Provenance, known = true): FigureEvidence => ({
  kind: 'figure',
  provenance,
  known,
});

/** Whether a verdict rests (in part) on sample data. */
export const restsOnSample = (e: Evidence): boolean =>
  e.kind === 'records' ? e.sample > 0 : e.known && e.provenance === 'sample';

/** A figure the switch lets through: sample figures are dropped when sample data is excluded. */
export function usableFigure<V>(
  value: V | undefined,
  provenance: Provenance | undefined,
  includeSample: boolean,
): { value: V | undefined; evidence: FigureEvidence } {
  const p = provenance ?? 'estimate';
  const known = value !== undefined && (includeSample || isPublicProvenance(p) || p === 'estimate');
  return { value: known ? value : undefined, evidence: figureEvidence(p, known) };
}
