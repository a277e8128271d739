/**
 * Cross-reference checks shared by the data build (data/scripts/lib/checks.ts) and the bureau's in-browser
 * import, so both say the same thing in the same words: a node's industry, chain link and park, a
 * park-stats row's park, and duplicate ids / park-years.
 */
import { PREFECTURE } from './columns';

/** The ids a record may refer to. */
export interface KnownIds {
  industries: ReadonlySet<string>;
  /** Chain link id → the industry it belongs to. */
  linkIndustry: ReadonlyMap<string, string>;
  parks: ReadonlySet<string>;
}

/** One problem with one field of a record. */
export interface FieldProblem {
  field: string;
  message: string;
}

const list = (ids: Iterable<string>) => [...ids].join(', ');

export function nodeReferenceProblems(
  n: { industry: string; link: string; park: string },
  known: KnownIds,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!known.industries.has(n.industry)) {
    out.push({
      field: 'industry',
      message: `unknown industry "${n.industry}" (known: ${list(known.industries)})`,
    });
  }
  const li = known.linkIndustry.get(n.link);
  if (li === undefined) {
    out.push({ field: 'link', message: `unknown chain link "${n.link}" (see chains.yaml)` });
  } else if (li !== n.industry) {
    out.push({ field: 'link', message: `chain link "${n.link}" belongs to ${li}, not ${n.industry}` });
  }
  if (!known.parks.has(n.park)) {
    out.push({ field: 'park', message: `unknown park "${n.park}" (known: ${list(known.parks)})` });
  }
  return out;
}

/** A park-stats row names a known park, or `prefecture` for the prefecture's own totals. */
export function statReferenceProblems(s: { park: string }, known: KnownIds): FieldProblem[] {
  if (s.park === PREFECTURE || known.parks.has(s.park)) return [];
  return [
    {
      field: 'park',
      message: `unknown park "${s.park}" (known: ${list(known.parks)}, or ${PREFECTURE} for the prefecture's totals)`,
    },
  ];
}

export function duplicateIdMessage(id: string, firstLabel: string): string {
  return `duplicate id "${id}" (first at ${firstLabel})`;
}

export function duplicateStatMessage(park: string, year: number, firstLabel: string): string {
  return `duplicate park and year "${park}" ${year} (first at ${firstLabel})`;
}
