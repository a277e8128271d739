/** What the export writers take: a named layer of features with plain attribute values, and a target system. */
import type { Feature, Geometry, Position } from 'geojson';

export type ExportFormat = 'shapefile' | 'kml' | 'geopackage' | 'geojson' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['shapefile', 'kml', 'geopackage', 'geojson', 'csv'];

export type AttrValue = string | number | boolean | null;
export type Attrs = Record<string, AttrValue>;
export type ExportFeature = Feature<Geometry, Attrs>;

export interface ExportLayer {
  /** The layer's name (a GeoPackage table's identifier, a KML document name). */
  name: string;
  /** The file-name stem (ASCII-safe or the planner's own file name). */
  stem: string;
  features: ExportFeature[];
}

/** The coordinate system a Shapefile or a GeoPackage is written in. */
export interface ExportCrs {
  epsg: number;
  /** Its name, as the EPSG registry gives it (gpkg_spatial_ref_sys.srs_name). */
  name: string;
  /** ESRI WKT for the .prj (and the GeoPackage's definition). */
  prj: string;
  geographic: boolean;
  /** WGS84/CGCS2000 lon/lat → this system's x/y (easting, northing). */
  forward: (p: Position) => Position;
}

/** The three kinds a Shapefile holds one of each. */
export type GeomKind = 'points' | 'lines' | 'polygons';
