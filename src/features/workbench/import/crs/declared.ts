/**
 * The system a file names (crsHint): an EPSG code, a WKT .prj (ESRI, OGC WKT 1 with AUTHORITY, WKT2 with ID),
 * a GeoJSON `crs` name (urn:ogc:def:crs:EPSG::4547, EPSG:4547, OGC CRS84). A Transverse Mercator that matches
 * no EPSG code is read by its parameters into a custom definition. Systems the catalog cannot convert fail
 * with 'unknown-crs' naming them; text that is not a coordinate system fails with 'invalid-crs'.
 */
import { fail } from '../types';
import { CRS_CATALOG, crsById } from './crs-catalog';
import type { CrsDatum, CrsDef, CrsHint } from './types';
import { child, children, epsgOf, nameOf, parameters, parseWkt, type WktNode } from './wkt';

export interface Declared {
  def: CrsDef;
  /** The file's own name for the system. */
  name: string;
}

/** Names compared without case, spaces, punctuation; "Gauss-Kruger" and ESRI's "GK" are the same. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/gauss[-_ ]?kr[uü]ger/g, 'gk')
    .replace(/[^a-z0-9]/g, '');

const esriName = (d: CrsDef) => /^[A-Z]+\["([^"]+)"/.exec(d.esriWkt ?? '')?.[1];
const BY_NAME = new Map<string, CrsDef>();
for (const d of CRS_CATALOG) {
  for (const n of [d.name, esriName(d)]) if (n && !BY_NAME.has(norm(n))) BY_NAME.set(norm(n), d);
}
for (const [alias, id] of [
  ['CRS84', 'EPSG:4326'],
  ['OGC:CRS84', 'EPSG:4326'],
  ['WGS84', 'EPSG:4326'],
  ['CGCS2000', 'EPSG:4490'],
] as const) {
  BY_NAME.set(norm(alias), crsById(id) as CrsDef);
}

/** The catalog def for a name such as 'CGCS2000_3_Degree_GK_CM_102E' or 'EPSG:4547'. */
export function defByName(name: string): CrsDef | undefined {
  // urn:ogc:def:crs:EPSG::4547, urn:ogc:def:crs:EPSG:6.6:4547, EPSG:4547, …/def/crs/EPSG/0/4547
  const code = /(?:^|[:/])EPSG(?:[:/]+[\d.]*)*[:/]+(\d+)\s*$/i.exec(name.trim())?.[1];
  if (code) return crsById(Number(code));
  if (/CRS:?84\s*$/i.test(name)) return crsById(4326);
  return BY_NAME.get(norm(name));
}

const ELLIPSOIDS: { datum: CrsDatum; a: number; rf: number }[] = [
  { datum: 'CGCS2000', a: 6378137, rf: 298.257222101 },
  { datum: 'WGS84', a: 6378137, rf: 298.257223563 },
  { datum: 'Xian1980', a: 6378140, rf: 298.257 },
  { datum: 'Beijing1954', a: 6378245, rf: 298.3 },
];
const GEOGRAPHIC: Record<CrsDatum, number> = {
  WGS84: 4326,
  CGCS2000: 4490,
  Xian1980: 4610,
  Beijing1954: 4214,
};

function findDeep(n: WktNode, keywords: string[]): WktNode | undefined {
  for (const c of children(n)) {
    if (keywords.includes(c.keyword)) return c;
    const deeper = findDeep(c, keywords);
    if (deeper) return deeper;
  }
  return undefined;
}

function datumOf(root: WktNode): CrsDatum | undefined {
  const sph = findDeep(root, ['SPHEROID', 'ELLIPSOID']);
  const a = Number(sph?.args[1]);
  const rf = Number(sph?.args[2]);
  const e = ELLIPSOIDS.find((x) => Math.abs(x.a - a) < 0.01 && Math.abs(x.rf - rf) < 1e-6);
  return e?.datum;
}

const PROJECTED = ['PROJCS', 'PROJCRS', 'PROJECTEDCRS'];
const GEOGRAPHIC_KW = ['GEOGCS', 'GEOGCRS', 'GEOGRAPHICCRS', 'GEODCRS', 'GEODETICCRS'];
/** Coordinate systems the import cannot place on the earth (local CAD grids, heights, geocentric). */
const OTHER_CRS = [
  'LOCAL_CS',
  'ENGCRS',
  'ENGINEERINGCRS',
  'VERT_CS',
  'VERTCRS',
  'VERTICALCRS',
  'GEOCCS',
  'BOUNDCRS',
  'COMPD_CS',
  'COMPOUNDCRS',
];

/** A Transverse Mercator's parameters, in metres and degrees. */
interface Tm {
  cm: number;
  lat0: number;
  k: number;
  fe: number;
  fn: number;
  toMetre: number;
}
function tmParams(root: WktNode): { method?: string; tm?: Tm } {
  const method =
    nameOf(child(root, 'PROJECTION')) ?? nameOf(child(child(root, 'CONVERSION') ?? root, 'METHOD'));
  if (!method || !/transverse.?mercator|gauss.?kr[uü]ger/i.test(method)) return { method };
  const p = parameters(root);
  const get = (...names: string[]) => names.map((n) => p.get(n)).find((v) => v !== undefined);
  const unit = child(root, 'UNIT', 'LENGTHUNIT');
  const toMetre = typeof unit?.args[1] === 'number' ? unit.args[1] : 1;
  const tm: Tm = {
    cm: get('central_meridian', 'longitude_of_natural_origin', 'longitude_of_origin') ?? 0,
    lat0: get('latitude_of_origin', 'latitude_of_natural_origin') ?? 0,
    k: get('scale_factor', 'scale_factor_at_natural_origin') ?? 1,
    fe: (get('false_easting') ?? 0) * toMetre,
    fn: (get('false_northing') ?? 0) * toMetre,
    toMetre,
  };
  return { method, tm };
}

