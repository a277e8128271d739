import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { KeySymbolSvg } from '@/components/ui/key-symbol';
import type { GeoData } from '@/lib/data/use-geo-data';
import { getMapSnapshotNow } from '@/lib/map-snapshot';
import type { LegendItem } from '../model/legend-content';
import { printScale, scaleLabel } from '../model/png-layout';
import { useT } from './translate';
import { viewLegend } from './view-legend';

interface Figure {
  src: string;
  cssWidth: number;
  cssHeight: number;
  bearing: number;
  /** The scale bar: its label and its length as a share of the map's width. */
  scale: { label: string; share: number };
  items: LegendItem[];
  notes: string[];
  attribution: string[];
}

/**
 * The printed map (print only): the map as drawn — a copy of MapLibre's canvas made synchronously
 * when printing starts (`beforeprint`, or the print media query starting to match, as when a headless
 * browser prints to PDF) — with a north arrow, a scale bar and the legend of what is drawn, its notes
 * and the attribution, all as real text. The scale bar's length is a share of the image's width, so it
 * stays right at whatever size the page prints the image. Nothing while no map is on the page.
 */
export function PrintMap({ data }: { data: GeoData }) {
  const t = useT();
  const [figure, setFigure] = useState<Figure | null>(null);
  useEffect(
    function figureWhilePrinting() {
      const make = (): Figure | null => {
        let snap = null;
        try {
          snap = getMapSnapshotNow()?.() ?? null;
        } catch (e) {
          console.warn('print snapshot:', e instanceof Error ? e.message : e);
        }
        if (!snap) return null;
        const legend = viewLegend(data, t);
        const scale = printScale(snap.metersPerPixel, snap.cssWidth);
        return {
          src: snap.canvas.toDataURL('image/png'),
          cssWidth: snap.cssWidth,
          cssHeight: snap.cssHeight,
          bearing: snap.bearing,
          scale: {
            label: scaleLabel(scale.meters, { km: t('handover.png.km'), m: t('handover.png.m') }),
            share: scale.share,
          },
          items: legend.items,
          notes: legend.notes,
          attribution: snap.attribution,
        };
      };
      let shown = false;
      const put = () => {
        if (shown) return;
        shown = true;
        flushSync(() => setFigure(make()));
      };
      const remove = () => {
        shown = false;
        setFigure(null);
      };
      const media = window.matchMedia('print');
      const onMedia = (e: MediaQueryListEvent) => (e.matches ? put() : remove());
      window.addEventListener('beforeprint', put);
      window.addEventListener('afterprint', remove);
      media.addEventListener('change', onMedia);
      return () => {
        window.removeEventListener('beforeprint', put);
        window.removeEventListener('afterprint', remove);
        media.removeEventListener('change', onMedia);
      };
    },
    [data, t],
  );
  if (!figure) return null;
  const aspect = figure.cssWidth / Math.max(figure.cssHeight, 1);
  return (
    <figure className="print-map" data-testid="print-map">
      {/* At most 160 mm high: the width follows from the map's proportions. */}
      <div
        className="print-map-frame"
        style={{
          aspectRatio: `${figure.cssWidth} / ${figure.cssHeight}`,
          width: `min(100%, ${160 * aspect}mm)`,
        }}
      >
        <img src={figure.src} alt={t('handover.print.mapAlt')} data-testid="map-print-image" />
        <div className="print-north" data-testid="print-north">
          <svg
            width="22"
            height="22"
            viewBox="-11 -11 22 22"
            aria-hidden="true"
            style={{ transform: `rotate(${-figure.bearing}deg)` }}
          >
            <path d="M0 -10 L5 3 L0 0 L-5 3 Z" />
          </svg>
          <span>{t('handover.png.north')}</span>
        </div>
        <div
          className="print-scale"
          data-testid="print-scale"
          style={{ width: `${figure.scale.share * 100}%` }}
        >
          <span>{figure.scale.label}</span>
        </div>
      </div>
      <figcaption>
        <p className="print-legend-head">{t('handover.png.legend')}</p>
        <ul className="print-legend" data-testid="print-legend">
          {figure.items.map((item) => (
            <li key={`${item.label}-${item.symbol.color}`}>
              <KeySymbolSvg symbol={item.symbol} letter={item.letter} />
              <span>{item.label}</span>
            </li>
          ))}
        </ul>
        {figure.notes.map((n) => (
          <p key={n} className="print-note">
            {n}
          </p>
        ))}
        <p className="print-note print-attribution">{figure.attribution.join(' · ')}</p>
      </figcaption>
    </figure>
  );
}
