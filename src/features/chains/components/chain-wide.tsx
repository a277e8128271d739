import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { EvidenceTag, useEvidenceText } from '@/components/ui/evidence-tag';
import { ScrollArea } from '@/components/ui/scroll-area';
import { nameIn } from '@/i18n/lang';
import type { CatalogIndex } from '@/lib/data/catalog-index';
import { chainEdges, layoutByStage } from '@/lib/domain/chain-graph';
import type { LinkAssessment, LinkStatus } from '@/lib/domain/chain-status';
import type { Catalog } from '@/lib/schemas/catalog';
import { EdgeArrow } from './edge-arrow';
import { useAppStore } from '@/store/app-store';

type Link = Catalog['links'][number];

interface Props {
  industryName: string;
  assessed: LinkAssessment<Link>[];
  statuses: readonly LinkStatus[];
  ix: CatalogIndex;
  /** Picks a link (or clears it): highlights and frames it. */
  onPick: (id: string | null) => void;
  onClose: () => void;
}

/**
 * The chain full width, over the map's lower part (the map stays visible above and to the right of
 * the side panel): stage columns 上游 / 中游 / 下游 / 配套服务, every link's name wrapped in full, its
 * status and evidence as in the side panel; a scroll hint where it does not fit. Esc or the close
 * button closes it (focus goes back to the Expand button, see chain-panel.tsx).
 */
export function ChainWide({ industryName, assessed, statuses, ix, onPick, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.link);
  const root = useRef<HTMLDivElement>(null);
  const closeBtn = useRef<HTMLButtonElement>(null);
  useEffect(function focusOnOpen() {
    closeBtn.current?.focus();
  }, []);
  useEffect(
    function escCloses() {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        const at = document.activeElement;
        // Esc belongs to the wide view while focus is in it (or nowhere in particular).
        if (at && at !== document.body && !root.current?.contains(at)) return;
        e.preventDefault();
        onClose();
      };
      document.addEventListener('keydown', onKey);
      return () => document.removeEventListener('keydown', onKey);
    },
    [onClose],
  );
  const sel = assessed.find((a) => a.link.id === selected);
  return createPortal(
    <div
      ref={root}
      className="chain-wide panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="chain-wide-title"
      data-testid="chain-wide"
    >
      <div className="chain-wide-head">
        <h3 id="chain-wide-title">{t('chainView.title', { industry: industryName })}</h3>
        <div className="status-key" aria-hidden="true">
          {statuses.map((s) => (
            <span key={s} className={`key status-${s}`}>
              {t(`statusLong.${s}`)}
            </span>
          ))}
        </div>
        <button
          ref={closeBtn}
          type="button"
          className="small chain-wide-close"
          onClick={onClose}
          data-testid="chain-wide-close"
        >
          {t('chainView.close')}
        </button>
      </div>
      <p className="hint">{t('chainView.hint')}</p>
      <ScrollArea label={t('chainView.dialog')} testId="chain-wide-scroll">
        <WideGraph assessed={assessed} selected={selected} onPick={onPick} />
      </ScrollArea>
      {sel ? (
        <p className="chain-wide-sel" aria-live="polite" data-testid="chain-wide-selected">
          {sel.nodes.length > 0
            ? t('chainView.selected', {
                name: nameIn(lang, sel.link),
                firms: sel.nodes.length,
                parks: sel.parks.length,
              })
            : t('chainView.nothingOnMap', { name: nameIn(lang, sel.link) })}{' '}
          <span className={`tag status-${sel.status}`}>{t(`statusLong.${sel.status}`)}</span>{' '}
          <EvidenceTag evidence={sel.evidence} lookup={(id) => ix.node(id)} />
        </p>
      ) : null}
    </div>,
    document.body,
  );
}

interface Edge {
  key: string;
  d: string;
}

