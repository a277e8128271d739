/**
 * The derived index of the built data, computed once per data version and shared by every panel:
 * lookups by id, each park's sub-areas and nodes (a park's own plus its 片区'), links present per
 * park, the host-park candidates, the cold-chain parks, and the host-score context of an industry.
 * Pure: no React, no fetching (use-geo-data.ts builds it when the files are there).
 */
import { evidenceBase, isPublicProvenance } from '@/lib/domain/evidence';
import type { HostContext } from '@/lib/domain/host-score';
import type { BuiltPark, Catalog, NodeProps, PlaceProps } from '@/lib/schemas/catalog';

type Industry = Catalog['industries'][number];
type Link = Catalog['links'][number];

export interface CatalogIndex {
  /** Whether this index's verdicts may use sample records and figures (the 含示例数据 switch). */
  includeSample: boolean;
  /** Records and figures left out because sample data is excluded (0 when it is included). */
  excluded: { nodes: number; landFigures: number };
  /** The chain nodes verdicts use: all, or official and public ones only. */
  nodes: NodeProps[];
  places: PlaceProps[];
  parks: BuiltPark[];
  /** Host candidates: the parks and 片区 with an outline of their own (not a zone drawn as its county). */
  hostParks: BuiltPark[];
  industry(id: string): Industry | undefined;
  link(id: string): Link | undefined;
  park(id: string): BuiltPark | undefined;
  node(id: string): NodeProps | undefined;
  place(id: string): PlaceProps | undefined;
  /** The links of one industry, in catalogue order. */
  linksOf(industry: string): Link[];
  /** The 片区 whose parent is this park. */
  subAreas(park: string): BuiltPark[];
  /** The park's own nodes and those of its 片区. */
  nodesOfPark(park: string): NodeProps[];
  /** Which links each park has nodes for (its own nodes only). */
  linksByPark: Map<string, Set<string>>;
  /** Parks with a node on a cold-chain link (routing rule `cold`). */
  coldChainParks: Set<string>;
  /** What the host score needs for one industry's links. */
  hostContext(industry: string): HostContext;
  /** Every id, for checking a shared link against the data. */
  ids: {
    industries: Set<string>;
    links: Map<string, string>;
    parks: Set<string>;
    nodes: Set<string>;
    places: Set<string>;
  };
}

function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** A park as verdicts see it: a sample land figure is unknown when sample data is excluded. */
function parkForEvidence(p: BuiltPark, includeSample: boolean): BuiltPark {
  if (includeSample || p.land_available_mu === undefined) return p;
  if (p.land_provenance && (isPublicProvenance(p.land_provenance) || p.land_provenance === 'estimate'))
    return p;
  const { land_available_mu: _dropped, ...rest } = p;
  return rest;
}

export function buildCatalogIndex(
  catalog: Catalog,
  allNodes: NodeProps[],
  places: PlaceProps[],
  { includeSample = true }: { includeSample?: boolean } = {},
): CatalogIndex {
  const nodes = evidenceBase(allNodes, includeSample);
  const parkList = catalog.parks.map((p) => parkForEvidence(p, includeSample));
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const industries = byId(catalog.industries);
  const links = byId(catalog.links);
  const parks = byId(parkList);
  // Lookups see every node (a sample node can still be opened); verdicts use `nodes`.
  const nodeById = byId(allNodes);
  const placeById = byId(places);
  const linksOfIndustry = groupBy(catalog.links, (l) => l.industry);
  const children = groupBy(parkList, (p) => p.parent);
  const nodesByPark = groupBy(nodes, (n) => n.park);
  const linksByPark = new Map<string, Set<string>>();
  const recordsByPark = new Map<string, Map<string, NodeProps[]>>();
  for (const [park, list] of nodesByPark) {
    linksByPark.set(park, new Set(list.map((n) => n.link)));
    recordsByPark.set(
      park,
      groupBy(list, (n) => n.link),
    );
  }
  const cold = new Set(catalog.rules.cold_chain_links);
  const contexts = new Map<string, HostContext>();
  return {
    includeSample,
    excluded: {
      nodes: allNodes.length - nodes.length,
      landFigures: parkList.filter((p, i) => p.land_available_mu !== catalog.parks[i]?.land_available_mu)
        .length,
    },
    nodes,
    places,
    parks: parkList,
    hostParks: parkList.filter((p) => p.extent === 'polygon'),
    industry: (id) => industries.get(id),
    link: (id) => links.get(id),
    park: (id) => parks.get(id),
    node: (id) => nodeById.get(id),
    place: (id) => placeById.get(id),
    linksOf: (industry) => linksOfIndustry.get(industry) ?? [],
    subAreas: (park) => children.get(park) ?? [],
    nodesOfPark: (park) => [
      ...(nodesByPark.get(park) ?? []),
      ...(children.get(park) ?? []).flatMap((c) => nodesByPark.get(c.id) ?? []),
    ],
    linksByPark,
    coldChainParks: new Set(nodes.filter((n) => cold.has(n.link)).map((n) => n.park)),
    hostContext: (industry) => {
      let ctx = contexts.get(industry);
      if (!ctx) {
        ctx = {
          planParks: industries.get(industry)?.plan_parks ?? [],
          links: linksOfIndustry.get(industry) ?? [],
          linksByPark,
          records: (park, link) => recordsByPark.get(park)?.get(link) ?? [],
          includeSample,
        };
        contexts.set(industry, ctx);
      }
      return ctx;
    },
    ids: {
      industries: new Set(industries.keys()),
      links: new Map(catalog.links.map((l) => [l.id, l.industry])),
      parks: new Set(parks.keys()),
      nodes: new Set(nodeById.keys()),
      places: new Set(placeById.keys()),
    },
  };
}
