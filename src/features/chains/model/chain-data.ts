/** Projections of the built data that the chain panels share (pure; memoised by the hook below). */
import { useMemo } from 'react';
import type { GeoData } from '@/features/geo/api/use-geo-data';
import type { NodeProps } from '@/lib/schemas/catalog';
import type { HostPark } from './host-score';

export function linksByPark(nodes: NodeProps[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const n of nodes) {
    const s = m.get(n.park) ?? new Set<string>();
    s.add(n.link);
    m.set(n.park, s);
  }
  return m;
}

export function useChainData(data: GeoData) {
  return useMemo(() => {
    const nodes = data.nodes.features.map((f) => f.properties);
    const parks = data.catalog.parks;
    /** Host candidates: the parks and 片区 with their own outline (not the zone drawn as a county). */
    const hostParks: HostPark[] = parks.filter((p) => p.extent === 'polygon');
    return {
      nodes,
      parks,
      hostParks,
      linksByPark: linksByPark(nodes),
      industry: (id: string) => data.catalog.industries.find((i) => i.id === id),
      link: (id: string) => data.catalog.links.find((l) => l.id === id),
      park: (id: string) => parks.find((p) => p.id === id),
    };
  }, [data]);
}
export type ChainData = ReturnType<typeof useChainData>;
