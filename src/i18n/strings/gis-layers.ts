/**
 * The planner's GIS tools: the layer list, attributes and saved layers (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.layers`).
 */
export const gisLayersZh = {};

export const gisLayersEn: typeof gisLayersZh = {};
