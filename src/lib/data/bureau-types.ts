/**
 * The bureau's own data (本局数据): the firm/project ledger and the park statistics a bureau imports from
 * its spreadsheets, validated with the data build's rules, previewed, then applied. Kept in IndexedDB
 * (lib/data/bureau-db.ts, versioned; bureau-record.ts checks it); while applied, the app reads it in place of
 * the shipped geo/nodes.geojson (use-geo-data.ts: GeoData.nodes and GeoData.bureau) and geo/monitor.json `stats`.
 */
import type { NodeColumn, ParkStatColumn } from '@/lib/schemas/columns';
import type { NodeProps } from '@/lib/schemas/catalog';

export const BUREAU_RECORD_VERSION = 1;

export type LedgerRow = Record<NodeColumn, string>;
export type StatRow = Record<ParkStatColumn, string>;

/** The key of a stats row: `park~year`. */
export const statKey = (r: { park: string; year: string | number }): string => `${r.park}~${r.year}`;

export interface BureauNodeFeature {
  type: 'Feature';
  properties: NodeProps;
  geometry: { type: 'Point'; coordinates: [number, number] };
}

/** What is kept while the bureau's data is applied (one record; replaced whole on every apply). */
export interface BureauRecord {
  version: typeof BUREAU_RECORD_VERSION;
  /** ISO time of the apply. */
  appliedAt: string;
  /** The shipped data's version (geo/manifest.json) it was applied over. */
  baseVersion: string;
  /** The file names imported, in order. */
  files: string[];
  /** The whole ledger after the apply, as data/nodes.csv rows (what export writes back). */
  ledger: LedgerRow[];
  /** The whole park-stats table after the apply, as data/park-stats.csv rows. */
  stats: StatRow[];
  /** What the bureau added or changed (node ids; stats keys `park~year`): shown as entered by the bureau. */
  entered: { nodes: string[]; stats: string[] };
  /** The ledger built as geo/nodes.geojson would be (the map and panels read this). */
  nodes: { type: 'FeatureCollection'; features: BureauNodeFeature[] };
}

/**
 * One problem in an imported spreadsheet: where (sheet, 1-based row, column letter and the column's key),
 * a code the UI words in its language, and the English text (the data build's own message where the rule
 * is the data build's).
 */
export interface SheetIssue {
  sheet: string;
  row?: number;
  /** Spreadsheet column letter (A, B, …, AA). */
  column?: string;
  /** The data/ column key (e.g. investment_wan). */
  field?: string;
  code: string;
  params?: Record<string, string | number>;
  message: string;
}
