import { type KeyboardEvent, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChainPanel } from '@/features/chains/components/chain-panel';
import { FilterBar } from '@/features/chains/components/filter-bar';
import { GapPanel } from '@/features/chains/components/gap-panel';
import { MatrixPanel } from '@/features/chains/components/matrix-panel';
import { ErrorBoundary } from '@/components/ui/error-boundary';
import { retryableLazy } from '@/components/ui/retryable-lazy';
import { SheetHandle } from '@/components/ui/sheet-handle';
import type { GeoData } from '@/lib/data/use-geo-data';
import { LegendPanel } from '@/features/legend/legend-panel';
import { InViewPanel } from '@/features/inview/components/inview-panel';
import { PANELS, type Panel, useAppStore } from '@/store/app-store';

// The planner's tools carry turf's overlay code and the import parsers: load them when first opened.
// Offline, a chunk fails to load: the tab's boundary says so and loads it again on Retry or when the
// network is back (retryableLazy forgets the failure).
const ChecksPanel = retryableLazy(() =>
  import('@/features/workbench/components/checks-panel').then((m) => m.ChecksPanel),
);
const SitesPanel = retryableLazy(() =>
  import('@/features/workbench/components/sites-panel').then((m) => m.SitesPanel),
);
const RoutingPanel = retryableLazy(() =>
  import('@/features/workbench/components/routing-panel').then((m) => m.RoutingPanel),
);
const LAZY = { checks: ChecksPanel, sites: SitesPanel, routing: RoutingPanel } as const;

/** Panels about industries show the industry filter above them. */
const INDUSTRY_PANELS: Panel[] = ['legend', 'list', 'chain', 'gaps', 'matrix'];

/** The explorer: filters on top, then tabs (legend, chain, gaps, matrix); collapsible for small screens. */
/** `data` null: the map page is booting (see GeoState); the tabs work, the body says it is loading. */
export function SidePanel({ data }: { data: GeoData | null }) {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  const open = useAppStore((s) => s.sideOpen);
  const sheet = useAppStore((s) => s.sheet);
  const { setPanel, setSideOpen, setSheet } = useAppStore.getState();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const self = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // A tab chosen shows its content from the top, and its tab in view (on a phone the tabs scroll
  // sideways in one row). The page itself never scrolls: only these two boxes are moved.
  useEffect(
    function showChosenTab() {
      if (body.current) body.current.scrollTop = 0;
      const tab = tabs.current[PANELS.indexOf(panel)];
      const row = tab?.parentElement;
      if (!tab || !row || row.scrollWidth <= row.clientWidth) return;
      const left = tab.offsetLeft - row.offsetLeft;
      if (left < row.scrollLeft || left + tab.offsetWidth > row.scrollLeft + row.clientWidth)
        row.scrollLeft = Math.max(0, left - (row.clientWidth - tab.offsetWidth) / 2);
    },
    [panel],
  );
  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onKey = (e: KeyboardEvent, i: number) => {
    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!d) return;
    const next = (i + d + PANELS.length) % PANELS.length;
    setPanel(PANELS[next] as Panel);
    tabs.current[next]?.focus();
    e.preventDefault();
  };
  return (
    <section
      ref={self}
      className={`panel side-panel sheet${open ? '' : ' closed'}`}
      data-sheet={sheet}
      data-map-cover
      aria-label={t('filters.title')}
      data-testid="side-panel"
    >
      <SheetHandle state={sheet} onChange={setSheet} sheet={self} testId="side-sheet-handle" />
      <div className="side-head">
        <div role="tablist" aria-label={t('side.toggle')} className="tabs">
          {PANELS.map((p, i) => (
            <button
              key={p}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${p}`}
              aria-selected={panel === p}
              aria-controls="side-body"
              tabIndex={panel === p ? 0 : -1}
              data-testid={`tab-${p}`}
              onClick={() => setPanel(p)}
              onKeyDown={(e) => onKey(e, i)}
            >
              {t(`tabs.${p}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="collapse-btn"
          aria-expanded={open}
          aria-controls="side-body"
          onClick={() => setSideOpen(!open)}
          data-testid="side-toggle"
          aria-label={open ? t('side.close') : t('side.open')}
          title={open ? t('side.close') : t('side.open')}
        >
          {/* Drawn, not a font glyph: the triangles' font subset is the one a browser may refuse. */}
          <svg viewBox="0 0 10 10" width="12" height="12" aria-hidden="true" focusable="false">
            <path d={open ? 'M1 3h8L5 8z' : 'M3 1v8l5-4z'} fill="currentColor" />
          </svg>
        </button>
      </div>
      <div
        id="side-body"
        ref={body}
        role="tabpanel"
        aria-labelledby={`tab-${panel}`}
        hidden={!open}
        className="side-body"
      >
        {!data ? <p className="status">{t('loading')}</p> : null}
        {data && INDUSTRY_PANELS.includes(panel) ? (
          <ErrorBoundary name="filters" what={t('filters.title')}>
            <FilterBar data={data} />
          </ErrorBoundary>
        ) : null}
        {data ? (
          <ErrorBoundary
            key={panel}
            name={`panel-${panel}`}
            what={t(`tabs.${panel}`)}
            onRetry={panel in LAZY ? LAZY[panel as keyof typeof LAZY].reset : undefined}
          >
            {panel === 'legend' ? <LegendPanel data={data} /> : null}
            {panel === 'list' ? <InViewPanel data={data} /> : null}
            {panel === 'chain' ? <ChainPanel data={data} /> : null}
            {panel === 'gaps' ? <GapPanel data={data} /> : null}
            {panel === 'matrix' ? <MatrixPanel data={data} /> : null}
            <Suspense fallback={<p className="muted">{t('loading')}</p>}>
              {panel === 'checks' ? <ChecksPanel.Component data={data} /> : null}
              {panel === 'sites' ? <SitesPanel.Component data={data} /> : null}
              {panel === 'routing' ? <RoutingPanel.Component data={data} /> : null}
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </div>
    </section>
  );
}
