/**
 * The planner's GIS tools: import error messages by code (every new ImportErrorCode and ImportWarningCode has one here) (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.errors`).
 */
export const gisErrorsZh = {
  // Limits and validity (limits.ts, xml-guard.ts, geometry validity)
  'limit-exceeded': '{{file}} 超出导入限制:{{limitName}} 为 {{actual, number}},上限 {{max, number}}。',
  'xml-entities': '{{file}} 含 XML 实体声明(<!ENTITY>),出于安全原因拒绝读取。',
  cancelled: '已取消导入 {{file}}。',
  'self-intersection':
    '{{file}}:要素“{{feature}}”的边界自相交(在经度 {{lon}}、纬度 {{lat}} 附近),共有 {{count}} 个要素有此类问题;未导入任何要素。请在地理信息系统软件中修复后再导入。',
  'degenerate-geometry':
    '{{file}}:要素“{{feature}}”没有面积或长度(不同的点太少,或所有点在一条直线上;在经度 {{lon}}、纬度 {{lat}} 处),共有 {{count}} 个要素有此类问题;未导入任何要素。',
  'hole-outside-shell':
    '{{file}}:要素“{{feature}}”的内环(洞)在外环之外(在经度 {{lon}}、纬度 {{lat}} 处),共有 {{count}} 个要素有此类问题;未导入任何要素。',
  // CRS
  'unknown-crs':
    '{{file}} 使用的坐标系“{{crsName}}”暂不支持。请先用地理信息软件转换为 2000国家大地坐标系经纬度或高斯-克吕格投影,再导入。',
  'invalid-crs':
    '{{file}} 的坐标系说明(如 .prj 文件)无法识别:“{{text}}”。可去掉该说明,改按坐标范围推断;或换用正确的 .prj。',
  // Formats
  'invalid-geopackage': '{{file}} 无法作为 GeoPackage 读取(文件不是 SQLite 数据库、已损坏或不完整)。',
  'geopackage-no-feature-tables': '{{file}} 中没有要素表(gpkg_contents 中没有 features 类型的表)。',
  'geopackage-no-geometry': '{{file}}:该表登记为要素表,但没有几何字段。',
  'invalid-dxf': '{{file}} 无法作为 DXF 读取,文件已损坏或不是 DXF。',
  'invalid-flatgeobuf': '{{file}} 无法作为 FlatGeobuf 读取,文件已损坏或不完整。',
  'invalid-jzd': '{{file}} 第 {{line}} 行无法按界址点坐标格式读取(应为“点号,圈号,X,Y”,且在地块行“…,@”之后)。',
  warnings: {
    'closed-rings': '{{file}}:已闭合 {{count}} 个未闭合的环。',
    'removed-duplicate-points': '{{file}}:已删除 {{count}} 个重复点。',
    'dropped-zero-area-parts': '{{file}}:已删除 {{count}} 个面积为零的部分。',
    'dropped-degenerate-lines': '{{file}}:已删除 {{count}} 条少于 2 个不同点的线。',
    'dropped-unreadable-geometry': '{{file}}:{{count}} 个几何无法读取,已跳过。',
    'dropped-wkt-rows': '{{file}}:{{count}} 行的 WKT 几何无法解析,已跳过(第一处:第 {{line}} 行)。',
    'kml-remote-link': '{{file}} 链接了外部网址 {{href}},本应用不访问其他网站,该图层未导入。',
    'kml-link-cycle': '{{file}} 的网络链接循环引用了 {{href}},已只读取一次。',
    'kml-missing-link': '{{file}} 的网络链接 {{href}} 在压缩包中找不到对应文件,已跳过。',
    'dxf-skipped-entities': '{{file}}:{{count}} 个不支持的 DXF 图元({{types}})已跳过。',
  },
  /** The limits' names (limits.ts), for `limit-exceeded`. */
  limits: {
    bytesPerFile: '单个文件大小(字节)',
    bytesTotal: '一次导入的文件总大小(字节)',
    features: '要素数',
    vertices: '坐标点数',
    ringVertices: '单个环或线的坐标点数',
    parts: '单个要素的环或部分数',
    nesting: '嵌套层数',
    archiveExpansion: '压缩包解压后大小(字节)',
    archiveEntries: '压缩包内文件数',
    rows: '行数',
    linkedDocuments: 'KMZ 内链接文档数',
    linkDepth: 'KMZ 链接层数',
    archiveDepth: '压缩包嵌套层数',
    intersectionTests: '自相交检查的线段对数',
  },
};