const num = (s: string, re: RegExp) => Number(re.exec(s)?.[1] ?? Number.NaN);

/** The catalog's TM def with these parameters, if any. */
function catalogTm(datum: CrsDatum, tm: Tm) {
  return CRS_CATALOG.find((d) => {
    if (d.datum !== datum || d.cm !== tm.cm || tm.fn !== 0 || tm.lat0 !== 0) return false;
    if (d.kind === 'utm') return Math.abs(tm.k - 0.9996) < 1e-9 && tm.fe === 500000;
    if (d.kind !== 'gk3' && d.kind !== 'gk6') return false;
    return Math.abs(tm.k - num(d.proj4, /\+k=([\d.]+)/)) < 1e-9 && tm.fe === num(d.proj4, /\+x_0=(\d+)/);
  });
}

const ELLPS: Record<CrsDatum, string> = {
  CGCS2000: '+ellps=GRS80',
  WGS84: '+datum=WGS84',
  Xian1980: '+ellps=IAU76',
  Beijing1954: '+ellps=krass',
};

function fromWkt(wkt: string, file: string): Declared {
  const root = parseWkt(wkt);
  const excerpt = wkt.trim().slice(0, 60);
  if (!root) {
    fail('invalid-crs', file, `${file}: the coordinate system text cannot be read as WKT ("${excerpt}").`, {
      text: excerpt,
    });
  }
  // A bound or compound system: its horizontal part.
  const wrapped = ['BOUNDCRS', 'COMPD_CS', 'COMPOUNDCRS'].includes(root.keyword);
  const r = wrapped ? (findDeep(root, [...PROJECTED, ...GEOGRAPHIC_KW]) ?? root) : root;
  const name = nameOf(r) ?? excerpt;
  if (OTHER_CRS.includes(r.keyword)) {
    fail('unknown-crs', file, `${file}: the coordinate system ${name} (${r.keyword}) is not supported.`, {
      crsName: name,
    });
  }
  if (![...PROJECTED, ...GEOGRAPHIC_KW].includes(r.keyword)) {
    fail('invalid-crs', file, `${file}: "${excerpt}" is not a coordinate system (${r.keyword}).`, {
      text: excerpt,
    });
  }
  const code = epsgOf(r);
  const byCode = code ? crsById(code) : undefined;
  if (byCode) return { def: byCode, name };
  const byName = defByName(name);
  if (byName && (byName.kind === 'geographic') !== PROJECTED.includes(r.keyword)) {
    return { def: byName, name };
  }
  const datum = datumOf(r);
  const unknown = (what: string): never =>
    fail('unknown-crs', file, `${file}: the coordinate system ${what} is not supported.`, { crsName: what });
  const label = code ? `${name} (EPSG:${code})` : name;
  if (GEOGRAPHIC_KW.includes(r.keyword)) {
    if (!datum) unknown(label);
    return { def: crsById(GEOGRAPHIC[datum as CrsDatum]) as CrsDef, name };
  }
  const { method, tm } = tmParams(r);
  if (!tm || !datum) return unknown(method ? `${label} (${method})` : label);
  const known = catalogTm(datum, tm);
  if (known) return { def: known, name };
  const toMeter = tm.toMetre !== 1 ? ` +to_meter=${tm.toMetre}` : '';
  const def: CrsDef = {
    id: 'custom',
    epsg: 0,
    name,
    kind: tm.k === 0.9996 ? 'utm' : Number.isInteger(tm.cm / 6 + 0.5) ? 'gk6' : 'gk3',
    datum,
    cm: tm.cm,
    zonePrefix: tm.fe >= 1e6,
    proj4: `+proj=tmerc +lat_0=${tm.lat0} +lon_0=${tm.cm} +k=${tm.k} +x_0=${tm.fe} +y_0=${tm.fn} ${ELLPS[datum]} +units=m${toMeter} +no_defs`,
    esriWkt: wkt.trim(),
    ...(datum === 'Xian1980' || datum === 'Beijing1954' ? { approximateDatum: true } : {}),
  };
  return { def, name };
}

const NAMING: CrsHint['from'][] = ['prj', 'geojson', 'geopackage', 'flatgeobuf'];

/** What the hint declares, or undefined when it declares nothing. */
export function declaredCrs(hint: CrsHint | undefined, file: string): Declared | undefined {
  if (!hint) return undefined;
  if (hint.epsg !== undefined && hint.epsg > 0) {
    const def = crsById(hint.epsg);
    if (def) return { def, name: hint.name ?? `EPSG:${hint.epsg}` };
    if (!hint.wkt) {
      const what = hint.name ? `${hint.name} (EPSG:${hint.epsg})` : `EPSG:${hint.epsg}`;
      fail('unknown-crs', file, `${file}: the coordinate system ${what} is not supported.`, {
        crsName: what,
      });
    }
  }
  // GeoPackage's rows for undefined systems (srs_id 0 and -1) say 'undefined'.
  if (hint.wkt?.trim() && hint.wkt.trim().toLowerCase() !== 'undefined') return fromWkt(hint.wkt, file);
  const name = hint.name?.trim();
  if (!name) return undefined;
  if (name.includes('[')) return fromWkt(name, file);
  const def = defByName(name);
  // Only these formats name a coordinate system; other parsers' names (CSV column names, a 界址点 header)
  // are notes, and an unknown one declares nothing.
  if (!def && !NAMING.includes(hint.from)) return undefined;
  if (!def) {
    fail('unknown-crs', file, `${file}: the coordinate system ${name} is not supported.`, { crsName: name });
  }
  return { def, name };
}
