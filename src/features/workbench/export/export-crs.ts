/**
 * The systems a Shapefile or a GeoPackage can be written in: geographic CGCS2000 and the CGCS2000
 * Gauss–Krüger zones over Xishuangbanna (3°: CM 99°, 102°; 6°: CM 99°, 105°), each with and without the
 * zone number in the easting. Definitions, converters and .prj text from the import's CRS catalog.
 */
import { crsById, fromWgs84, prjText } from '../import/crs/crs-catalog';
import type { CrsDef, CrsId } from '../import/crs/types';
import type { ExportCrs } from './types';

export const EXPORT_CRS_IDS: readonly CrsId[] = [
  'EPSG:4490', // CGCS2000 geographic
  'EPSG:4542', // 3° CM 99E
  'EPSG:4543', // 3° CM 102E
  'EPSG:4521', // 3° zone 33 (prefix)
  'EPSG:4522', // 3° zone 34 (prefix)
  'EPSG:4506', // 6° CM 99E
  'EPSG:4507', // 6° CM 105E
  'EPSG:4495', // 6° zone 17 (prefix)
  'EPSG:4496', // 6° zone 18 (prefix)
];

export function exportCrsDef(id: CrsId): CrsDef {
  const def = crsById(id);
  if (!def) throw new Error(`${id} is not in the CRS catalog`);
  return def;
}

export function exportCrs(id: CrsId): ExportCrs {
  const def = exportCrsDef(id);
  const forward = fromWgs84(def);
  return {
    epsg: def.epsg,
    name: def.name,
    prj: prjText(def),
    geographic: def.kind === 'geographic',
    forward: (p) => forward([p[0] ?? 0, p[1] ?? 0]),
  };
}
