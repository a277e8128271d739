/**
 * A briefing saved as a small file to open later, offline: what it is about (ids), the title and
 * notes, its language and whether it includes sample data. Reading never throws: a file that is not
 * a briefing is refused with a reason; a field of the wrong form is dropped and said. Whether the ids
 * still name something is checked when the steps are built (briefing-steps.ts).
 */
import { isLang, type Lang } from '@/i18n/lang';
import type { Message } from '@/i18n/message';
import type { BriefSpec } from './briefing-steps';

export const BRIEFING_TYPE = 'xsbn-briefing';
export const BRIEFING_VERSION = 1;
const MAX_BYTES = 64 * 1024;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface BriefingFile extends BriefSpec {
  type: typeof BRIEFING_TYPE;
  version: typeof BRIEFING_VERSION;
  lang: Lang;
  includeSample: boolean;
  /** When it was saved, YYYY-MM-DD. */
  saved: string;
}

export function briefingFile(
  spec: BriefSpec,
  lang: Lang,
  includeSample: boolean,
  saved: string,
): BriefingFile {
  return { type: BRIEFING_TYPE, version: BRIEFING_VERSION, ...spec, lang, includeSample, saved };
}

export const briefingFileName = (spec: BriefSpec, saved: string): string =>
  `briefing-${[spec.industry, spec.link, spec.park].filter(Boolean).join('-') || 'layout'}-${saved}.json`;

export type ReadBriefing =
  | { ok: true; spec: BriefSpec; lang: Lang | null; includeSample: boolean | null; warnings: Message[] }
  | { ok: false; error: Message };

export function readBriefingFile(text: string, file: string): ReadBriefing {
  if (text.length > MAX_BYTES)
    return {
      ok: false,
      error: { key: 'briefing.file.tooBig', params: { file, kb: Math.round(text.length / 1024) } },
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'briefing.file.notJson', params: { file } } };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { type?: unknown }).type !== BRIEFING_TYPE)
    return { ok: false, error: { key: 'briefing.file.notBriefing', params: { file } } };
  const r = raw as Record<string, unknown>;
  if (r.version !== BRIEFING_VERSION)
    return {
      ok: false,
      error: { key: 'briefing.file.version', params: { file, v: String(r.version).slice(0, 10) } },
    };
  const warnings: Message[] = [];
  const field = (name: string) =>
    warnings.push({ key: 'briefing.file.field', params: { file, field: name } });
  const dropped = (name: string): null => {
    field(name);
    return null;
  };
  const id = (name: 'industry' | 'link' | 'park'): string | null => {
    const v = r[name];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'string' && ID.test(v)) return v;
    field(name);
    return null;
  };
  const text_ = (name: 'title' | 'notes', max: number): string => {
    const v = r[name];
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v.slice(0, max);
    field(name);
    return '';
  };
  const spec = {
    industry: id('industry'),
    link: id('link'),
    park: id('park'),
    title: text_('title', 120),
    notes: text_('notes', 1000),
  };
  const lang = r.lang === undefined ? null : isLang(r.lang) ? r.lang : dropped('lang');
  const includeSample =
    r.includeSample === undefined
      ? null
      : typeof r.includeSample === 'boolean'
        ? r.includeSample
        : dropped('includeSample');
  return {
    ok: true,
    spec,
    lang,
    includeSample,
    warnings,
  };
}
