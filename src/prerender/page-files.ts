/**
 * The built files a directory or profile page reads before it shows: the server renders with them
 * (entry.tsx) and the browser fetches them before hydrating a pre-rendered page (main.tsx), so both
 * render the same thing.
 */
// `cells`: useGeoData waits for the node counts too (a page rendered without them would be the loading one).
export const PAGE_FILES = ['catalog', 'nodes', 'places', 'cells', 'counties'] as const;
