/**
 * The closed vocabularies shared by the data build's record schemas (records.ts, full zod) and the
 * app's runtime schemas (catalog.ts, zod/mini). Kept free of any schema library so that importing a
 * list never pulls one into a bundle.
 */

/** How a record or figure is known: official document, public source, estimate (with its method), or sample. */
export const PROVENANCES = ['official', 'public', 'estimate', 'sample'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const STAGES = ['upstream', 'midstream', 'downstream', 'support'] as const;
export const LEVELS = ['national', 'provincial', 'prefectural'] as const;
/**
 * What a park record is: a park, a part of one (subzone, e.g. the Mohan Economic Development Zone in
 * the experimental zone), or a town the plan names as a wing of a park (集镇, e.g. 勐满 in the east wing).
 */
export const PARK_KINDS = ['park', 'subzone', 'town'] as const;
export type ParkKind = (typeof PARK_KINDS)[number];
export const COUNTIES = ['jinghong', 'menghai', 'mengla'] as const;
export const PLACE_KINDS = ['county_seat', 'town', 'station', 'port', 'airport'] as const;
/** A chain node: a firm, a project, a research institute, or a customs-designated inspection site (海关指定监管场地). */
export const NODE_KINDS = ['firm', 'project', 'institute', 'customs'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
/**
 * Where a node stands (规划/在谈/签约/在建/投产). The plan's 5亿 rule counts projects that have
 * landed (落地): signed and beyond.
 */
export const NODE_STATUSES = ['planned', 'talks', 'signed', 'construction', 'operating'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];
export const LANDED_STATUSES: readonly NodeStatus[] = ['signed', 'construction', 'operating'];
export const LINE_KINDS = ['railway', 'expressway', 'river'] as const;
/** How a port is crossed (places.csv port_kind): the airport is the air port. */
export const PORT_KINDS = ['road', 'rail', 'river', 'air'] as const;
export type PortKind = (typeof PORT_KINDS)[number];
