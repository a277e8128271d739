import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '@/i18n/lang';
import type { Evidence } from '@/lib/domain/evidence';
import type { Provenance } from '@/lib/schemas/vocab';
import { useAppStore } from '@/store/app-store';
import './evidence-tag.css';

export interface EvidenceItem {
  id: string;
  name_zh: string;
  name_en: string;
  provenance: Provenance;
}

interface Props {
  evidence: Evidence;
  /** Looks a record up by id, to list it (records evidence only). */
  lookup?: (id: string) => EvidenceItem | undefined;
}

/** The text of an evidence tag: "3 条记录 · 2 示例" / "3 records · 2 sample", or a figure's provenance. */
export function useEvidenceText(): (e: Evidence) => string {
  const { t } = useTranslation();
  return (e) => {
    if (e.kind === 'figure')
      return e.known ? t('evidence.figure', { p: t(`provenance.${e.provenance}`) }) : t('evidence.unknown');
    if (e.total === 0) return t('evidence.noRecords');
    const n = t('evidence.records', { count: e.total });
    return e.sample > 0 ? `${n} · ${t('evidence.sample', { n: e.sample })}` : n;
  };
}

/** The same, short enough for a chain box: "3条·2示例" / "3 rec. · 2 sample". */
export function useShortEvidenceText(): (e: Evidence) => string {
  const { t } = useTranslation();
  const long = useEvidenceText();
  return (e) => {
    if (e.kind === 'figure' || e.total === 0) return long(e);
    return e.sample > 0
      ? t('evidence.shortSample', { total: e.total, sample: e.sample })
      : t('evidence.short', { total: e.total });
  };
}

/**
 * What a verdict rests on, next to the verdict: how many records and how many are sample, with the
 * records one click away (each opens on the map); or the provenance of the one figure it uses.
 */
export function EvidenceTag({ evidence, lookup }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selectAndFocus = useAppStore((s) => s.selectAndFocus);
  const text = useEvidenceText()(evidence);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const sample =
    evidence.kind === 'records' ? evidence.sample > 0 : evidence.known && evidence.provenance === 'sample';
  const cls = `evidence${sample ? ' evidence-sample' : ''}${
    evidence.kind === 'figure' && !evidence.known ? ' evidence-unknown' : ''
  }`;
  if (evidence.kind === 'figure' || evidence.total === 0 || !lookup)
    return (
      <span className={cls} data-testid="evidence">
        {text}
      </span>
    );
  return (
    <span className="evidence-wrap">
      <button
        type="button"
        className={`${cls} linkish`}
        aria-expanded={open}
        aria-controls={listId}
        title={t('evidence.show')}
        data-testid="evidence"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
      >
        {text}
      </button>
      {open ? (
        <ul className="evidence-list" id={listId} aria-label={t('evidence.title')}>
          {evidence.ids.map((id) => {
            const r = lookup(id);
            return (
              <li key={id}>
                <button
                  type="button"
                  className="linkish"
                  onClick={() => selectAndFocus({ kind: 'node', id })}
                >
                  {r ? nameIn(lang, r) : id}
                </button>{' '}
                {r ? (
                  <span className={`prov-tag prov-${r.provenance}`}>{t(`provenance.${r.provenance}`)}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </span>
  );
}
