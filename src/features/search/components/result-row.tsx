import { useTranslation } from 'react-i18next';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { nameIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import { resultTag } from '../model/result-tag';

/** A result's name, its type as a tag, and where it is (a park's county or parent, a firm's park). */
export function ResultBody({ entry }: { entry: SearchEntry }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const ctx = lang === 'en' ? entry.ctx_en : entry.ctx_zh;
  return (
    <>
      <span className="result-main">
        <span className="result-name">{nameIn(lang, entry)}</span>
        {ctx ? <span className="result-ctx">{ctx}</span> : null}
      </span>
      <span className="result-tag" data-testid="result-tag">
        {t(`searchBox.tags.${resultTag(entry)}`)}
      </span>
    </>
  );
}

/** One option of the list under the search box. */
export function ResultRow(props: {
  entry: SearchEntry;
  id: string;
  active: boolean;
  onPick: () => void;
  onHover: () => void;
}) {
  return (
    <div
      id={props.id}
      role="option"
      tabIndex={-1}
      aria-selected={props.active}
      className={`search-option${props.active ? ' active' : ''}`}
      onMouseDown={(e) => {
        // Keep the focus in the box; the click picks.
        e.preventDefault();
        props.onPick();
      }}
      onMouseEnter={props.onHover}
    >
      <ResultBody entry={props.entry} />
    </div>
  );
}