export const gisErrorsEn: typeof gisErrorsZh = {
  // Limits and validity (limits.ts, xml-guard.ts, geometry validity)
  'limit-exceeded':
    '{{file}} exceeds an import limit: {{limitName}} is {{actual, number}}, the limit is {{max, number}}.',
  'xml-entities': '{{file}} declares XML entities (<!ENTITY>); it is refused for safety.',
  cancelled: 'The import of {{file}} was cancelled.',
  'self-intersection':
    '{{file}}: the outline of feature “{{feature}}” crosses itself (near longitude {{lon}}, latitude {{lat}}); {{count}} feature(s) have such a problem, so nothing was imported. Repair it in a GIS and import again.',
  'degenerate-geometry':
    '{{file}}: feature “{{feature}}” has no area or length (too few distinct points, or all on one line; at longitude {{lon}}, latitude {{lat}}); {{count}} feature(s) have such a problem, so nothing was imported.',
  'hole-outside-shell':
    '{{file}}: a hole of feature “{{feature}}” lies outside its outer ring (at longitude {{lon}}, latitude {{lat}}); {{count}} feature(s) have such a problem, so nothing was imported.',
  // CRS
  'unknown-crs':
    '{{file}} uses the coordinate system “{{crsName}}”, which is not supported. Convert it to CGCS2000 longitude/latitude or a Gauss–Krüger zone in a GIS program, then import again.',
  'invalid-crs':
    'The coordinate system text of {{file}} (such as its .prj file) cannot be read: “{{text}}”. Leave it out to have the system guessed from the coordinates, or use a correct .prj.',
  // Formats
  'invalid-geopackage':
    '{{file}} cannot be read as a GeoPackage (not an SQLite database, damaged or incomplete).',
  'geopackage-no-feature-tables':
    '{{file}} has no feature table (gpkg_contents lists no table of type features).',
  'geopackage-no-geometry': '{{file}}: the table is listed as features but has no geometry column.',
  'invalid-dxf': '{{file}} cannot be read as DXF: the file is damaged or not a DXF.',
  'invalid-flatgeobuf': '{{file}} cannot be read as FlatGeobuf: the file is damaged or incomplete.',
  'invalid-jzd':
    '{{file}}, line {{line}}, cannot be read as boundary-point data (expected “point, ring, X, Y” after a parcel line ending in @).',
  warnings: {
    'closed-rings': '{{file}}: closed {{count}} open ring(s).',
    'removed-duplicate-points': '{{file}}: removed {{count}} duplicate point(s).',
    'dropped-zero-area-parts': '{{file}}: dropped {{count}} part(s) with zero area.',
    'dropped-degenerate-lines': '{{file}}: dropped {{count}} line(s) with fewer than 2 distinct points.',
    'dropped-unreadable-geometry': '{{file}}: {{count}} geometries could not be read and were skipped.',
    'dropped-wkt-rows':
      '{{file}}: the WKT geometry of {{count}} row(s) could not be read; they were skipped (first: line {{line}}).',
    'kml-remote-link':
      '{{file}} links to the web address {{href}}; this app does not reach other sites, so that layer was not imported.',
    'kml-link-cycle': '{{file}}: a network link leads back to {{href}}; it was read only once.',
    'kml-missing-link': '{{file}}: the network link {{href}} names no file in the archive; it was skipped.',
    'dxf-skipped-entities': '{{file}}: {{count}} unsupported DXF entities ({{types}}) were skipped.',
  },
  limits: {
    bytesPerFile: 'size of one file (bytes)',
    bytesTotal: 'size of all files of one import (bytes)',
    features: 'number of features',
    vertices: 'number of coordinates',
    ringVertices: 'coordinates in one ring or line',
    parts: 'rings or parts of one feature',
    nesting: 'nesting depth',
    archiveExpansion: 'size of the unpacked archive (bytes)',
    archiveEntries: 'files in the archive',
    rows: 'number of rows',
    linkedDocuments: 'linked documents in the KMZ',
    linkDepth: 'depth of links in the KMZ',
    archiveDepth: 'archives nested in archives',
    intersectionTests: 'segment pairs compared in the self-intersection check',
  },
};
