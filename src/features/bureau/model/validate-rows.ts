/**
 * The rows of an imported spreadsheet through the data build's own rules, so the browser says what
 * `npm run build:data` would say, in the same words:
 *   1. each ledger row through nodeSchema, each stats row through parkStatSchema (records.ts,
 *      monitor-records.ts: full zod, which is why this module lives only in the lazily loaded bureau chunk);
 *   2. references (node-references.ts): industry, chain link, park;
 *   3. duplicates within the import: a node id, a stats park + year (two ledger sheets are one ledger);
 *   4. a row with coordinates: in the county of its park (county-check.ts, the build's tolerance).
 * Every problem is one SheetIssue naming sheet, row and column, code `data`, the build's English message
 * (i18n/data-message.ts dataMessage words it in Chinese).
 * A kind (ledger, stats) with any problem returns no rows: nothing of it may be applied. The rows returned
 * are canonical (what export writes back: numbers and coordinates as the build writes them).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LedgerRow, SheetIssue, StatRow } from '@/lib/data/bureau-types';
import { nodeFeature, nodeFeatureToRow } from '@/lib/data/node-feature';
import { builtStatToRow } from '@/lib/data/stat-rows';
import { BORDER_TOLERANCE_KM, type CountyIndex, indexCounties, pointProblem } from '@/lib/geo/county-check';
import type { Catalog } from '@/lib/schemas/catalog';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '@/lib/schemas/columns';
import { parkStatSchema } from '@/lib/schemas/monitor-records';
import {
  duplicateIdMessage,
  duplicateStatMessage,
  type FieldProblem,
  type KnownIds,
  nodeReferenceProblems,
  statReferenceProblems,
} from '@/lib/schemas/node-references';
import { nodeSchema } from '@/lib/schemas/records';
import type { z } from 'zod';

/** A sheet as the spreadsheet reader gives it (sheets/read-spreadsheet.ts ParsedSheet). */
export interface ImportSheet {
  name: string;
  kind: 'ledger' | 'stats';
  columns: { letter: string; header: string; key: string }[];
  /** row: the 1-based spreadsheet row; cells by data/ column key. */
  rows: { row: number; cells: Record<string, string> }[];
}

/** Built outlines (parks.geojson, counties.geojson): any feature collection with `properties.id`. */
export interface AreaCollection {
  features: readonly { properties: unknown; geometry: unknown }[];
}

export interface ValidateContext {
  catalog: Catalog;
  counties: AreaCollection | FeatureCollection;
  parkOutlines: AreaCollection | FeatureCollection;
}

export interface ValidatedImport {
  /** The ledger rows of every ledger sheet, in order; null: no ledger sheet, or a problem in one. */
  ledger: LedgerRow[] | null;
  /** The stats rows of every stats sheet; null: no stats sheet, or a problem in one. */
  stats: StatRow[] | null;
  issues: SheetIssue[];
}

type Area = Polygon | MultiPolygon;

/** id → outline, for features whose geometry is a polygon. */
export function outlinesById(fc: AreaCollection | FeatureCollection): Map<string, Area> {
  const out = new Map<string, Area>();
  for (const f of fc.features) {
    const id = (f.properties as { id?: unknown } | null)?.id;
    const g = f.geometry as { type?: string } | null;
    if (typeof id === 'string' && g && (g.type === 'Polygon' || g.type === 'MultiPolygon'))
      out.set(id, g as Area);
  }
  return out;
}

const countyIndexes = new WeakMap<object, CountyIndex>();
function countyIndex(fc: AreaCollection | FeatureCollection): CountyIndex {
  let idx = countyIndexes.get(fc);
  if (!idx) {
    const features = [...outlinesById(fc)].map(([id, geometry]) => ({
      type: 'Feature' as const,
      properties: { id },
      geometry,
    }));
    idx = indexCounties(features);
    countyIndexes.set(fc, idx);
  }
  return idx;
}

export function knownIdsOf(catalog: Catalog): KnownIds {
  return {
    industries: new Set(catalog.industries.map((i) => i.id)),
    linkIndustry: new Map(catalog.links.map((l) => [l.id, l.industry])),
    parks: new Set(catalog.parks.map((p) => p.id)),
  };
}

interface Where {
  sheet: ImportSheet;
  row: number;
}

function issueAt(w: Where, p: FieldProblem | { field?: string; message: string }): SheetIssue {
  // A problem of the point ('lon,lat') is shown at its first column.
  const key = p.field?.split(',')[0];
  const column = key ? w.sheet.columns.find((c) => c.key === key)?.letter : undefined;
  return {
    sheet: w.sheet.name,
    row: w.row,
    ...(column ? { column } : {}),
    ...(p.field ? { field: p.field } : {}),
    code: 'data',
    message: p.message,
  };
}

