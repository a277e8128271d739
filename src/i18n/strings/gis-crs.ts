/**
 * The planner's GIS tools: CRS detection, reprojection and the override list (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.crs`).
 */
export const gisCrsZh = {};

export const gisCrsEn: typeof gisCrsZh = {};
