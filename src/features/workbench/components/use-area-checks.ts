import { useEffect, useState } from 'react';
import { runSliced } from '@/lib/sliced';
import { type AreaCheckContext, type CheckRow, checkArea } from '../model/layout-checks';
import type { Area, IdFeature } from '../model/site-metrics';

export interface AreaChecks {
  rows: CheckRow[];
  done: number;
  total: number;
  running: boolean;
}

/**
 * The checks of the imported polygons (red line and layout), computed in slices of ~25 ms so that a layer
 * of 50,000 parcels never holds the page (it stays usable and shows how far the checks are); restarted when
 * the polygons or the constraints change.
 */
export function useAreaChecks(areas: IdFeature<Area>[], ctx: AreaCheckContext | null): AreaChecks {
  const [state, setState] = useState<AreaChecks>({ rows: [], done: 0, total: 0, running: false });
  useEffect(() => {
    if (!ctx || areas.length === 0) {
      setState({ rows: [], done: 0, total: 0, running: false });
      return;
    }
    const total = areas.length;
    setState({ rows: [], done: 0, total, running: true });
    return runSliced(areas, (p) => checkArea(p, ctx, 'imported'), {
      onProgress: (rows, done) => setState({ rows: [...rows], done, total, running: true }),
      onDone: (rows) => setState({ rows, done: total, total, running: false }),
    });
  }, [areas, ctx]);
  return state;
}
