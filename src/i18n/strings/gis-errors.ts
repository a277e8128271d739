/**
 * The planner's GIS tools: import error messages by code (every new ImportErrorCode and ImportWarningCode has one here) (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.errors`).
 */
export const gisErrorsZh = {};

export const gisErrorsEn: typeof gisErrorsZh = {};
