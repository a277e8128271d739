/**
 * The clean URLs of the pages that exist as static HTML (pre-rendered by the build, src/prerender):
 *   <root>zh/parks/            the directory in Chinese      <root>en/parks/menghai/   a profile in English
 * Every other page (the map, monitoring) stays at the app's root with `?page=` (url-codec.ts), and the
 * `?page=parks` / `?page=park:<id>` links keep working. `<root>` is where index.html lives (the app may be
 * deployed under a sub-path); pure, so the build, the server and the app agree on one mapping.
 */
import { isLang, type Lang } from '@/i18n/lang';
import type { Page } from './app-store';

const CLEAN = /^(.*\/)(zh|en)\/parks\/(?:([a-z0-9][a-z0-9-]{0,63})\/?)?(?:index\.html)?$/;

export interface PathRoute {
  /** The app's root path, ending in `/`. */
  root: string;
  /** Set when the path is a clean page URL: its page and language. */
  page?: 'parks' | `park:${string}`;
  lang?: Lang;
}

/** A location's path as the app's root plus, for a clean URL, the page and language it names. */
export function decodePath(pathname: string): PathRoute {
  const m = CLEAN.exec(pathname);
  if (m && isLang(m[2])) {
    const root = m[1] ?? '/';
    return { root, lang: m[2], page: m[3] ? `park:${m[3]}` : 'parks' };
  }
  return { root: pathname.replace(/[^/]*$/, '') || '/' };
}

/** The clean path of a page relative to the app's root (`en/parks/menghai/`), or null: not a static page. */
export function cleanPath(page: Page, lang: Lang): string | null {
  if (page === 'parks') return `${lang}/parks/`;
  if (page.startsWith('park:')) return `${lang}/parks/${page.slice(5)}/`;
  return null;
}

/** How many `../` lead from a clean page back to the root (for its <base href>). */
export const depthOf = (relative: string): number => relative.split('/').filter((s) => s !== '').length;
