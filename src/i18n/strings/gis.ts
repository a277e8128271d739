/**
 * The planner's GIS strings, under `gis.*`: one file a part, so each part is edited on its own. They are not
 * in the map page's first JS: features/workbench/gis-strings.ts adds them when a workbench panel loads.
 */
import { gisCrsEn, gisCrsZh } from './gis-crs';
import { gisDrawEn, gisDrawZh } from './gis-draw';
import { gisErrorsEn, gisErrorsZh } from './gis-errors';
import { gisExportEn, gisExportZh } from './gis-export';
import { gisFormatsEn, gisFormatsZh } from './gis-formats';
import { gisImportEn, gisImportZh } from './gis-import';
import { gisLayersEn, gisLayersZh } from './gis-layers';
import { gisMeasureEn, gisMeasureZh } from './gis-measure';

export const gisZh = {
  crs: gisCrsZh,
  formats: gisFormatsZh,
  import: gisImportZh,
  errors: gisErrorsZh,
  layers: gisLayersZh,
  draw: gisDrawZh,
  export: gisExportZh,
  measure: gisMeasureZh,
};

export const gisEn: typeof gisZh = {
  crs: gisCrsEn,
  formats: gisFormatsEn,
  import: gisImportEn,
  errors: gisErrorsEn,
  layers: gisLayersEn,
  draw: gisDrawEn,
  export: gisExportEn,
  measure: gisMeasureEn,
};
