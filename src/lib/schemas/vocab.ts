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
export const COUNTIES = ['jinghong', 'menghai', 'mengla'] as const;
export const PLACE_KINDS = ['county_seat', 'town', 'station', 'port', 'airport'] as const;
export const NODE_KINDS = ['firm', 'project'] as const;
export const LINE_KINDS = ['railway', 'expressway', 'river'] as const;
/** How a port is crossed (places.csv port_kind): the airport is the air port. */
export const PORT_KINDS = ['road', 'rail', 'river', 'air'] as const;
export type PortKind = (typeof PORT_KINDS)[number];
