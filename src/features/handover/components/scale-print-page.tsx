import { KeySymbolSvg } from '@/components/ui/key-symbol';
import { PAGE, scaleText } from '../model/scale-print';
import { scaleLabel } from '../model/png-layout';
import type { ScalePrintJob } from './scale-print-job';
import { useT } from './translate';

const mm = (v: number) => `${v}mm`;

/**
 * The printed map sheet (print only): the title, the scale and the date; the map in its frame with lon/lat
 * ticks and labels on the frame's edges, a north arrow and a scale bar; the legend, the notes (parks'
 * outlines are schematic), the grid's system and the attribution. The page's size is the paper's: a named
 * @page per paper and orientation (handover.css; an inline <style> would break the CSP).
 */
export function ScalePrintPage({ job, title, date }: { job: ScalePrintJob; title: string; date: string }) {
  const t = useT();
  const { layout: l } = job;
  const [pw, ph] = l.pageMm;
  const [fw, fh] = l.frameMm;
  const left = PAGE.margin + PAGE.gutter;
  const top = PAGE.margin + PAGE.header + PAGE.gutter;
  const step = l.stepMinutes >= 1 ? `${l.stepMinutes}′` : `${l.stepMinutes * 60}″`;
  const scale = scaleText(l.scale);
  return (
    <div
      className={`scale-print sheet-${l.paper.toLowerCase()}-${l.orientation}`}
      data-testid="scale-print-page"
      style={{ width: mm(pw), height: mm(ph) }}
    >
      <header
        className="scale-print-head"
        style={{ left: mm(PAGE.margin), top: mm(PAGE.margin), width: mm(pw - 2 * PAGE.margin) }}
      >
        <p className="scale-print-title">{title}</p>
        <p className="scale-print-meta">
          <span data-testid="scale-print-scale">{t('handover.scale.scaleText', { scale })}</span>
          {' · '}
          <span>{t('handover.scale.date', { date })}</span>
        </p>
      </header>
      <div
        className="scale-print-frame"
        data-testid="scale-print-frame"
        style={{ left: mm(left), top: mm(top), width: mm(fw), height: mm(fh) }}
      >
        <img src={job.src} alt={t('handover.scale.mapAlt')} />
        {l.ticks.lon.map((k) => (
          <span key={`x${k.value}`} className="tick tick-x" style={{ left: `${k.share * 100}%` }}>
            <i className="tick-top" />
            <i className="tick-bottom" />
            <b className="tick-label-top">{k.label}</b>
            <b className="tick-label-bottom">{k.label}</b>
          </span>
        ))}
        {l.ticks.lat.map((k) => (
          <span key={`y${k.value}`} className="tick tick-y" style={{ top: `${k.share * 100}%` }}>
            <i className="tick-left" />
            <i className="tick-right" />
            <b className="tick-label-left">{k.label}</b>
            <b className="tick-label-right">{k.label}</b>
          </span>
        ))}
        <div className="print-north scale-print-north" data-testid="scale-print-north">
          <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true">
            <path d="M0 -10 L5 3 L0 0 L-5 3 Z" />
          </svg>
          <span>{t('handover.png.north')}</span>
        </div>
        <div
          className="scale-print-bar"
          data-testid="scale-print-bar"
          style={{ width: `${l.scaleBar.share * 100}%` }}
        >
          <span>
            {scaleLabel(l.scaleBar.meters, { km: t('handover.png.km'), m: t('handover.png.m') })} · {scale}
          </span>
        </div>
      </div>
      <footer
        className="scale-print-foot"
        style={{ left: mm(PAGE.margin), top: mm(top + fh + PAGE.gutter), width: mm(pw - 2 * PAGE.margin) }}
      >
        <ul className="print-legend" data-testid="scale-print-legend">
          {job.items.map((item) => (
            <li key={`${item.label}-${item.symbol.color}`}>
              <KeySymbolSvg symbol={item.symbol} letter={item.letter} />
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
        {job.notes.map((n) => (
          <p key={n} className="print-note">
            {n}
          </p>
        ))}
        <p className="print-note">{t('handover.scale.grid', { step, pct: l.nsShortPercent.toFixed(1) })}</p>
        <p className="print-note print-attribution">{job.attribution.join(' · ')}</p>
      </footer>
    </div>
  );
}
