/**
 * The planner's GIS tools: geodesic measurement (zh is the reference; en has the same keys, checked by the type).
 * Loaded with the workbench's chunk (features/workbench/gis-strings.ts adds them to i18next under `gis.measure`).
 */
export const gisMeasureZh = {
  /** The short method notes shown next to the figures. */
  method: {
    area: '椭球面积 (CGCS2000)',
    length: '大地线长度 (CGCS2000 椭球)',
    distance: '大地线距离(CGCS2000 椭球),自地块边界起算',
  },
  /** The same, in full (a title tooltip). */
  methodTitle: {
    area: '面积按 CGCS2000 椭球面上的大地线边界计算(与土地调查同法),已扣除内环;WGS84 坐标与 CGCS2000 椭球相差不足 1 毫米,直接量算。',
    length: '长度为各段在 CGCS2000 椭球面上的大地线长度之和。',
    distance:
      '距离为 CGCS2000 椭球面上的大地线距离,从地块边界上最近的一点量起:设施在地块内或线路穿过地块时为 0。',
  },
  notMeasurable: '边界自相交或拐点不足 3 个,无法量算面积和距离',
  /** Between two method notes. */
  sep: ';',
};

export const gisMeasureEn: typeof gisMeasureZh = {
  method: {
    area: 'Ellipsoidal area (CGCS2000)',
    length: 'Geodesic length (CGCS2000 ellipsoid)',
    distance: "Geodesic distance on the CGCS2000 ellipsoid, from the site's edge",
  },
  methodTitle: {
    area: 'Area on the CGCS2000 ellipsoid with geodesic edges (as a land survey measures it), holes subtracted; WGS84 coordinates differ from the CGCS2000 ellipsoid by under 1 mm and are measured directly.',
    length: 'Length: the sum of each segment’s geodesic length on the CGCS2000 ellipsoid.',
    distance:
      "Geodesic distance on the CGCS2000 ellipsoid from the nearest point of the site's edge: 0 when the facility is inside the site or the line crosses it.",
  },
  notMeasurable:
    'The outline crosses itself or has fewer than 3 corners: no area or distances can be measured',
  sep: '; ',
};
