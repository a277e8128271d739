import { useTranslation } from 'react-i18next';
import { useEvidenceText, useShortEvidenceText } from '@/components/ui/evidence-tag';
import { LongText } from '@/components/ui/long-text';
import { nameIn } from '@/i18n/lang';
import { useAppStore } from '@/store/app-store';
import type { LinkAssessment } from '@/lib/domain/chain-status';
import { chainEdges, layoutChain } from '@/lib/domain/chain-graph';
import { EdgeArrow } from './edge-arrow';
import type { Catalog } from '@/lib/schemas/catalog';

// Room for a two-line name, the status and the evidence at 12 px (no text under 12 px).
const BOX_W = 92;
const BOX_H = 68;
const COL_W = 108;
const ROW_H = 78;

type Link = Catalog['links'][number];

/**
 * The chain left to right: one button per link, coloured by status; edges drawn underneath.
 * `onPick` is called with the link clicked (null when the selected one is clicked again).
 */
export function ChainGraph({
  assessed,
  onPick,
}: {
  assessed: LinkAssessment<Link>[];
  onPick?: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const selected = useAppStore((s) => s.link);
  const setLink = useAppStore((s) => s.setLink);
  const evidenceText = useEvidenceText();
  const shortText = useShortEvidenceText();
  const links = assessed.map((a) => a.link);
  const { placed, cols, rows } = layoutChain(links);
  const at = new Map(placed.map((p) => [p.id, p]));
  const width = cols * COL_W;
  const height = rows * ROW_H;
  return (
    <div className="chain-graph" style={{ width, height }} data-testid="chain-graph">
      <svg width={width} height={height} aria-hidden="true">
        {chainEdges(links).map(([from, to]) => {
          const a = at.get(from);
          const b = at.get(to);
          if (!a || !b) return null;
          const x1 = a.col * COL_W + BOX_W;
          const y1 = a.row * ROW_H + BOX_H / 2;
          const x2 = b.col * COL_W;
          const y2 = b.row * ROW_H + BOX_H / 2;
          const mid = (x1 + x2) / 2;
          return (
            <path
              key={`${from}-${to}`}
              d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2 - 4},${y2}`}
              className="edge"
              markerEnd="url(#arrow)"
            />
          );
        })}
        <EdgeArrow id="arrow" />
      </svg>
      {assessed.map((a) => {
        const p = at.get(a.link.id);
        if (!p) return null;
        const on = selected === a.link.id;
        return (
          <button
            key={a.link.id}
            type="button"
            className={`link-box status-${a.status}${on ? ' on' : ''}`}
            style={{ left: p.col * COL_W, top: p.row * ROW_H, width: BOX_W, height: BOX_H }}
            aria-pressed={on}
            data-testid={`link-${a.link.id}`}
            title={`${nameIn(lang, a.link)} · ${t(`statusLong.${a.status}`)} · ${t('chain.strength', { s: a.strength, t: a.threshold })} · ${evidenceText(a.evidence)}`}
            onClick={() => (onPick ?? setLink)(on ? null : a.link.id)}
          >
            <span className="link-name">
              <LongText text={nameIn(lang, a.link)} lines={2} />
            </span>
            <span className="link-status">
              {t(`statusLong.${a.status}`)}
              {a.link.plan ? ' ★' : ''}
            </span>
            {a.evidence.total > 0 ? (
              <span className={`link-ev${a.evidence.sample > 0 ? ' has-sample' : ''}`}>
                {shortText(a.evidence)}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}
