/**
 * One export: a layer in a format (and, for Shapefile and GeoPackage, a system) → the file's name, bytes and
 * media type. The writers are loaded when used (sql.js and its wasm only for a GeoPackage).
 */
import type { CrsId } from '../import/crs/types';
import type { CsvHeads } from './csv';
import type { ExportFormat, ExportLayer } from './types';

export interface ExportedFile {
  name: string;
  content: Uint8Array | string;
  type: string;
}

/** `stem.ext`, with the EPSG code for a projected Shapefile or GeoPackage (candidate-sites_4543.zip). */
export function exportFileName(stem: string, format: ExportFormat, crs: CrsId): string {
  const ext = { shapefile: 'zip', kml: 'kml', geopackage: 'gpkg', geojson: 'geojson', csv: 'csv' }[format];
  const projected = (format === 'shapefile' || format === 'geopackage') && crs !== 'EPSG:4490';
  return `${stem}${projected ? `_${crs.slice(5)}` : ''}.${ext}`;
}

export async function exportFile(
  layer: ExportLayer,
  format: ExportFormat,
  crsId: CrsId,
  heads: CsvHeads,
  loadSql: () => Promise<import('sql.js').SqlJsStatic>,
): Promise<ExportedFile> {
  const name = exportFileName(layer.stem, format, crsId);
  switch (format) {
    case 'shapefile': {
      const [{ writeShapefileZip }, { exportCrs }] = await Promise.all([
        import('./shapefile'),
        import('./export-crs'),
      ]);
      return { name, content: writeShapefileZip(layer, exportCrs(crsId)), type: 'application/zip' };
    }
    case 'geopackage': {
      const [{ writeGeoPackage }, { exportCrs }, SQL] = await Promise.all([
        import('./geopackage'),
        import('./export-crs'),
        loadSql(),
      ]);
      return {
        name,
        content: writeGeoPackage(SQL, layer, exportCrs(crsId)),
        type: 'application/geopackage+sqlite3',
      };
    }
    case 'kml':
      return {
        name,
        content: (await import('./kml')).writeKml(layer),
        type: 'application/vnd.google-earth.kml+xml',
      };
    case 'geojson':
      return { name, content: (await import('./geojson')).writeGeoJson(layer), type: 'application/geo+json' };
    case 'csv':
      return {
        name,
        content: (await import('./csv')).writeCsv(layer, heads),
        type: 'text/csv;charset=utf-8',
      };
  }
}
