/**
 * Checks the view decoded from a URL against the loaded data: ids that name nothing (a record a later
 * data build removed, a typo in a shared link) are dropped and reported, never an error page.
 */
import type { ViewState } from './app-store';

export interface KnownIds {
  industries: Set<string>;
  links: Map<string, string>;
  parks: Set<string>;
  nodes: Set<string>;
  places: Set<string>;
}

export function reconcileView(
  v: ViewState,
  known: KnownIds,
): { patch: Partial<ViewState>; ignored: string[] } {
  const patch: Partial<ViewState> = {};
  const ignored: string[] = [];
  const badInd = v.industries.filter((i) => !known.industries.has(i));
  if (badInd.length > 0) {
    patch.industries = v.industries.filter((i) => known.industries.has(i));
    ignored.push(...badInd.map((i) => `ind=${i}`));
  }
  if (v.link !== null) {
    const ind = known.links.get(v.link);
    const industries = patch.industries ?? v.industries;
    if (ind === undefined || (industries.length > 0 && !industries.includes(ind))) {
      patch.link = null;
      ignored.push(`link=${v.link}`);
    }
  }
  if (v.project) {
    const ind = v.project.link ? known.links.get(v.project.link) : v.project.industry;
    if (!known.industries.has(v.project.industry) || ind !== v.project.industry) {
      patch.project = null;
      ignored.push(`proj=${v.project.industry}${v.project.link ? `~${v.project.link}` : ''}`);
    }
  }
  const s = v.selection;
  if (s) {
    const set = s.kind === 'park' ? known.parks : s.kind === 'node' ? known.nodes : known.places;
    if (!set.has(s.id)) {
      patch.selection = null;
      ignored.push(`sel=${s.kind}:${s.id}`);
    }
  }
  return { patch, ignored };
}
