import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { BuiltPark } from '@/lib/schemas/catalog';
import { type Selection, useAppStore } from '@/store/app-store';
import { NodeDetails } from './node-details';
import { ParkDetails } from './park-details';
import { PlaceDetails } from './place-details';
import './details.css';

/** An element focus can go back to: still in the page and shown. */
const focusable = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && el !== document.body && el.getClientRects().length > 0;

/**
 * Keyboard behaviour of the details: opening them (a record selected after the page has loaded)
 * moves focus to their heading, remembering what had it (a search box, a list row, a card, the map);
 * Esc (from inside the details, or with focus on the page or the map) or × closes them and gives
 * focus back to that element, or to `fallbackFocus` (the map) when it is gone.
 */
function useDetailsFocus(
  selection: Selection | null,
  panel: React.RefObject<HTMLElement | null>,
  fallbackFocus?: () => HTMLElement | null,
) {
  const select = useAppStore((s) => s.select);
  const opener = useRef<HTMLElement | null>(null);
  const first = useRef<Selection | null>(selection);
  const key = selection ? `${selection.kind}:${selection.id}` : null;

  useEffect(
    function focusHeadingOnOpen() {
      if (!key) return;
      // A selection in the link the page opened with is not an action: focus stays where it is.
      if (first.current && `${first.current.kind}:${first.current.id}` === key) return;
      first.current = null;
      const active = document.activeElement;
      if (!panel.current?.contains(active) && focusable(active)) opener.current = active;
      document.getElementById('details-title')?.focus({ preventScroll: true });
    },
    [key, panel],
  );

  const wasOpen = useRef(false);
  useEffect(
    function returnFocusOnClose() {
      if (key) {
        wasOpen.current = true;
        return;
      }
      first.current = null;
      if (!wasOpen.current) return;
      wasOpen.current = false;
      const back = opener.current;
      opener.current = null;
      // Only when focus went with the details (it is on the page's body now), or was never elsewhere.
      const active = document.activeElement;
      if (active && active !== document.body && !panel.current?.contains(active)) return;
      const target = focusable(back) ? back : fallbackFocus?.();
      target?.focus({ preventScroll: true });
    },
    [key, panel, fallbackFocus],
  );

  useEffect(
    function escCloses() {
      if (!key) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        // A modal dialog (share, briefing set-up) takes its own Esc: it closes, not the details below it.
        if (document.querySelector('dialog:modal')) return;
        const t = e.target instanceof Node ? e.target : null;
        const fallback = fallbackFocus?.();
        if (t && (panel.current?.contains(t) || t === document.body || (fallback && fallback === t))) {
          e.preventDefault();
          select(null);
        }
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [key, panel, select, fallbackFocus],
  );
}

/** The selected record: name, park, industry, chain link, provenance. */
export function DetailsPanel({
  data,
  parkExtra,
  fallbackFocus,
}: {
  data: GeoData;
  parkExtra?: (park: BuiltPark) => React.ReactNode;
  /** Where focus goes when the details close and what opened them is gone (the map). */
  fallbackFocus?: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const self = useRef<HTMLElement>(null);
  useDetailsFocus(selection, self, fallbackFocus);
  if (!selection) return null;
  let body: React.ReactNode = null;
  if (selection.kind === 'park') {
    const park = data.index.park(selection.id);
    if (park)
      body = (
        <>
          <ParkDetails park={park} data={data} />
          {parkExtra?.(park)}
        </>
      );
  } else if (selection.kind === 'node') {
    const node = data.index.node(selection.id);
    if (node) body = <NodeDetails node={node} data={data} />;
  } else {
    const place = data.index.place(selection.id);
    if (place) body = <PlaceDetails place={place} />;
  }
  if (!body) return null;
  return (
    <section ref={self} className="panel details" aria-labelledby="details-title" data-testid="details">
      <button
        type="button"
        className="close"
        onClick={() => select(null)}
        aria-label={t('details.close')}
        data-testid="details-close"
      >
        ×
      </button>
      {body}
    </section>
  );
}
