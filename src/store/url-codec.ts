/**
 * The view in the URL's query string: ?lang=en&sel=park:gasa&hide=wings,ports.
 * The camera is not here: MapLibre keeps it in the hash (#map=zoom/lat/lon).
 * Decoding never throws: unknown or malformed values fall back to defaults and are reported.
 */
import { isLang, type Lang } from '@/i18n/lang';
import { GROUPS, type LayerGroup } from '@/map/ids';
import type { Selection } from './app-store';

export interface UrlView {
  lang: Lang;
  selection: Selection | null;
  hidden: LayerGroup[];
}

export interface Decoded {
  view: UrlView;
  /** Parameters that were present but ignored, with why. */
  ignored: string[];
}

const KINDS = ['park', 'node', 'place'] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_PARAM = 512;

export function decodeView(
  search: string,
  knownIds?: (kind: Selection['kind'], id: string) => boolean,
): Decoded {
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.length > 4096 ? '' : search);
    if (search.length > 4096) ignored.push('query string too long');
  } catch {
    return { view: { lang: 'zh', selection: null, hidden: [] }, ignored: ['query string unreadable'] };
  }
  const view: UrlView = { lang: 'zh', selection: null, hidden: [] };

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) view.lang = lang;
    else ignored.push(`lang=${lang.slice(0, 20)}`);
  }

  const sel = params.get('sel');
  if (sel !== null) {
    const [kind, id, ...rest] = sel.slice(0, MAX_PARAM).split(':');
    const okKind = (KINDS as readonly string[]).includes(kind ?? '');
    if (
      okKind &&
      id &&
      ID.test(id) &&
      rest.length === 0 &&
      (!knownIds || knownIds(kind as Selection['kind'], id))
    ) {
      view.selection = { kind: kind as Selection['kind'], id };
    } else ignored.push(`sel=${sel.slice(0, 40)}`);
  }

  const hide = params.get('hide');
  if (hide !== null && hide !== '') {
    for (const g of hide.slice(0, MAX_PARAM).split(',')) {
      if ((GROUPS as readonly string[]).includes(g)) {
        if (!view.hidden.includes(g as LayerGroup)) view.hidden.push(g as LayerGroup);
      } else ignored.push(`hide=${g.slice(0, 20)}`);
    }
  }
  return { view, ignored };
}

/** Encodes the view; defaults are left out so a plain URL stays plain. Other params are kept. */
export function encodeView(view: UrlView, base = ''): string {
  const params = new URLSearchParams(base);
  for (const k of ['lang', 'sel', 'hide']) params.delete(k);
  if (view.lang !== 'zh') params.set('lang', view.lang);
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.hidden.length > 0) params.set('hide', GROUPS.filter((g) => view.hidden.includes(g)).join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}
