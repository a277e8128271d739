/**
 * The coordinate systems planners' files come in, and what the import decided about a file's system.
 * The catalog (crs-catalog.ts) holds EPSG definitions for proj4; resolve.ts picks one from a file's own
 * declaration (.prj WKT, a GeoJSON `crs`, a GeoPackage srs_id) or from the coordinate ranges.
 */

/**
 * 'EPSG:4547' and the like: the catalog's key. 'custom' is a file's own Transverse Mercator (.prj parameters
 * matching no EPSG code); its definition travels in `CrsReport.def`.
 */
export type CrsId = `EPSG:${number}` | 'custom';

export type CrsKind = 'geographic' | 'gk3' | 'gk6' | 'utm' | 'web-mercator';
export type CrsDatum = 'CGCS2000' | 'WGS84' | 'Xian1980' | 'Beijing1954';

export interface CrsDef {
  id: CrsId;
  /** The EPSG code; 0 for a custom definition. */
  epsg: number;
  /** The EPSG registry's (English) name, e.g. 'CGCS2000 / 3-degree Gauss-Kruger CM 102E'; the .prj's own for custom. */
  name: string;
  /** The proj4 definition (from the EPSG registry; a custom one is the file's WKT, which proj4 reads). */
  proj4: string;
  /** ESRI WKT for a .prj (`gdalsrsinfo -o wkt_esri`); a custom one keeps the file's text. */
  esriWkt?: string;
  kind: CrsKind;
  datum: CrsDatum;
  /** Central meridian (Gauss–Krüger, UTM). */
  cm?: number;
  /** Zone number (3° or 6° Gauss–Krüger, UTM). */
  zone?: number;
  /** The easting carries the zone number in front (e.g. 34 500 000). */
  zonePrefix?: boolean;
  /** The datum shift to WGS84 is an approximation (Xian 1980, Beijing 1954): stated in the UI. */
  approximateDatum?: boolean;
}

/** What a file itself says about its system. */
export interface CrsHint {
  /** ESRI/OGC WKT, from a .prj or a GeoPackage's gpkg_spatial_ref_sys.definition. */
  wkt?: string;
  /** An EPSG code (GeoJSON `crs` urn, GeoPackage srs_id / organization_coordsys_id, FlatGeobuf header). */
  epsg?: number;
  /** The name as the file gives it, shown to the user. */
  name?: string;
  /**
   * Order of the pairs the parser delivers: 'north-east' = [northing, easting] (surveyor order; resolve swaps
   * them); 'xy' or absent = [easting, northing]. The 界址点 and CSV parsers put a column the file names as
   * the northing (界址点 X, 北坐标 X) second themselves and say 'xy', so the ranges need not decide.
   */
  axisOrder?: 'xy' | 'north-east';
  /** Where the hint came from. */
  from: 'prj' | 'geojson' | 'geopackage' | 'flatgeobuf' | 'kml' | 'gpx' | 'csv' | 'dxf' | 'jzd';
}

/** What the import used, reported to the UI (which lets the user override it). */
export interface CrsReport {
  id: CrsId;
  /** declared: named by the file; ranges: guessed from coordinates; override: chosen by the user. */
  source: 'declared' | 'ranges' | 'override';
  /** The file's X was the northing (surveyor order) and was swapped. */
  swapXY: boolean;
  /** The file's own name for its system, when it declared one. */
  declaredName?: string;
  /** Where the declaration came from (the hint's `from`), for the UI's "from the file's .prj". */
  declaredFrom?: CrsHint['from'];
  /** Other systems the coordinates fit, best first, for the override list. */
  candidates: CrsId[];
  /** The file's own definition when it matches no EPSG code (a .prj's Transverse Mercator): used when `id` is 'custom'. */
  def?: CrsDef;
}

/** The user's choice before a layer is added. */
export interface CrsOverride {
  id: CrsId;
  swapXY?: boolean;
}
