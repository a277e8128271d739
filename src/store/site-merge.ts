/**
 * Two tabs share one store of sites. When another tab has written it, this tab's list is merged with
 * theirs against the list both started from (`base`, what this tab last read or wrote there):
 * - no change here since base: adopt theirs as it is (their additions, edits and deletions);
 * - changes here: keep the union by site id. This tab's additions and edits win; a site deleted on one
 *   side stays deleted only where the other side left it as it was (an edit is never thrown away).
 */
import type { Site } from './site-storage';

export function sameSite(a: Site, b: Site): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.created === b.created &&
    JSON.stringify(a.geometry.coordinates) === JSON.stringify(b.geometry.coordinates)
  );
}

export function sameSites(a: Site[], b: Site[]): boolean {
  return (
    a.length === b.length &&
    a.every((s, i) => {
      const t = b[i];
      return t !== undefined && sameSite(s, t);
    })
  );
}

export interface MergeResult {
  sites: Site[];
  /** This tab had changes the other tab did not have: the result differs from theirs. */
  keptLocal: boolean;
}

export function mergeSites(base: Site[], mine: Site[], theirs: Site[]): MergeResult {
  if (sameSites(base, mine)) return { sites: theirs, keptLocal: false };
  const baseById = new Map(base.map((s) => [s.id, s]));
  const mineById = new Map(mine.map((s) => [s.id, s]));
  const theirIds = new Set(theirs.map((s) => s.id));
  /** Added or edited in this tab since base. */
  const changedHere = (s: Site) => {
    const b = baseById.get(s.id);
    return !b || !sameSite(b, s);
  };
  const out: Site[] = [];
  for (const t of theirs) {
    const m = mineById.get(t.id);
    const b = baseById.get(t.id);
    if (m) out.push(changedHere(m) ? m : t);
    // Deleted here: gone, unless the other tab edited it (or added it again).
    else if (!b || !sameSite(b, t)) out.push(t);
  }
  // This tab's sites the other tab does not have: new here, or deleted there (kept only if edited here).
  for (const m of mine) if (!theirIds.has(m.id) && changedHere(m)) out.push(m);
  return { sites: out, keptLocal: !sameSites(out, theirs) };
}