/** Stage bands as grid columns; boxes size to their text; edges measured from the laid-out boxes. */
function WideGraph({
  assessed,
  selected,
  onPick,
}: {
  assessed: LinkAssessment<Link>[];
  selected: string | null;
  onPick: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const evidenceText = useEvidenceText();
  const links = assessed.map((a) => a.link);
  const { placed, cols, rows, bands } = layoutByStage(links);
  const at = new Map(placed.map((p) => [p.id, p]));
  const grid = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edge[]>([]);
  const shape = links.map((l) => `${l.id}<${l.after.join('+')}`).join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measured when the chain or the language (box sizes) changes
  useLayoutEffect(
    function measureEdges() {
      const el = grid.current;
      if (!el) return;
      const measure = () => {
        const g = el.getBoundingClientRect();
        const box = (id: string) => el.querySelector(`[data-link="${id}"]`)?.getBoundingClientRect();
        const next: Edge[] = [];
        for (const [from, to] of chainEdges(links)) {
          const a = box(from);
          const b = box(to);
          if (!a || !b) continue;
          const forward = b.left >= a.left;
          const x1 = (forward ? a.right : a.left) - g.left;
          const x2 = (forward ? b.left - 4 : b.right + 4) - g.left;
          const y1 = a.top + a.height / 2 - g.top;
          const y2 = b.top + b.height / 2 - g.top;
          const mid = (x1 + x2) / 2;
          next.push({ key: `${from}-${to}`, d: `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}` });
        }
        setEdges(next);
      };
      measure();
      const ro = new ResizeObserver(measure);
      ro.observe(el);
      return () => ro.disconnect();
    },
    [shape, lang],
  );
  return (
    <div
      ref={grid}
      className="chain-wide-grid"
      style={{ '--cols': cols } as React.CSSProperties}
      data-testid="chain-wide-graph"
    >
      {bands.map((b, i) => (
        <div
          key={b.stage}
          className={`stage-band band-${i % 2 ? 'odd' : 'even'}`}
          style={{ gridColumn: `${b.col + 1} / span ${b.span}`, gridRow: `1 / span ${rows + 1}` }}
          aria-hidden="true"
        />
      ))}
      {bands.map((b) => (
        <h4
          key={`h-${b.stage}`}
          className="stage-head"
          style={{ gridColumn: `${b.col + 1} / span ${b.span}`, gridRow: 1 }}
          data-testid={`stage-head-${b.stage}`}
        >
          {t(`stages.${b.stage}`)}
        </h4>
      ))}
      <svg className="chain-wide-edges" aria-hidden="true">
        <EdgeArrow id="wide-arrow" />
        {edges.map((e) => (
          <path key={e.key} d={e.d} className="edge" markerEnd="url(#wide-arrow)" />
        ))}
      </svg>
      {assessed.map((a) => {
        const p = at.get(a.link.id);
        if (!p) return null;
        const on = selected === a.link.id;
        return (
          <button
            key={a.link.id}
            type="button"
            data-link={a.link.id}
            className={`link-box wide status-${a.status}${on ? ' on' : ''}`}
            style={{ gridColumn: p.col + 1, gridRow: p.row + 2 }}
            aria-pressed={on}
            data-testid={`wide-link-${a.link.id}`}
            title={`${nameIn(lang, a.link)} · ${t(`statusLong.${a.status}`)} · ${t('chain.strength', { s: a.strength, t: a.threshold })} · ${evidenceText(a.evidence)}`}
            onClick={() => onPick(on ? null : a.link.id)}
          >
            <span className="link-name">{nameIn(lang, a.link)}</span>
            <span className="link-status">
              {t(`statusLong.${a.status}`)}
              {a.link.plan ? ` · ★ ${t('chain.plan')}` : ''}
            </span>
            {a.evidence.total > 0 ? (
              <span className={`link-ev${a.evidence.sample > 0 ? ' has-sample' : ''}`}>
                {evidenceText(a.evidence)}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
