/**
 * The planner's GIS tools: CRS detection, reprojection and the override list (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.crs`).
 * The systems' own names come from crs/crs-name.ts (crsName(def, lang)), in both languages.
 */
export const gisCrsZh = {
  /** Where the system came from (CrsReport.source, and for 'declared' the hint's `from`). */
  source: {
    prj: '来自文件的 .prj',
    geojson: '来自 GeoJSON 文件的坐标系声明',
    geopackage: '来自 GeoPackage 的坐标系表',
    flatgeobuf: '来自 FlatGeobuf 文件头',
    declared: '来自文件的坐标系声明',
    ranges: '按坐标范围推断,请核对',
    override: '已手动选择',
  },
  declaredName: '文件中的名称:{{name}}',
  approximateDatum:
    '{{datum}}换算到 WGS 84 采用近似方法(本地区没有公开的转换参数),位置偏差约数米至数十米,个别地方可能更大。',
  select: '坐标系',
  groups: {
    likely: '可能的坐标系',
    geographic: '经纬度',
    gk3: '高斯-克吕格投影 3度带',
    gk6: '高斯-克吕格投影 6度带',
    utm: '通用横轴墨卡托投影',
    webMercator: '网络墨卡托投影',
  },
  swap: 'X 为北坐标(测量坐标顺序)',
  swapGeographic: '先纬度、后经度',
};

export const gisCrsEn: typeof gisCrsZh = {
  source: {
    prj: "from the file's .prj",
    geojson: "from the file's crs member",
    geopackage: "from the GeoPackage's spatial reference table",
    flatgeobuf: 'from the FlatGeobuf header',
    declared: 'declared by the file',
    ranges: 'guessed from the coordinate ranges — please check',
    override: 'chosen by you',
  },
  declaredName: 'Name in the file: {{name}}',
  approximateDatum:
    '{{datum}} is converted to WGS 84 approximately (there are no published transformation parameters for this area): positions may be off by metres to tens of metres, in places more.',
  select: 'Coordinate system',
  groups: {
    likely: 'Likely systems',
    geographic: 'Longitude/latitude',
    gk3: 'Gauss–Krüger, 3-degree zones',
    gk6: 'Gauss–Krüger, 6-degree zones',
    utm: 'UTM',
    webMercator: 'Web Mercator',
  },
  swap: 'X is the northing (surveyor order)',
  swapGeographic: 'Latitude comes first',
};
