import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { ResultBody } from './result-row';

/**
 * Every result of a query in a native modal dialog: one button a row (Tab and Enter, or a tap), Esc or ×
 * closes it and the focus goes back to the search box (onClose).
 */
export function AllResults(props: {
  query: string;
  results: SearchEntry[];
  onPick: (e: SearchEntry) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  useEffect(function openOnMount() {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-labelledby={`${ids}-h`}
      data-testid="search-all"
      onClose={props.onClose}
    >
      <div className="search-dialog-head">
        <h2 id={`${ids}-h`}>{t('searchBox.allTitle', { q: props.query.trim(), n: props.results.length })}</h2>
        <button type="button" className="search-dialog-close" onClick={() => dialog.current?.close()}>
          <span aria-hidden="true">×</span>
          <span className="sr-only">{t('searchBox.close')}</span>
        </button>
      </div>
      <ul className="search-dialog-list">
        {props.results.map((r) => (
          <li key={`${r.kind}:${r.id}`}>
            <button type="button" className="search-option" onClick={() => props.onPick(r)}>
              <ResultBody entry={r} />
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
