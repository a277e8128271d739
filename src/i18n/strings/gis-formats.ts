/**
 * The planner's GIS tools: the new file formats (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.formats`).
 */
export const gisFormatsZh = {};

export const gisFormatsEn: typeof gisFormatsZh = {};
