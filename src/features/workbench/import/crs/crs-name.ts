import type { CrsDatum, CrsDef } from './types';

export type CrsLang = 'zh' | 'en';

const DATUM_FULL: Record<CrsDatum, Record<CrsLang, string>> = {
  CGCS2000: { zh: '2000国家大地坐标系', en: 'China Geodetic Coordinate System 2000' },
  WGS84: { zh: 'WGS 84', en: 'WGS 84' },
  Xian1980: { zh: '西安1980', en: 'Xian 1980' },
  Beijing1954: { zh: '北京1954', en: 'Beijing 1954' },
};
const DATUM_SHORT: Record<CrsDatum, Record<CrsLang, string>> = {
  ...DATUM_FULL,
  CGCS2000: { zh: 'CGCS2000', en: 'CGCS2000' },
};

/** The datum's name, e.g. 2000国家大地坐标系 / China Geodetic Coordinate System 2000. */
export function datumName(datum: CrsDatum, lang: CrsLang): string {
  return DATUM_FULL[datum][lang];
}

/**
 * The system's name in the UI language, e.g. "CGCS2000 / 3度带高斯-克吕格投影 第34带(带号在东坐标前)" /
 * "CGCS2000 / 3-degree Gauss–Krüger zone 34 (zone number in the easting)".
 */
export function crsName(def: CrsDef, lang: CrsLang): string {
  const zh = lang === 'zh';
  const datum = DATUM_SHORT[def.datum][lang];
  if (def.id === 'custom') {
    return zh
      ? `${datum} / 横轴墨卡托投影(文件自定义,中央经线东经${def.cm}°)`
      : `${datum} / Transverse Mercator (the file's own, central meridian ${def.cm}°E)`;
  }
  switch (def.kind) {
    case 'geographic':
      return zh ? `${DATUM_FULL[def.datum].zh} 经纬度` : `${DATUM_FULL[def.datum].en} (longitude/latitude)`;
    // In Chinese without Latin words: 网络墨卡托 (Web 墨卡托), 通用横轴墨卡托 (UTM).
    case 'web-mercator':
      return zh ? '网络墨卡托投影' : 'Web Mercator';
    case 'utm':
      return zh ? `WGS 84 / 通用横轴墨卡托投影 第${def.zone}带(北半球)` : `WGS 84 / UTM zone ${def.zone}N`;
    case 'gk3':
    case 'gk6': {
      const band = def.kind === 'gk3' ? 3 : 6;
      if (def.zonePrefix) {
        return zh
          ? `${datum} / ${band}度带高斯-克吕格投影 第${def.zone}带(带号在东坐标前)`
          : `${datum} / ${band}-degree Gauss–Krüger zone ${def.zone} (zone number in the easting)`;
      }
      return zh
        ? `${datum} / ${band}度带高斯-克吕格投影 中央经线东经${def.cm}°`
        : `${datum} / ${band}-degree Gauss–Krüger, central meridian ${def.cm}°E`;
    }
  }
}
