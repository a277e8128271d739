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
  /** The limits' names (limits.ts), for `limit-exceeded`. */
  limits: {
    bytesPerFile: '单个文件大小(字节)',
    bytesTotal: '一次导入的文件总大小(字节)',
    features: '要素数',
    vertices: '坐标点数',
    ringVertices: '单个环或线的坐标点数',
    nesting: '嵌套层数',
    archiveExpansion: '压缩包解压后大小(字节)',
    archiveEntries: '压缩包内文件数',
    rows: '行数',
    linkedDocuments: 'KMZ 内链接文档数',
    linkDepth: 'KMZ 链接层数',
  },
};

export const gisErrorsEn: typeof gisErrorsZh = {
  // Limits and validity (limits.ts, xml-guard.ts, geometry validity)
  'limit-exceeded': '{{file}} exceeds an import limit: {{limitName}} is {{actual}}, the limit is {{max}}.',
  'xml-entities': '{{file}} declares XML entities (<!ENTITY>); it is refused for safety.',
  cancelled: 'The import of {{file}} was cancelled.',
  // CRS
  // Formats
  limits: {
    bytesPerFile: 'size of one file (bytes)',
    bytesTotal: 'size of all files of one import (bytes)',
    features: 'number of features',
    vertices: 'number of coordinates',
    ringVertices: 'coordinates in one ring or line',
    nesting: 'nesting depth',
    archiveExpansion: 'size of the unpacked archive (bytes)',
    archiveEntries: 'files in the archive',
    rows: 'number of rows',
    linkedDocuments: 'linked documents in the KMZ',
    linkDepth: 'depth of links in the KMZ',
  },
};
