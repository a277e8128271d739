/**
 * The view in the URL's query string, e.g.
 *   ?lang=en&ind=rubber&stage=downstream&link=rubber-medical&q=glove&panel=gaps&w=3.2.2.1.1.1.2
 *    &sel=park:mohan&hide=wings&sample=0
 * The camera is not here: MapLibre keeps it in the hash (#map=zoom/lat/lon).
 * Decoding never throws: unknown or malformed values fall back to defaults and are reported.
 * Ids are checked for shape here and against the data once it has loaded (reconcile.ts).
 */
import { FACTORS, MAX_WEIGHT, type Weights } from '@/lib/domain/host-score';
import { STAGE_ORDER, type Stage } from '@/lib/domain/stages';
import { POLLUTION, type Pollution, type Project } from '@/lib/domain/project';
import { isLang } from '@/i18n/lang';
import { GROUPS, type LayerGroup } from '@/lib/layer-groups';
import {
  type BriefingView,
  defaultView,
  PANELS,
  type Panel,
  type Selection,
  type ViewState,
} from './app-store';

export interface Decoded {
  view: ViewState;
  /** Parameters that were present but ignored (shortened for display). */
  ignored: string[];
}

const KINDS = ['park', 'node', 'place'] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_PARAM = 512;
const MAX_QUERY = 4096;
const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function decodeView(search: string): Decoded {
  const ignored: string[] = [];
  const view = defaultView();
  if (search.length > MAX_QUERY) return { view, ignored: ['query string too long'] };
  const params = new URLSearchParams(search);
  const get = (k: string) => {
    const v = params.get(k);
    return v === null ? null : v.slice(0, MAX_PARAM);
  };

  const page = get('page');
  if (page !== null) {
    const [kind, id, ...rest] = page.split(':');
    if (kind === 'parks' && id === undefined) view.page = 'parks';
    else if (kind === 'park' && id && ID.test(id) && rest.length === 0) view.page = `park:${id}`;
    else if (kind === 'monitor' && id === undefined) view.page = 'monitor';
    else if (kind === 'monitor' && id && ID.test(id) && rest.length === 0) view.page = `monitor:${id}`;
    else if (kind !== 'map') ignored.push(`page=${short(page)}`);
  }
  const lang = get('lang');
  if (lang !== null) {
    if (isLang(lang)) view.lang = lang;
    else ignored.push(`lang=${short(lang, 20)}`);
  }

  const sel = get('sel');
  if (sel !== null) {
    const [kind, id, ...rest] = sel.split(':');
    if ((KINDS as readonly string[]).includes(kind ?? '') && id && ID.test(id) && rest.length === 0) {
      view.selection = { kind: kind as Selection['kind'], id };
    } else ignored.push(`sel=${short(sel)}`);
  }

  const list = (k: string, ok: (v: string) => boolean, into: string[]) => {
    const raw = get(k);
    if (raw === null || raw === '') return;
    for (const v of raw.split(',')) {
      if (ok(v)) {
        if (!into.includes(v)) into.push(v);
      } else ignored.push(`${k}=${short(v, 20)}`);
    }
  };
  list('hide', (g) => (GROUPS as readonly string[]).includes(g), view.hidden);
  view.hidden = GROUPS.filter((g) => view.hidden.includes(g)) as LayerGroup[];
  list('ind', (v) => ID.test(v), view.industries);

  const stage = get('stage');
  if (stage !== null) {
    if ((STAGE_ORDER as readonly string[]).includes(stage)) view.stage = stage as Stage;
    else ignored.push(`stage=${short(stage, 20)}`);
  }
  const link = get('link');
  if (link !== null) {
    if (ID.test(link)) view.link = link;
    else ignored.push(`link=${short(link)}`);
  }
  const q = params.get('q');
  if (q !== null) view.q = q.slice(0, 100);
  const panel = get('panel');
  if (panel !== null) {
    if ((PANELS as readonly string[]).includes(panel)) view.panel = panel as Panel;
    else ignored.push(`panel=${short(panel, 20)}`);
  }
  const w = get('w');
  if (w !== null) {
    const parts = w.split('.');
    const nums = parts.map(Number);
    if (
      parts.length === FACTORS.length &&
      nums.every((n) => Number.isInteger(n) && n >= 0 && n <= MAX_WEIGHT)
    ) {
      view.weights = Object.fromEntries(FACTORS.map((f, i) => [f, nums[i]])) as Weights;
    } else ignored.push(`w=${short(w, 20)}`);
  }
  const sample = get('sample');
  if (sample !== null) {
    if (sample === '0' || sample === '1') view.includeSample = sample === '1';
    else ignored.push(`sample=${short(sample, 20)}`);
  }
  const proj = get('proj');
  if (proj !== null) {
    const p = decodeProject(proj);
    if (p) view.project = p;
    else ignored.push(`proj=${short(proj)}`);
  }
  const brief = get('brief');
  if (brief !== null) {
    const b = decodeBriefing(brief, get('bstep'), params.get('btitle'), params.get('bnotes'));
    if (b) view.briefing = b;
    else ignored.push(`brief=${short(brief)}`);
  }
  return { view, ignored };
}

