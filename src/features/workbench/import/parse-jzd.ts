/**
 * 界址点坐标交换文件 (.txt): the boundary-point text that land and natural-resources systems (国土 /
 * 自然资源, CASS 电子报盘) exchange. Layout:
 *
 *   [属性描述]            key=value lines: 坐标系, 几度分带, 投影类型, 计量单位, 带号, 精度, 转换参数 …
 *   [地块坐标]
 *   点数,面积,地块编号,地块名称,图形属性(点/线/面),图幅号,地块用途,地类编码,@     one line per parcel
 *   J1,1,X,Y                                                                       its points: name, ring, X, Y
 *
 * X is the northing and Y the easting (surveyor order); the parser delivers [Y, X] (easting, northing). A ring
 * ends where its ring number changes or where its first point repeats. The header's system becomes a crsHint
 * (an EPSG code when it pins one: datum + zone width + zone, with or without the zone prefix).
 */
import type { CrsHint } from './crs/types';
import { SECTION } from './jzd-detect';
import { checkLimit } from './limits';
import { decodeText } from './read-text';
import { fail, type RawDataset, type RawFeature } from './types';

type Pos = [number, number];

type Datum = 'CGCS2000' | 'Xian1980' | 'Beijing1954' | 'WGS84';

function datumOf(name: string): Datum | undefined {
  if (/2000|CGCS/i.test(name)) return 'CGCS2000';
  if (/西安|80|xian/i.test(name)) return 'Xian1980';
  if (/北京|54|beijing/i.test(name)) return 'Beijing1954';
  if (/WGS/i.test(name)) return 'WGS84';
  return undefined;
}

/** First EPSG codes of each Gauss–Krüger series: [zone-prefixed first zone code, CM first code, first zone]. */
const SERIES: Record<Exclude<Datum, 'WGS84'>, Record<3 | 6, [number, number, number]>> = {
  CGCS2000: { 3: [4513, 4534, 25], 6: [4491, 4502, 13] },
  Xian1980: { 3: [2349, 2370, 25], 6: [2327, 2338, 13] },
  Beijing1954: { 3: [2401, 2422, 25], 6: [21413, 21453, 13] },
};

