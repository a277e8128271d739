/**
 * chart.js with only what the monitoring charts use (bar and line, category and linear scales, legend,
 * tooltip), registered once. Loaded through load-chart.ts only when a chart is drawn.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import type { ChartData } from '../model/chart-data';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export interface ChartText {
  value: string;
  target: string;
  axis: string;
  /** Formats a number for the language (ticks and tooltips). */
  format: (n: number) => string;
}

/** A CSS token's value (colours come from tokens.css, never literals). */
const token = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || undefined;

/**
 * A long park name over lines (canvas text does not wrap): at spaces, lines of at most `max`
 * characters; Chinese (no spaces) every `max` ÷ 2 characters.
 */
export function wrapLabel(label: string, max = 26): string[] {
  if (!label.includes(' ')) {
    const n = Math.ceil(max / 2);
    const out: string[] = [];
    for (let i = 0; i < label.length; i += n) out.push(label.slice(i, i + n));
    return out;
  }
  const out: string[] = [];
  let cur = '';
  for (const w of label.split(' ')) {
    if (cur !== '' && `${cur} ${w}`.length > max) {
      out.push(cur);
      cur = w;
    } else cur = cur === '' ? w : `${cur} ${w}`;
  }
  out.push(cur);
  return out;
}

/** Draws one chart on the canvas; the caller destroys it. */
export function drawChart(
  canvas: HTMLCanvasElement,
  data: ChartData,
  text: ChartText,
): { destroy: () => void } {
  const ink = token('--ink');
  const muted = token('--muted');
  const line = token('--line');
  const accent = token('--accent');
  const goal = token('--caution');
  const body = getComputedStyle(document.body);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The page's font stack (the app's Noto Sans SC subsets first), so Chinese renders on the canvas.
  const font = { family: body.fontFamily, size: 13 };
  const valueSet =
    data.kind === 'series'
      ? {
          type: 'line' as const,
          label: text.value,
          data: data.values,
          borderColor: accent,
          backgroundColor: accent,
          pointRadius: 4,
          pointStyle: 'circle' as const,
          spanGaps: true,
        }
      : {
          type: 'bar' as const,
          label: text.value,
          data: data.values,
          backgroundColor: accent,
          maxBarThickness: 56,
        };
  const targetSet = {
    type: 'line' as const,
    label: text.target,
    data: data.targets,
    borderColor: goal,
    backgroundColor: goal,
    borderDash: [6, 4],
    borderWidth: 2,
    // Per park the goal differs by level: a dash over each bar, no line between parks.
    showLine: data.kind === 'series',
    pointStyle: data.kind === 'series' ? ('triangle' as const) : ('line' as const),
    pointRadius: data.kind === 'series' ? 4 : 16,
    // The parks' bars lie along x: the dash stands across the bar.
    rotation: data.kind === 'series' ? 0 : 90,
    pointBorderWidth: data.kind === 'series' ? 1 : 3,
    spanGaps: true,
  };
  const parks = data.kind === 'parks';
  // A phone-wide chart keeps the park names to short lines, so the bars keep their room.
  const narrow = (canvas.parentElement?.clientWidth ?? 600) < 480;
  const valueAxis = {
    // Room above and below, so a point on the goal is not on the frame.
    grace: '8%',
    title: { display: true, text: text.axis, font, color: muted },
    ticks: { font, color: muted, callback: (v: number | string) => text.format(Number(v)) },
    grid: { color: line },
  };
  const sets = data.targets.some((v) => v !== null) ? [valueSet, targetSet] : [valueSet];
  const chart = new Chart(canvas, {
    type: data.kind === 'series' ? 'line' : 'bar',
    data: {
      labels: parks ? data.labels.map((l) => wrapLabel(l, narrow ? 14 : 26)) : data.labels,
      datasets: sets as never,
    },
    options: {
      indexAxis: parks ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: reduce ? false : { duration: 250 },
      font,
      color: ink,
      plugins: {
        legend: { labels: { font, color: ink, usePointStyle: true } },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          callbacks: {
            label: (c: { dataset: { label?: string }; parsed: { x: number | null; y: number | null } }) => {
              const v = parks ? c.parsed.x : c.parsed.y;
              return `${c.dataset.label ?? ''}: ${v === null ? '' : text.format(v)}`;
            },
          },
        },
      },
      scales: parks
        ? {
            x: { ...valueAxis, beginAtZero: true },
            y: { ticks: { font, color: ink, autoSkip: false }, grid: { display: false } },
          }
        : {
            x: { ticks: { font, color: muted }, grid: { color: line } },
            y: valueAxis,
          },
    },
  } as never);
  return chart;
}