/** A row's cells as the schema reads them: every column, '' where the sheet has none. */
const rawRow = (cols: readonly string[], cells: Record<string, string>) =>
  Object.fromEntries(cols.map((c) => [c, cells[c] ?? '']));

function parseWith<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  w: Where,
  issues: SheetIssue[],
): z.output<S> | null {
  const res = schema.safeParse(raw);
  if (res.success) return res.data;
  for (const iss of res.error.issues) {
    const field = iss.path.length > 0 ? iss.path.join('.') : undefined;
    issues.push(issueAt(w, { field, message: iss.message }));
  }
  return null;
}

/** "row 5", or `"台账" row 5` when the first one is on another sheet (i18n/data-message.ts words both). */
const labelOf = (first: Where, here: Where) =>
  first.sheet === here.sheet ? `row ${first.row}` : `"${first.sheet.name}" row ${first.row}`;

/** Checks one kind's rows, sheet by sheet, keeping what must be seen across its sheets (duplicates). */
function ledgerChecker(ctx: ValidateContext, issues: SheetIssue[]) {
  const known = knownIdsOf(ctx.catalog);
  const stage = new Map(ctx.catalog.links.map((l) => [l.id, l.stage]));
  const county = new Map(ctx.catalog.parks.map((p) => [p.id, p.county]));
  const outlines = outlinesById(ctx.parkOutlines);
  const seen = new Map<string, Where>();
  const rows: LedgerRow[] = [];
  const check = (w: Where, cells: Record<string, string>): void => {
    const id = (cells.id ?? '').trim();
    const first = id ? seen.get(id) : undefined;
    if (first) issues.push(issueAt(w, { field: 'id', message: duplicateIdMessage(id, labelOf(first, w)) }));
    else if (id) seen.set(id, w);
    const rec = parseWith(nodeSchema, rawRow(NODE_COLUMNS, cells), w, issues);
    if (!rec) return;
    const refs = nodeReferenceProblems(rec, known);
    for (const p of refs) issues.push(issueAt(w, p));
    const parkCounty = county.get(rec.park);
    if (parkCounty === undefined) return; // unknown park: reported above
    const outline = outlines.get(rec.park);
    if (rec.lon !== null && rec.lat !== null) {
      const p = pointProblem(
        countyIndex(ctx.counties),
        rec.lon,
        rec.lat,
        parkCounty,
        `the county of its park ${rec.park}`,
        // As the data build: a sample node is placed by hand, so it has no error to allow for.
        rec.location_provenance === 'sample' ? 0 : BORDER_TOLERANCE_KM,
      );
      if (p) issues.push(issueAt(w, p));
    } else if (!outline) {
      issues.push(
        issueAt(w, {
          field: 'lon,lat',
          message: `no coordinates given and park "${rec.park}" has no outline to place the record in`,
        }),
      );
      return;
    }
    const linkStage = stage.get(rec.link);
    if (refs.length === 0 && linkStage) rows.push(nodeFeatureToRow(nodeFeature(rec, linkStage, outline)));
  };
  return { check, rows };
}

function statsChecker(ctx: ValidateContext, issues: SheetIssue[]) {
  const known = knownIdsOf(ctx.catalog);
  const seen = new Map<string, Where>();
  const rows: StatRow[] = [];
  const check = (w: Where, cells: Record<string, string>): void => {
    const rec = parseWith(parkStatSchema, rawRow(PARK_STAT_COLUMNS, cells), w, issues);
    if (!rec) return;
    const key = `${rec.park}~${rec.year}`;
    const first = seen.get(key);
    if (first) {
      issues.push(
        issueAt(w, { field: 'park', message: duplicateStatMessage(rec.park, rec.year, labelOf(first, w)) }),
      );
    } else seen.set(key, w);
    const refs = statReferenceProblems(rec, known);
    for (const p of refs) issues.push(issueAt(w, p));
    if (refs.length === 0) rows.push(builtStatToRow(rec));
  };
  return { check, rows };
}

export function validateSheets(sheets: ImportSheet[], ctx: ValidateContext): ValidatedImport {
  const issues: SheetIssue[] = [];
  const failed = { ledger: false, stats: false };
  const checkers = { ledger: ledgerChecker(ctx, issues), stats: statsChecker(ctx, issues) };
  const given = { ledger: false, stats: false };
  for (const sheet of sheets) {
    given[sheet.kind] = true;
    const before = issues.length;
    for (const { row, cells } of sheet.rows) checkers[sheet.kind].check({ sheet, row }, cells);
    if (issues.length > before) failed[sheet.kind] = true;
  }
  return {
    ledger: given.ledger && !failed.ledger ? checkers.ledger.rows : null,
    stats: given.stats && !failed.stats ? checkers.stats.rows : null,
    issues,
  };
}
