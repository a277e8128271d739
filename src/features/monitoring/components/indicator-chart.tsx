import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMessage } from '@/i18n/message';
import { formatNumber } from '@/lib/format';
import { useAppStore } from '@/store/app-store';
import { loadChart } from '../chart/load-chart';
import type { Chart } from '../model/chart-data';
import { ChartTable } from './chart-table';

/** One chart (chart.js, loaded on first use), with the same numbers as a table and a CSV download. */
export function IndicatorChart({ chart, fileScope }: { chart: Chart; fileScope: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'drawn' | { failed: string }>('loading');
  const caption = showMessage(t, chart.table.caption);
  const { data } = chart;
  const value = t('monitor.chart.value');
  const target = t(data.kind === 'series' ? 'monitor.chart.target' : 'monitor.chart.goal');
  const axis = t('monitor.chart.valueAxis', { unit: data.unit });
  useEffect(() => {
    let alive = true;
    let drawn: { destroy: () => void } | null = null;
    setState('loading');
    loadChart()
      .then(({ drawChart }) => {
        if (!alive || !canvas.current) return;
        drawn = drawChart(canvas.current, data, {
          value,
          target,
          axis,
          format: (n) => formatNumber(n, lang, data.digits),
        });
        setState('drawn');
      })
      .catch((e: unknown) => {
        if (alive) setState({ failed: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      alive = false;
      drawn?.destroy();
    };
  }, [data, value, target, axis, lang]);
  // Bars per park: room for each park's name over as many lines as it takes (chart-setup's wrapLabel).
  const lines = Math.max(1, ...data.labels.map((l) => Math.ceil(l.length / (l.includes(' ') ? 12 : 7))));
  const height =
    data.kind === 'parks' ? Math.max(180, 90 + data.labels.length * Math.max(44, 16 * lines + 16)) : 260;
  return (
    <figure className="mon-chart" data-testid={`chart-${chart.id}`}>
      <figcaption>{caption}</figcaption>
      <div className="mon-canvas" style={{ height }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={caption}
          data-testid="chart-canvas"
          data-drawn={state === 'drawn' ? '1' : '0'}
        />
      </div>
      {state === 'loading' ? <p className="muted">{t('monitor.chart.loading')}</p> : null}
      {typeof state === 'object' ? (
        <p role="alert" className="mon-error">
          {t('monitor.chart.failed', { msg: state.failed })}
        </p>
      ) : null}
      <ChartTable chart={chart} fileScope={fileScope} />
    </figure>
  );
}