/** The EPSG code a header and the eastings pin, if any. */
export function jzdEpsg(
  datum: Datum | undefined,
  width: number | undefined,
  zoneField: number | undefined,
  eastings: number[],
): number | undefined {
  if (!datum || datum === 'WGS84') return undefined;
  const w = width === 6 ? 6 : width === 3 ? 3 : undefined;
  const prefixed = eastings.length > 0 && eastings.every((e) => e >= 1e6);
  const prefixZone = prefixed ? Math.floor((eastings[0] as number) / 1e6) : undefined;
  if (!w) return undefined;
  let zone = zoneField;
  // A 带号 of 75–135 is a central meridian, not a zone number.
  if (zone !== undefined && zone > 60) zone = w === 3 ? zone / 3 : (zone + 3) / 6;
  zone ??= prefixZone;
  if (zone === undefined || !Number.isInteger(zone)) return undefined;
  if (prefixZone !== undefined && prefixZone !== zone) return undefined; // header and coordinates disagree
  const [zoneBase, cmBase, first] = SERIES[datum][w];
  const last = w === 3 ? 45 : 23;
  if (zone < first || zone > last) return undefined;
  return (prefixed ? zoneBase : cmBase) + zone - first;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

interface Parcel {
  line: number;
  fields: string[];
  rings: Pos[][];
  ringIds: string[];
}

const SHAPE: Record<string, 'point' | 'line' | 'polygon'> = { 点: 'point', 线: 'line', 面: 'polygon' };

function pointInRing([x, y]: Pos, r: Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i] as Pos;
    const [xj, yj] = r[j] as Pos;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function geometryOf(p: Parcel): GeoJSON.Geometry {
  const kind = SHAPE[(p.fields[4] ?? '').trim()] ?? 'polygon';
  if (kind === 'point') {
    const pts = p.rings.flat();
    return pts.length === 1
      ? { type: 'Point', coordinates: pts[0] as Pos }
      : { type: 'MultiPoint', coordinates: pts };
  }
  if (kind === 'line') {
    return p.rings.length === 1
      ? { type: 'LineString', coordinates: p.rings[0] as Pos[] }
      : { type: 'MultiLineString', coordinates: p.rings };
  }
  // Rings whose first point lies inside an earlier outer ring are its holes; others start a new polygon.
  const polygons: Pos[][][] = [];
  for (const r of p.rings) {
    const closed =
      r.length > 0 &&
      (r[0] as Pos)[0] === (r[r.length - 1] as Pos)[0] &&
      (r[0] as Pos)[1] === (r[r.length - 1] as Pos)[1];
    const ring = closed ? r : [...r, r[0] as Pos];
    const outer = polygons.find((poly) => pointInRing(ring[0] as Pos, poly[0] as Pos[]));
    if (outer) outer.push(ring);
    else polygons.push([ring]);
  }
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] as Pos[][] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

export function parseJzd(label: string, bytes: Uint8Array): RawDataset {
  const text = decodeText(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  const lines = text.split(/\r?\n/);
  checkLimit('rows', lines.length, label);
  const header: Record<string, string> = {};
  const parcels: Parcel[] = [];
  let section: string | undefined;
  const bad: (line: number, reason: string) => never = (line, reason) =>
    fail('invalid-jzd', label, `${label}, line ${line}: ${reason}`, { line, reason });
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    const l = raw.replace(/^\uFEFF/, '').trim();
    if (l === '') continue;
    const s = SECTION.exec(l);
    if (s) {
      section = s[1];
      continue;
    }
    if (section === '属性描述' || section === undefined) {
      const eq = l.indexOf('=');
      if (eq > 0) header[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
      continue;
    }
    const fields = l.split(/[,，]/).map((f) => f.trim());
    if (fields[fields.length - 1] === '@') {
      parcels.push({ line, fields: fields.slice(0, -1), rings: [], ringIds: [] });
      continue;
    }
    const parcel = parcels[parcels.length - 1];
    if (!parcel) bad(line, `a point row before any parcel line (…,@): "${l.slice(0, 60)}"`);
    const [, ringId = '1', xText = '', yText = ''] = fields;
    if (fields.length < 4 || !NUMBER.test(xText) || !NUMBER.test(yText)) {
      bad(line, `expected "point, ring, X, Y", found "${l.slice(0, 60)}"`);
    }
    const p: Pos = [Number(yText), Number(xText)]; // [easting, northing]
    const current = parcel.rings[parcel.rings.length - 1];
    const first = current?.[0];
    const closed =
      current &&
      current.length > 2 &&
      first &&
      first[0] === current[current.length - 1]?.[0] &&
      first[1] === current[current.length - 1]?.[1];
    if (!current || parcel.ringIds[parcel.ringIds.length - 1] !== ringId || closed) {
      parcel.rings.push([p]);
      parcel.ringIds.push(ringId);
    } else current.push(p);
  }
  if (parcels.length === 0) {
    fail('invalid-jzd', label, `${label} has no parcel lines in its [地块坐标] section.`, {
      line: lines.length,
    });
  }
  const features: RawFeature[] = [];
  for (const p of parcels) {
    if (p.rings.length === 0) continue;
    const [count, area, code, name, , sheet, use, landClass] = p.fields;
    const properties: Record<string, unknown> = {};
    const put = (key: string, v: string | undefined) => {
      if (v !== undefined && v !== '') properties[key] = v;
    };
    put('地块编号', code);
    put('地块名称', name);
    put('地块用途', use);
    put('地类编码', landClass);
    put('图幅号', sheet);
    if (area && NUMBER.test(area)) properties.面积 = Number(area);
    if (count && NUMBER.test(count)) properties.界址点数 = Number(count);
    features.push({ geometry: geometryOf(p), properties, index: features.length });
  }
  const eastings = parcels.flatMap((p) => p.rings.flat().map((q) => q[0]));
  const crsName = header.坐标系;
  const width = Number(header.几度分带) || undefined;
  const zone = header.带号 && NUMBER.test(header.带号) ? Number(header.带号) : undefined;
  const epsg = jzdEpsg(crsName ? datumOf(crsName) : undefined, width, zone, eastings);
  const name = [crsName, width ? `${width}°` : '', header.投影类型, zone !== undefined ? `${zone}` : '']
    .filter(Boolean)
    .join(' ');
  const crsHint: CrsHint = {
    from: 'jzd',
    axisOrder: 'xy',
    ...(epsg ? { epsg } : {}),
    ...(name ? { name } : {}),
  };
  return {
    label,
    format: 'jzd',
    features,
    warnings: [],
    crsHint,
    ...(name ? { declaredCrs: name } : {}),
  };
}
