import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import {
  activeParks,
  type FilterableNode,
  type NodeFilter,
  normaliseQuery,
  parkBadgeCounts,
} from '@/lib/domain/node-filter';
import type { GeoData } from '@/lib/data/use-geo-data';
import type { CountCell } from '@/lib/domain/node-counts';
import { inkOn } from '@/lib/contrast';
import { palette } from '@/lib/palette';
import { SOURCES } from '../ids';

interface Input {
  filter: NodeFilter;
  nodes: FilterableNode[];
  /** The nodes counted by filter cell (GeoData.cells). */
  cells: readonly CountCell[];
  parks: string[];
  industryColors: Map<string, string>;
  allIndustries: string[];
}

/** The global state the node, badge and park layers read for a filter (pure, for tests and the bench). */
export function filterGlobalState({
  filter,
  nodes,
  cells,
  parks,
  industryColors,
  allIndustries,
}: Input): Record<string, unknown> {
  const single = filter.industries.length === 1 ? industryColors.get(filter.industries[0] ?? '') : undefined;
  return {
    industries: filter.industries.length > 0 ? filter.industries : allIndustries,
    stage: filter.stage ?? '',
    link: filter.link ?? '',
    q: normaliseQuery(filter.q),
    publicOnly: filter.publicOnly ?? false,
    parkCounts: parkBadgeCounts(nodes, filter, cells),
    activeParks: activeParks(nodes, filter, parks, cells),
    badgeColor: single ?? palette.cluster,
    // The count in white or dark, whichever reads better on the badge (a light industry colour
    // such as sand would leave a white count at about 1.5:1).
    badgeInk: inkOn(single ?? palette.cluster, palette.selected),
  };
}

/** What the filter's global state is computed from, less the filter: once per data, not per change. */
export function nodeFilterBase(data: GeoData): Omit<Input, 'filter'> {
  return {
    nodes: data.nodes.features.map((f) => f.properties),
    cells: data.cells,
    parks: data.catalog.parks.map((p) => p.id),
    industryColors: new Map(data.catalog.industries.map((i) => [i.id, i.color])),
    allIndustries: data.catalog.industries.map((i) => i.id),
  };
}

export function nodeFilterInput(filter: NodeFilter, data: GeoData): Input {
  return { filter, ...nodeFilterBase(data) };
}

/**
 * useNodeFilter
 * Receives: the map, the store's node filter and the data. Emits: global state for the node filter,
 * badge counts and park dimming; only the properties whose value changed are set.
 */
export function useNodeFilter(map: MlMap | null, input: Input, initial: Record<string, unknown>): void {
  const state = useMemo(() => filterGlobalState(input), [input]);
  // What the style was created with counts as already pushed.
  const last = useRef<Record<string, string>>(
    Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)])),
  );
  useEffect(
    function pushFilter() {
      if (!map) return;
      for (const [k, v] of Object.entries(state)) {
        const key = JSON.stringify(v);
        if (last.current[k] === key) continue;
        const wasQuery = last.current[k] !== undefined && last.current[k] !== '""';
        last.current[k] = key;
        map.setGlobalStateProperty(k, v);
        // A text query needs each node outside the parks on its own (clusters cannot count names):
        // their source is not clustered while one is typed.
        if (k === 'q' && wasQuery !== (v !== ''))
          void map
            .getSource<GeoJSONSource>(SOURCES.outside)
            ?.setClusterOptions({ cluster: v === '' })
            .catch(() => {});
      }
    },
    [map, state],
  );
}
