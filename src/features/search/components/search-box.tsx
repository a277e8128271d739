import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withBureauNodes } from '@/lib/data/bureau-search';
import { bureauQueryOptions } from '@/lib/data/use-geo-data';
import { useBuiltFile } from '@/lib/data/use-built-file';
import type { SearchEntry } from '@/lib/schemas/search-index';
import { loadFallbackFont } from '@/lib/fallback-font';
import { useAppStore } from '@/store/app-store';
import { searchAll } from '../model/search';
import { AllResults } from './all-results';
import { ResultRow } from './result-row';
import '../search.css';

/** Results in the list under the box; the rest through "see all". */
const SHOWN = 8;

/** What choosing a result does: a park or a firm flies the map and opens its profile. */
export function choose(e: SearchEntry): void {
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
 * The search box: a WAI-ARIA combobox with a list of results (list autocomplete, no option chosen until
 * ↓: ↑ ↓ move, Enter opens the active result or else the first, Esc closes the list and a second Esc
 * clears). A polite status says how many results there are; the last option opens every result in a
 * dialog. The index is built with the data (names, aliases, pinyin, initials) and fetched on first focus.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  /** -1: no option active (Enter opens the first). */
  const [active, setActive] = useState(-1);
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  /** The list closes a moment after the box loses focus (a click on an option lands first); coming back
   *  to the box or typing in it before then keeps it open. */
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keepOpen = () => clearTimeout(closing.current);
  useEffect(() => () => clearTimeout(closing.current), []);
  const listId = useId();
  const index = useBuiltFile('search', { enabled: touched });
  // The bureau's ledger, while applied, is what the search finds (its records added, removed ones gone).
  const bureau = useQuery({ ...bureauQueryOptions(), enabled: touched }).data?.record;
  const entries = useMemo(
    () => (index.data ? withBureauNodes(index.data, bureau) : null),
    [index.data, bureau],
  );
  // The box echoes each key at once; the results follow (a bureau's ledger of 20,000 firms takes a while).
  const deferredQ = useDeferredValue(q);
  const matches = useMemo(() => (entries ? searchAll(entries, deferredQ) : []), [entries, deferredQ]);
  const results = matches.slice(0, SHOWN);
  const more = matches.length > results.length;
  /** The options: the results, then "see all" when there are more. */
  const optionCount = results.length + (more ? 1 : 0);
  const show = open && q.trim() !== '' && entries !== null;
  const optionId = (i: number) => `${listId}-${i}`;
  // The active option stays in view when the list scrolls (a phone shows fewer rows).
  useEffect(
    function activeInView() {
      if (show && active >= 0)
        document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
    },
    [show, active, listId],
  );
  const pick = (e: SearchEntry | undefined) => {
    if (!e) return;
    choose(e);
    setOpen(false);
    setActive(-1);
  };
  const openAll = () => {
    setOpen(false);
    setAll(true);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      if (!show) setOpen(true);
      else setActive((a) => (optionCount ? (a + 1) % optionCount : -1));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      if (show) setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
      e.preventDefault();
    } else if (e.key === 'Enter') {
      if (!show) return;
      if (more && active === results.length) openAll();
      // Enter right after a key: the results of what is typed, not of the query before.
      else if (deferredQ !== q) pick(entries ? searchAll(entries, q)[0] : undefined);
      else pick(results[Math.max(active, 0)]);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      // Handled only when there is something to close or clear; else Esc goes on (it closes the details).
      if (!show && !q) return;
      if (show) setOpen(false);
      else setQ('');
      setActive(-1);
      e.preventDefault();
    }
  };
  const count = matches.length === 1 ? t('searchBox.countOne') : t('searchBox.count', { n: matches.length });
  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('searchBox.label')}
        placeholder={t('searchBox.placeholder')}
        aria-expanded={show}
        aria-controls={show ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={show && active >= 0 && active < optionCount ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        value={q}
        data-testid="search"
        onFocus={() => {
          keepOpen();
          setTouched(true);
          loadFallbackFont();
        }}
        onChange={(e) => {
          keepOpen();
          setQ(e.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onBlur={() => {
          keepOpen();
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
      />
      {/* Always on the page, so that a change is announced: the count while the list is open. */}
      <div className="sr-only" role="status" aria-live="polite" data-testid="search-count">
        {show && matches.length ? (
          <>
            <span>{count}</span> <span>{t('searchBox.keys')}</span>
          </>
        ) : null}
        {show && !matches.length ? t('searchBox.none') : null}
      </div>
      {show ? (
        <div className="search-popup" data-testid="search-results">
          {matches.length === 0 ? <p className="muted none">{t('searchBox.none')}</p> : null}
          {matches.length > 0 ? (
            <div
              id={listId}
              role="listbox"
              className="search-results"
              aria-label={t('searchBox.label')}
              aria-busy={deferredQ !== q || undefined}
            >
              {results.map((r, i) => (
                <ResultRow
                  key={`${r.kind}:${r.id}`}
                  entry={r}
                  id={optionId(i)}
                  active={i === active}
                  onPick={() => pick(r)}
                  onHover={() => setActive(i)}
                />
              ))}
              {more ? (
                <div
                  id={optionId(results.length)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={active === results.length}
                  className={`search-all${active === results.length ? ' active' : ''}`}
                  data-testid="search-see-all"
                  onMouseDown={(e) => {
                    e.preventDefault();
                    openAll();
                  }}
                  onMouseEnter={() => setActive(results.length)}
                >
                  {t('searchBox.seeAll', { n: matches.length })}
                </div>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {all ? (
        <AllResults
          query={q}
          results={matches}
          onPick={(e) => {
            setAll(false);
            pick(e);
          }}
          onClose={() => {
            setAll(false);
            input.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
