/** The image's title: the view in words (the industries, the link and the selected park, by name). */
export function viewTitle(p: {
  appTitle: string;
  industries: string[];
  link?: string;
  park?: string;
  separator: string;
}): string {
  const parts = [p.industries.join(p.separator), p.link, p.park].filter((x): x is string => !!x);
  return parts.length ? `${p.appTitle} · ${parts.join(' · ')}` : p.appTitle;
}
