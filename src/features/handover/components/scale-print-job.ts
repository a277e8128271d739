import { useSyncExternalStore } from 'react';
import type { LegendItem } from '../model/legend-content';
import type { ScalePrintLayout } from '../model/scale-print';

/** A map sheet ready to print: the layout, the map drawn at its zoom and size, and what the legend says. */
export interface ScalePrintJob {
  layout: ScalePrintLayout;
  src: string;
  items: LegendItem[];
  notes: string[];
  attribution: string[];
}

let job: ScalePrintJob | null = null;
const listeners = new Set<() => void>();

/** The sheet the print head shows instead of the current view while it is set (until the print ends). */
export function setScalePrintJob(next: ScalePrintJob | null): void {
  job = next;
  for (const l of listeners) l();
}

export function useScalePrintJob(): ScalePrintJob | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => job,
    // None on the server (src/prerender) and while hydrating.
    () => null,
  );
}
