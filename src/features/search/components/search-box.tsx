import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withBureauNodes } from '@/lib/data/bureau-search';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { useBuiltFile } from '@/lib/data/use-built-file';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { nameIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import { search } from '../model/search';
import { loadFallbackFont } from '@/lib/fallback-font';
import '../search.css';

/** What choosing a result does: a park or a firm flies the map and opens its profile. */
function choose(e: SearchEntry): void {
  const s = useAppStore.getState();
  // Off the map (directory, park pages) a park opens its page; anything else goes back to the map.
  if (s.page !== 'map' && e.kind === 'park') {
    s.navigate(`park:${e.id}`);
    return;
  }
  if (s.page !== 'map') s.navigate('map');
  if (e.kind === 'park' || e.kind === 'node' || e.kind === 'place')
    s.selectAndFocus({ kind: e.kind, id: e.id });
  else if (e.kind === 'industry') s.focusIndustry(e.id);
  else if (e.kind === 'link' && e.industry) {
    s.focusIndustry(e.industry);
    s.setLink(e.id);
    s.setPanel('chain');
  }
}

/**
 * A searchbox with a list of results (↑ ↓ to move, Enter to open, Esc to clear). The index is built
 * with the data (names + pinyin + initials) and fetched on first focus.
 */
export function SearchBox() {
  const { t } = useTranslation();
  /** A town reads as a town and a customs site as one, not as 园区 / 企业. */
  const resultKind = (r: SearchEntry): string => {
    if (r.kind === 'park' && (r.sub === 'park' || r.sub === 'subzone' || r.sub === 'town'))
      return t(`parkKinds.${r.sub}`);
    if (r.kind === 'node' && (r.sub === 'institute' || r.sub === 'customs')) return t(`nodeKinds.${r.sub}`);
    return t(`searchBox.kinds.${r.kind}`);
  };
  const lang = useAppStore((s) => s.lang);
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const index = useBuiltFile('search', { enabled: touched });
  // The bureau's ledger, while applied, is what the search finds (its records added, removed ones gone).
  const bureau = useQuery({ ...bureauQueryOptions(), enabled: touched }).data?.record;
  const entries = useMemo(
    () => (index.data ? withBureauNodes(index.data, bureau) : null),
    [index.data, bureau],
  );
  const results = useMemo(() => (entries ? search(entries, q) : []), [entries, q]);
  const show = open && q.trim() !== '';
  const pick = (e: SearchEntry | undefined) => {
    if (!e) return;
    choose(e);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, results.length - 1)));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((a) => Math.max(a - 1, 0));
      e.preventDefault();
    } else if (e.key === 'Enter') {
      pick(results[active]);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      if (show) setOpen(false);
      else setQ('');
    }
  };
  return (
    <div className="search">
      <input
        type="search"
        aria-label={t('searchBox.label')}
        placeholder={t('searchBox.placeholder')}
        aria-controls={show ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={show && results[active] ? `${listId}-${active}` : undefined}
        value={q}
        data-testid="search"
        onFocus={() => {
          setTouched(true);
          loadFallbackFont();
        }}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {show ? (
        <div
          id={listId}
          role="listbox"
          className="search-results"
          aria-label={t('searchBox.count', { n: results.length })}
          data-testid="search-results"
        >
          {results.length === 0 ? <p className="muted none">{t('searchBox.none')}</p> : null}
          {results.map((r, i) => (
            <div
              key={`${r.kind}:${r.id}`}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
            >
              <span className="result-name">{nameIn(lang, r)}</span>
              <span className="result-kind">{resultKind(r)}</span>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
