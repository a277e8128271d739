/**
 * The planner's GIS tools: geodesic measurement (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.measure`).
 */
export const gisMeasureZh = {};

export const gisMeasureEn: typeof gisMeasureZh = {};