export const MAX_BRIEF_TITLE = 120;
export const MAX_BRIEF_NOTES = 1000;

/** brief=industry~link~park (each may be empty), bstep=1-based step, btitle, bnotes: free text. */
export function decodeBriefing(
  brief: string,
  step: string | null,
  title: string | null,
  notes: string | null,
): BriefingView | null {
  const [industry, link, park, ...rest] = brief.split('~');
  const id = (v: string | undefined) => (v === undefined || v === '' ? null : ID.test(v) ? v : undefined);
  const [i, l, p] = [id(industry), id(link), id(park)];
  if (rest.length > 0 || i === undefined || l === undefined || p === undefined) return null;
  const n = step !== null && /^\d{1,2}$/.test(step) ? Math.max(0, Number(step) - 1) : 0;
  return {
    industry: i,
    link: l,
    park: p,
    title: (title ?? '').slice(0, MAX_BRIEF_TITLE),
    notes: (notes ?? '').slice(0, MAX_BRIEF_NOTES),
    step: n,
  };
}

/** proj=industry~link~land亩~invest万元~revenue万元~needs(r,p,c)~pollution~overcapacity(0/1) */
export function encodeProject(p: Project): string {
  const needs = `${p.needsRail ? 'r' : ''}${p.needsPort ? 'p' : ''}${p.needsCold ? 'c' : ''}`;
  return [
    p.industry,
    p.link ?? '',
    p.landMu,
    p.investWan,
    p.revenueWan,
    needs,
    p.pollution,
    p.overCapacity ? 1 : 0,
  ].join('~');
}

export function decodeProject(s: string): Project | null {
  const [industry, link, land, invest, revenue, needs, pollution, over, ...rest] = s.split('~');
  const num = (v: string | undefined) =>
    v !== undefined && /^\d{1,9}(\.\d{1,4})?$/.test(v) ? Number(v) : null;
  const [l, i, r] = [num(land), num(invest), num(revenue)];
  if (
    rest.length > 0 ||
    !industry ||
    !ID.test(industry) ||
    (link && !ID.test(link)) ||
    l === null ||
    i === null ||
    r === null
  )
    return null;
  if (
    !/^r?p?c?$/.test(needs ?? '') ||
    !(POLLUTION as readonly string[]).includes(pollution ?? '') ||
    (over !== '0' && over !== '1')
  )
    return null;
  return {
    industry,
    link: link || null,
    landMu: l,
    investWan: i,
    revenueWan: r,
    needsRail: needs?.includes('r') ?? false,
    needsPort: needs?.includes('p') ?? false,
    needsCold: needs?.includes('c') ?? false,
    pollution: pollution as Pollution,
    overCapacity: over === '1',
  };
}

/** Encodes the view; defaults are left out so a plain URL stays plain. Other params are kept. */
export function encodeView(view: ViewState, base = ''): string {
  const d = defaultView();
  const params = new URLSearchParams(base);
  for (const k of [
    'page',
    'lang',
    'sel',
    'hide',
    'ind',
    'stage',
    'link',
    'q',
    'panel',
    'w',
    'proj',
    'sample',
    'brief',
    'bstep',
    'btitle',
    'bnotes',
  ])
    params.delete(k);
  if (view.page !== d.page) params.set('page', view.page);
  if (view.lang !== d.lang) params.set('lang', view.lang);
  if (view.industries.length > 0) params.set('ind', view.industries.join(','));
  if (view.stage) params.set('stage', view.stage);
  if (view.link) params.set('link', view.link);
  if (view.q.trim() !== '') params.set('q', view.q);
  if (view.panel !== d.panel) params.set('panel', view.panel);
  const w = FACTORS.map((f) => view.weights[f]).join('.');
  if (w !== FACTORS.map((f) => d.weights[f]).join('.')) params.set('w', w);
  if (view.selection) params.set('sel', `${view.selection.kind}:${view.selection.id}`);
  if (view.project) params.set('proj', encodeProject(view.project));
  if (view.includeSample !== d.includeSample) params.set('sample', view.includeSample ? '1' : '0');
  if (view.briefing) {
    const b = view.briefing;
    params.set('brief', [b.industry ?? '', b.link ?? '', b.park ?? ''].join('~'));
    params.set('bstep', String(b.step + 1));
    if (b.title.trim() !== '') params.set('btitle', b.title);
    if (b.notes.trim() !== '') params.set('bnotes', b.notes);
  }
  if (view.hidden.length > 0) params.set('hide', GROUPS.filter((g) => view.hidden.includes(g)).join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const pickView = (s: ViewState): ViewState => ({
  page: s.page,
  lang: s.lang,
  selection: s.selection,
  hidden: s.hidden,
  industries: s.industries,
  stage: s.stage,
  link: s.link,
  q: s.q,
  panel: s.panel,
  weights: s.weights,
  project: s.project,
  includeSample: s.includeSample,
  briefing: s.briefing,
});
