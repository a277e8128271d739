/**
 * GeoPackage 1.2 (OGC 12-128r15) written with sql.js: gpkg_spatial_ref_sys (the undefined systems, WGS84,
 * CGCS2000 and the chosen system), gpkg_contents, gpkg_geometry_columns, one feature table per geometry
 * kind, geometry as GeoPackage blobs; application_id 'GPKG' and user_version 10200, as GDAL expects.
 */
import type { Geometry } from 'geojson';
import type { SqlJsStatic } from 'sql.js';
import { attrKeys, mapGeometry, splitKinds } from './split-kinds';
import type { ExportCrs, ExportFeature, ExportLayer, GeomKind } from './types';
import { bboxOf, toGpkgBlob } from './wkb';

const APPLICATION_ID = 0x47504b47; // 'GPKG'
const USER_VERSION = 10200;

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
  description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
`;

/** The WGS84 definition the GeoPackage standard lists (Annex F.1). */
const WGS84 =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

const SINGLE: Record<GeomKind, string> = { points: 'POINT', lines: 'LINESTRING', polygons: 'POLYGON' };

/** POINT when every geometry is simple, MULTIPOINT (and the simple ones promoted) when any is Multi-. */
function columnType(kind: GeomKind, features: ExportFeature[]): { name: string; multi: boolean } {
  const multi = features.some((f) => f.geometry.type.startsWith('Multi'));
  return { name: multi ? `MULTI${SINGLE[kind]}` : SINGLE[kind], multi };
}

const promote = (g: Geometry): Geometry => {
  if (g.type === 'Point') return { type: 'MultiPoint', coordinates: [g.coordinates] };
  if (g.type === 'LineString') return { type: 'MultiLineString', coordinates: [g.coordinates] };
  if (g.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [g.coordinates] };
  return g;
};

/** SQLite column type of an attribute: INTEGER, REAL or TEXT (booleans and mixed values as text). */
function sqlType(values: unknown[]): 'INTEGER' | 'REAL' | 'TEXT' {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0 || !present.every((v) => typeof v === 'number' && Number.isFinite(v)))
    return 'TEXT';
  return present.every((v) => Number.isInteger(v)) ? 'INTEGER' : 'REAL';
}

/** A table name from the layer's stem: letters, digits and _ (a leading digit gets an underscore). */
export const tableName = (stem: string, kind: GeomKind, several: boolean) => {
  const base = stem.replace(/[^\p{L}\p{N}_]/gu, '_') || 'layer';
  const safe = /^\p{N}/u.test(base) ? `_${base}` : base;
  return several ? `${safe}_${kind}` : safe;
};

export function writeGeoPackage(SQL: SqlJsStatic, layer: ExportLayer, crs: ExportCrs): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${USER_VERSION};`);
    db.run(SCHEMA);
    const srs = db.prepare('INSERT OR REPLACE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    srs.run(['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84, 'longitude/latitude on WGS 84']);
    srs.run([crs.name, crs.epsg, 'EPSG', crs.epsg, crs.prj, null]);
    srs.free();
    const kinds = splitKinds(layer.features);
    for (const [kind, features] of kinds) {
      const table = tableName(layer.stem, kind, kinds.length > 1);
      const keys = attrKeys(features).filter((k) => !['fid', 'geom'].includes(k.toLowerCase()));
      const types = keys.map((k) => sqlType(features.map((f) => f.properties?.[k])));
      const cols = keys.map((k, i) => `${quote(k)} ${types[i]}`).join(', ');
      db.run(
        `CREATE TABLE ${quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${columnType(kind, features).name}${cols ? `, ${cols}` : ''})`,
      );
      const { name: typeName, multi } = columnType(kind, features);
      const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
      const insert = db.prepare(
        `INSERT INTO ${quote(table)} (geom${keys.map((k) => `, ${quote(k)}`).join('')}) VALUES (?${', ?'.repeat(keys.length)})`,
      );
      for (const f of features) {
        const xy = mapGeometry(multi ? promote(f.geometry) : f.geometry, (p) => crs.forward(p));
        const b = bboxOf(xy);
        box[0] = Math.min(box[0], b[0]);
        box[1] = Math.min(box[1], b[1]);
        box[2] = Math.max(box[2], b[2]);
        box[3] = Math.max(box[3], b[3]);
        insert.run([
          toGpkgBlob(xy, crs.epsg),
          ...keys.map((k, i) => {
            const v = f.properties?.[k];
            if (v === null || v === undefined) return null;
            return types[i] === 'TEXT' ? String(v) : (v as number);
          }),
        ]);
      }
      insert.free();
      db.run('INSERT INTO gpkg_contents VALUES (?, ?, ?, ?, strftime(?, ?), ?, ?, ?, ?, ?)', [
        table,
        'features',
        kinds.length > 1 ? `${layer.name} (${kind})` : layer.name,
        '',
        '%Y-%m-%dT%H:%M:%fZ',
        'now',
        ...box,
        crs.epsg,
      ]);
      db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [
        table,
        'geom',
        typeName,
        crs.epsg,
      ]);
    }
    return db.export();
  } finally {
    db.close();
  }
}
