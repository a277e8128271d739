/**
 * The planner's GIS tools: exports (Shapefile, KML, GeoPackage, GeoJSON, CSV) and print at scale (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.export`).
 */
export const gisExportZh = {};

export const gisExportEn: typeof gisExportZh = {};
