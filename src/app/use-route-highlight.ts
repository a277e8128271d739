import { useEffect } from 'react';
import { useEvidenceIndex } from '@/components/data/use-evidence-index';
import { rankProject } from '@/features/workbench/model/routing';
import type { GeoData } from '@/lib/data/use-geo-data';
import { useAppStore } from '@/store/app-store';

/**
 * The parks that pass every routing rule for the routed project, into the store for the map to
 * outline (routing and the map meet here). Recomputed when the project, the weights or 含示例数据
 * change, whichever panel is open; empty when no project is routed.
 */
export function useRouteHighlight(data: GeoData): void {
  const project = useAppStore((s) => s.project);
  const weights = useAppStore((s) => s.weights);
  const ix = useEvidenceIndex(data);
  useEffect(
    function highlightPassingParks() {
      const parks = project
        ? rankProject(project, ix, data.catalog.rules, weights)
            .filter((r) => r.pass)
            .map((r) => r.park)
        : [];
      const now = useAppStore.getState().routeHighlight;
      if (now.length !== parks.length || now.some((id, i) => id !== parks[i]))
        useAppStore.getState().setRouteHighlight(parks);
    },
    [project, weights, ix, data],
  );
}
