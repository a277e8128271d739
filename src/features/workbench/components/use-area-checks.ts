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
  type Held = AreaChecks & { of: IdFeature<Area>[] | null; ctx: AreaCheckContext | null };
  const [state, setState] = useState<Held>({
    rows: [],
    done: 0,
    total: 0,
    running: false,
    of: null,
    ctx: null,
  });
  useEffect(() => {
    if (!ctx || areas.length === 0) {
      setState({ rows: [], done: 0, total: 0, running: false, of: areas, ctx });
      return;
    }
    const total = areas.length;
    const held = { of: areas, ctx, total };
    setState({ ...held, rows: [], done: 0, running: true });
    return runSliced(areas, (p) => checkArea(p, ctx, 'imported'), {
      onProgress: (rows, done) => setState({ ...held, rows: [...rows], done, running: true }),
      onDone: (rows) => setState({ ...held, rows, done: total, running: false }),
    });
  }, [areas, ctx]);
  // Until the effect has started on these areas, the rows held are of the ones before: still running.
  const current = state.of === areas && state.ctx === ctx;
  if (current) return state;
  const stale = areas.length > 0 && ctx !== null;
  return { rows: [], done: 0, total: areas.length, running: stale };
}
