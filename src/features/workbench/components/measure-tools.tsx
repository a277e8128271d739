import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { ensureGisStrings } from '../gis-strings';
import { pathKm, ringArea } from '../model/geo-measure';
import { siteRingCheck } from '../model/site-ring-check';
import { CoordinateEntry } from './coordinate-entry';
import { MethodNote } from './method-note';

/** Distance and area by clicking on the map; the readout follows the sketch as it grows. */
export function MeasureTools() {
  const { t, i18n } = useTranslation();
  ensureGisStrings(i18n);
  // A drawn, edited or typed site passes the import's validity check before it is kept.
  useEffect(function registerRingCheck() {
    useAppStore.getState().setRingCheck(siteRingCheck);
  }, []);
  const problem = useAppStore((s) => (s.editing ? null : s.drawProblem));
  const lang = useAppStore((s) => s.lang);
  const tool = useAppStore((s) => s.tool);
  const sketch = useAppStore((s) => s.sketch);
  const measured = useAppStore((s) => s.measured);
  const { startTool, cancelTool, finishSketch, undoVertex } = useAppStore.getState();
  const kind = tool ?? measured?.tool ?? null;
  const coords = tool ? sketch : (measured?.coords ?? []);
  const areaTool = kind === 'measure-area' || kind === 'draw-site';
  const area = areaTool ? ringArea(coords) : null;
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  return (
    <section className="wb-section" aria-labelledby="measure-title">
      <h3 id="measure-title">{t('wb.measure')}</h3>
      <div className="btn-row">
        <button
          type="button"
          aria-pressed={tool === 'measure-line'}
          data-testid="tool-line"
          onClick={() => startTool('measure-line')}
        >
          {t('wb.measureLine')}
        </button>
        <button
          type="button"
          aria-pressed={tool === 'measure-area'}
          data-testid="tool-area"
          onClick={() => startTool('measure-area')}
        >
          {t('wb.measureArea')}
        </button>
        <button
          type="button"
          aria-pressed={tool === 'draw-site'}
          data-testid="tool-site"
          onClick={() => startTool('draw-site')}
        >
          {t('wb.drawSite')}
        </button>
      </div>
      {tool ? (
        <>
          <p className="hint">{t('wb.toolHint')}</p>
          <p className="hint">{t('gis.draw.snapHint')}</p>
          <div className="btn-row">
            <button type="button" onClick={() => finishSketch()}>
              {t('wb.finish')}
            </button>
            <button
              type="button"
              data-testid="tool-undo"
              title={t('gis.draw.undoTitle')}
              disabled={sketch.length === 0}
              onClick={undoVertex}
            >
              {t('gis.draw.undo')}
            </button>
            <button type="button" onClick={cancelTool}>
              {t('wb.cancel')}
            </button>
          </div>
          <p className="muted" data-testid="sketch-count">
            {t('gis.draw.points', { count: sketch.length })}
          </p>
          {problem ? (
            <p className="status error long-text" role="alert" data-testid="draw-problem">
              {showMessage(t, problem)}
            </p>
          ) : null}
          {tool === 'draw-site' ? <CoordinateEntry /> : null}
        </>
      ) : null}
      <p className="readout" aria-live="polite" data-testid="measure-readout">
        {kind === 'measure-line' && coords.length >= 2
          ? t('wb.distance', { km: n(pathKm(coords), 2) })
          : null}
        {area ? t('wb.areaIs', { km2: n(area.km2, 3), ha: n(area.ha, 1), mu: n(area.mu) }) : null}
      </p>
      {areaTool && coords.length >= 3 && !area ? (
        <p className="muted" data-testid="measure-not-measurable">
          {t('gis.measure.notMeasurable')}
        </p>
      ) : null}
      <MethodNote methods={kind === 'measure-line' ? ['length'] : areaTool ? ['area'] : []} />
    </section>
  );
}
