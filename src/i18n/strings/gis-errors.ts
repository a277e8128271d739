/**
 * The planner's GIS tools: import error messages by code (every new ImportErrorCode and ImportWarningCode has one here) (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.errors`).
 */
export const gisErrorsZh = {
  // Limits and validity (limits.ts, xml-guard.ts, geometry validity)
  'limit-exceeded': '{{file}} 超出导入限制:{{limitName}} 为 {{actual}},上限 {{max}}。',
  'xml-entities': '{{file}} 含 XML 实体声明(<!ENTITY>),出于安全原因拒绝读取。',
  cancelled: '已取消导入 {{file}}。',
  // CRS
  // Formats
};

export const gisErrorsEn: typeof gisErrorsZh = {
  // Limits and validity (limits.ts, xml-guard.ts, geometry validity)
  'limit-exceeded': '{{file}} exceeds an import limit: {{limitName}} is {{actual}}, the limit is {{max}}.',
  'xml-entities': '{{file}} declares XML entities (<!ENTITY>); it is refused for safety.',
  cancelled: 'The import of {{file}} was cancelled.',
  // CRS
  // Formats
};
