/**
 * The systems a Shapefile or a GeoPackage can be written in: geographic CGCS2000 and the CGCS2000
 * Gauss–Krüger zones over Xishuangbanna (3°: CM 99°, 102°; 6°: CM 99°, 105°), each with and without the
 * zone number in the easting. Definitions, converters and .prj text from the import's CRS catalog.
 */
import { crsById, fromWgs84, prjText } from '../import/crs/crs-catalog';
import type { CrsDef, CrsId } from '../import/crs/types';
import type { ExportCrs } from './types';

export { EXPORT_CRS_IDS } from './export-crs-options';

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
