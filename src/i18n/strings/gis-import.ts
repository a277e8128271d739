/**
 * The planner's GIS tools: the import pipeline (worker, progress, cancel, limits, validity) (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.import`).
 */
export const gisImportZh = {};

export const gisImportEn: typeof gisImportZh = {};
