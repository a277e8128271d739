/**
 * The planner's GIS tools: drawing (undo, edit, snap, typed corners) (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.draw`).
 */
export const gisDrawZh = {};

export const gisDrawEn: typeof gisDrawZh = {};
