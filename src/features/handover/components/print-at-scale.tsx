import { useId, useState } from 'react';
import type { GeoData } from '@/lib/data/use-geo-data';
import { getMapSnapshot, getMapSnapshotNow } from '@/lib/map-snapshot';
import {
  type Orientation,
  PRINT_SCALES,
  type Paper,
  type PrintScale,
  scalePrintLayout,
  scaleText,
} from '../model/scale-print';
import { setScalePrintJob } from './scale-print-job';
import { useT } from './translate';
import { viewLegend } from './view-legend';

type Status = { kind: 'busy' | 'error'; text: string } | null;

/**
 * 按比例尺打印 / Print at scale (a section of the share dialog): a scale, a paper and an orientation; the
 * map is drawn for the sheet (its zoom from the scale, its size from the paper), then the page prints.
 * `onReady` closes the dialog before the print starts.
 */
export function PrintAtScale({ data, onReady }: { data: GeoData; onReady: () => void }) {
  const t = useT();
  const ids = useId();
  const [scale, setScale] = useState<PrintScale>(50_000);
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [status, setStatus] = useState<Status>(null);
  const hasMap = getMapSnapshot() !== null;

  const go = async () => {
    const snap = getMapSnapshot();
    const now = getMapSnapshotNow()?.();
    if (!snap || !now) {
      setStatus({ kind: 'error', text: t('handover.scale.noMap') });
      return;
    }
    setStatus({ kind: 'busy', text: t('handover.scale.making') });
    try {
      const layout = scalePrintLayout(scale, paper, orientation, now.center);
      const shot = await snap({
        pixelRatio: 2,
        view: {
          center: layout.center,
          zoom: layout.zoom,
          width: layout.framePx[0],
          height: layout.framePx[1],
        },
      });
      const legend = viewLegend(data, t);
      setScalePrintJob({
        layout,
        src: shot.canvas.toDataURL('image/png'),
        items: legend.items,
        notes: legend.notes,
        attribution: shot.attribution,
      });
      setStatus(null);
      const clear = () => {
        window.removeEventListener('afterprint', clear);
        setScalePrintJob(null);
      };
      window.addEventListener('afterprint', clear);
      onReady();
      // After the dialog is gone from the page, so that it does not print.
      requestAnimationFrame(() => window.print());
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('handover.scale.failed', { msg: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  return (
    <section aria-labelledby={`${ids}-h`} data-testid="print-at-scale">
      <h3 id={`${ids}-h`}>{t('handover.scale.heading')}</h3>
      {hasMap ? (
        <>
          <label className="share-field">
            <span>{t('handover.scale.scale')}</span>
            <select
              value={scale}
              onChange={(e) => setScale(Number(e.target.value) as PrintScale)}
              data-testid="print-scale-choice"
            >
              {PRINT_SCALES.map((s) => (
                <option key={s} value={s}>
                  {scaleText(s)}
                </option>
              ))}
            </select>
          </label>
          <label className="share-field">
            <span>{t('handover.scale.paper')}</span>
            <select
              value={paper}
              onChange={(e) => setPaper(e.target.value as Paper)}
              data-testid="print-paper"
            >
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <label className="share-field">
            <span>{t('handover.scale.orientation')}</span>
            <select
              value={orientation}
              onChange={(e) => setOrientation(e.target.value as Orientation)}
              data-testid="print-orientation"
            >
              <option value="landscape">{t('handover.scale.landscape')}</option>
              <option value="portrait">{t('handover.scale.portrait')}</option>
            </select>
          </label>
          <button
            type="button"
            onClick={() => void go()}
            disabled={status?.kind === 'busy'}
            data-testid="print-at-scale-go"
          >
            {t('handover.scale.button')}
          </button>
          <p className="muted">{t('handover.scale.help')}</p>
        </>
      ) : (
        <p className="muted">{t('handover.scale.noMap')}</p>
      )}
      <p className={`share-status ${status?.kind ?? ''}`} role="status" data-testid="print-scale-status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
