/**
 * GeoPackage (OGC 12-128r18): an SQLite file. Every table listed in gpkg_contents with data_type 'features'
 * becomes a dataset labelled `file.gpkg/table`; its geometry blobs are a GeoPackage header followed by WKB,
 * its system comes from gpkg_spatial_ref_sys. Coordinates are delivered as stored (finalize reprojects).
 */
import type { Database } from 'sql.js';
import { checkLimit } from './limits';
import { loadSqlJs } from './sqlite';
import { fail, type RawDataset, type RawFeature } from './types';
import type { CrsHint } from './crs/types';
import { readWkb, WkbError } from './wkb';

const SQLITE_MAGIC = 'SQLite format 3\0';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The WKB geometry in a GeoPackage blob, or null for an empty one; throws WkbError for a bad blob. */
export function readGpkgGeometry(blob: Uint8Array): GeoJSON.Geometry | null {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50)
    throw new WkbError('no GeoPackage geometry header');
  const flags = blob[3] ?? 0;
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0x07];
  if (envelope === undefined) throw new WkbError('bad envelope code in the geometry header');
  if (flags & 0x10) return null; // empty geometry
  return readWkb(blob, 8 + envelope);
}

function rows<T extends Record<string, unknown>>(
  db: Database,
  sql: string,
  params: (string | number)[] = [],
): T[] {
  const stmt = db.prepare(sql, params);
  const out: T[] = [];
  try {
    while (stmt.step()) out.push(stmt.getAsObject() as T);
  } finally {
    stmt.free();
  }
  return out;
}

function srsHint(db: Database, srsId: number): CrsHint | undefined {
  if (srsId <= 0) return undefined;
  const [srs] = rows<{
    srs_name: string;
    organization: string;
    organization_coordsys_id: number;
    definition: string;
  }>(
    db,
    'SELECT srs_name, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    [srsId],
  );
  if (!srs) return undefined;
  const epsg = /^epsg$/i.test(String(srs.organization)) && srs.organization_coordsys_id > 0;
  const wkt = srs.definition && srs.definition !== 'undefined' ? String(srs.definition) : undefined;
  return {
    from: 'geopackage',
    ...(epsg ? { epsg: Number(srs.organization_coordsys_id) } : {}),
    ...(wkt ? { wkt } : {}),
    ...(srs.srs_name ? { name: String(srs.srs_name) } : {}),
  };
}

function readTable(
  db: Database,
  label: string,
  table: string,
  srsHintOf: (id: number) => CrsHint | undefined,
) {
  const tableLabel = `${label}/${table}`;
  const [geom] = rows<{ column_name: string; srs_id: number }>(
    db,
    'SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?',
    [table],
  );
  if (!geom) {
    fail(
      'geopackage-no-geometry',
      tableLabel,
      `${tableLabel}: the table is listed as features but has no geometry column in gpkg_geometry_columns.`,
      { table },
    );
  }
  const columns = rows<{ name: string; type: string; pk: number }>(db, `PRAGMA table_info(${quote(table)})`);
  const pk = columns.find((c) => c.pk === 1 && /^integer$/i.test(c.type))?.name;
  const keep = columns.map((c) => c.name).filter((n) => n !== geom.column_name && n !== pk);
  const [countRow] = rows<{ n: number }>(db, `SELECT COUNT(*) AS n FROM ${quote(table)}`);
  checkLimit('features', Number(countRow?.n ?? 0), tableLabel);
  const features: RawFeature[] = [];
  const warnings: RawDataset['warnings'] = [];
  // Columns by position (stmt.get), not by name (getAsObject builds an object per row: slower on big tables).
  const columnsSql = [geom.column_name, ...keep].map(quote).join(', ');
  const stmt = db.prepare(`SELECT ${columnsSql} FROM ${quote(table)}`);
  let index = 0;
  let firstBad: string | undefined;
  let bad = 0;
  try {
    while (stmt.step()) {
      const row = stmt.get();
      const blob = row[0];
      let geometry: GeoJSON.Geometry | null = null;
      if (blob instanceof Uint8Array) {
        try {
          geometry = readGpkgGeometry(blob);
        } catch (e) {
          bad++;
          firstBad ??= `feature ${index}: ${e instanceof Error ? e.message : String(e)}`;
          index++;
          continue;
        }
      }
      const properties: Record<string, unknown> = {};
      for (let c = 0; c < keep.length; c++) {
        const v = row[c + 1];
        if (!(v instanceof Uint8Array)) properties[keep[c] as string] = v;
      }
      features.push({ geometry, properties, index });
      index++;
    }
  } finally {
    stmt.free();
  }
  if (bad > 0 && firstBad) {
    warnings.push({
      code: 'dropped-unreadable-geometry',
      file: tableLabel,
      detail: `${tableLabel}: ${bad} geometry blob(s) could not be read (first: ${firstBad}).`,
      params: { count: bad },
    });
  }
  const crsHint = srsHintOf(Number(geom.srs_id));
  return {
    label: tableLabel,
    format: 'geopackage' as const,
    features,
    warnings,
    ...(crsHint ? { crsHint, declaredCrs: crsHint.name } : {}),
  } satisfies RawDataset;
}

/** One dataset per feature table of the GeoPackage. */
export async function parseGeoPackage(label: string, bytes: Uint8Array): Promise<RawDataset[]> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head !== SQLITE_MAGIC) {
    fail('invalid-geopackage', label, `${label} is not a GeoPackage: it is not an SQLite database.`, {
      reason: 'not-sqlite',
    });
  }
  const SQL = await loadSqlJs();
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    const open = db;
    const hasContents = rows(
      open,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'",
    );
    if (hasContents.length === 0) {
      fail(
        'invalid-geopackage',
        label,
        `${label} is an SQLite database but not a GeoPackage (no gpkg_contents).`,
        {
          reason: 'no-contents',
        },
      );
    }
    const tables = rows<{ table_name: string; data_type: string }>(
      open,
      'SELECT table_name, data_type FROM gpkg_contents ORDER BY rowid',
    );
    const featureTables = tables.filter((t) => /^features$/i.test(String(t.data_type)));
    if (featureTables.length === 0) {
      const found = tables.map((t) => `${t.table_name} (${t.data_type})`).join(', ');
      fail(
        'geopackage-no-feature-tables',
        label,
        `${label} has no feature table (found: ${found || 'none'}).`,
        {
          found,
        },
      );
    }
    const hints = new Map<number, CrsHint | undefined>();
    const hintOf = (id: number) => {
      if (!hints.has(id)) hints.set(id, srsHint(open, id));
      return hints.get(id);
    };
    return featureTables.map((t) => readTable(open, label, String(t.table_name), hintOf));
  } catch (e) {
    if (e instanceof Error && e.name === 'ImportFailure') throw e;
    const message = e instanceof Error ? e.message : String(e);
    return fail('invalid-geopackage', label, `${label} could not be read as a GeoPackage: ${message}`, {
      reason: message,
    });
  } finally {
    db?.close();
  }
}
