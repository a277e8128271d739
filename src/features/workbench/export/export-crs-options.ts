/**
 * The systems the export menu offers for a Shapefile or a GeoPackage, described without the CRS catalog
 * (146 kB of definitions and proj4 load with the writers, when the planner exports): geographic CGCS2000 and
 * the CGCS2000 Gauss–Krüger zones over Xishuangbanna, 3° CM 99°/102° and 6° CM 99°/105°, each with and
 * without the zone number in the easting. A unit test checks each against the catalog.
 */
import type { CrsDef, CrsId } from '../import/crs/types';

export type ExportCrsOption = Pick<CrsDef, 'id' | 'epsg' | 'kind' | 'datum' | 'cm' | 'zone' | 'zonePrefix'>;

const gk = (
  epsg: number,
  kind: 'gk3' | 'gk6',
  cm: number,
  zone: number,
  zonePrefix: boolean,
): ExportCrsOption => ({
  id: `EPSG:${epsg}`,
  epsg,
  kind,
  datum: 'CGCS2000',
  cm,
  zone,
  zonePrefix,
});

export const EXPORT_CRS_OPTIONS: readonly ExportCrsOption[] = [
  { id: 'EPSG:4490', epsg: 4490, kind: 'geographic', datum: 'CGCS2000' },
  gk(4542, 'gk3', 99, 33, false),
  gk(4543, 'gk3', 102, 34, false),
  gk(4521, 'gk3', 99, 33, true),
  gk(4522, 'gk3', 102, 34, true),
  gk(4506, 'gk6', 99, 17, false),
  gk(4507, 'gk6', 105, 18, false),
  gk(4495, 'gk6', 99, 17, true),
  gk(4496, 'gk6', 105, 18, true),
];

export const EXPORT_CRS_IDS: readonly CrsId[] = EXPORT_CRS_OPTIONS.map((o) => o.id);
