/**
 * Which coordinate system a file's positions are in: the user's override, else what the file declares
 * (declared.ts), else a guess from the coordinate ranges. Ranges: every catalog system (in both axis orders)
 * whose inverse lands in China — and, for Gauss–Krüger and UTM, within its zone's band — is a candidate;
 * candidates are ranked by how much of the sample lands in Xishuangbanna (lon 99.9–101.9°, lat 21.1–22.7°),
 * then inside the zone's own band, then by preference (CGCS2000 3° > 6° > UTM > Xian 1980 > Beijing 1954;
 * the file's own order before the swapped one). A guess is reported with source 'ranges' so the UI asks the
 * user to check it.
 *
 * Surveyor order: Chinese survey files often give X = northing, Y = easting (X ≈ 2 4xx xxx, Y ≈ 34 4xx xxx or
 * 4xx xxx); the swapped order is tried for every system and reported as `swapXY`.
 */
import { fail } from '../types';
import { CRS_CATALOG, crsById, fromWgs84, toWgs84 } from './crs-catalog';
import { type Declared, declaredCrs } from './declared';
import type { CrsDef, CrsHint, CrsId, CrsOverride, CrsReport } from './types';

type Xy = [number, number];

/** Xishuangbanna (the prefecture), for ranking candidates. */
export const PREFECTURE = { west: 99.9, east: 101.9, south: 21.1, north: 22.7 };
/** China with a margin: where a projected sample must land to be a candidate. */
const CHINA = { west: 70, east: 140, south: 0, north: 56 };
const MAX_SAMPLE = 64;
const MERC_X = 20037508.342789244;

export interface CrsFit {
  def: CrsDef;
  swapXY: boolean;
  /** Share of the sample inside the prefecture, and inside the zone's band (1 for non-zoned systems). */
  inPrefecture: number;
  inBand: number;
  preference: number;
}

const PREFERENCE: Record<string, number> = {
  'geographic:WGS84': 10,
  'geographic:CGCS2000': 9,
  'web-mercator:WGS84': 9,
  'gk3:CGCS2000': 8,
  'gk6:CGCS2000': 7,
  'utm:WGS84': 6,
  'gk3:Xian1980': 4,
  'gk3:Beijing1954': 3,
  'gk6:Xian1980': 2,
  'gk6:Beijing1954': 1,
};
const preferenceOf = (d: CrsDef) => PREFERENCE[`${d.kind}:${d.datum}`] ?? 0;

/** At most MAX_SAMPLE finite positions spread over the input. */
function thin(sample: Xy[]): Xy[] {
  const pts = sample.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (pts.length <= MAX_SAMPLE) return pts;
  const step = pts.length / MAX_SAMPLE;
  return Array.from({ length: MAX_SAMPLE }, (_, i) => pts[Math.floor(i * step)] as Xy);
}

/** Cheap range test before any projection math. */
function plausible(def: CrsDef, [x, y]: Xy): boolean {
  switch (def.kind) {
    case 'geographic':
      return Math.abs(x) <= 180 && Math.abs(y) <= 90;
    case 'web-mercator':
      return Math.abs(x) <= MERC_X && Math.abs(y) <= MERC_X;
    default: {
      if (y < 0 || y > 6_300_000) return false;
      if (def.zonePrefix) return Math.floor(x / 1e6) === def.zone;
      return x > 0 && x < 1_000_000;
    }
  }
}

/** How far beyond its band (degrees) a zone is still a candidate: files do overrun zone edges. */
const BAND_MARGIN: Record<string, number> = { gk3: 1.5, gk6: 2, utm: 2 };
const bandHalf = (d: CrsDef) => (d.kind === 'gk3' ? 1.5 : 3);
const inBox = (b: typeof CHINA, [lon, lat]: Xy) =>
  lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;

/** How `sample` fits `def` in one axis order, or undefined when it does not. */
export function fitOf(def: CrsDef, swapXY: boolean, sample: Xy[], loose = false): CrsFit | undefined {
  const pts = swapXY ? sample.map(([x, y]): Xy => [y, x]) : sample;
  if (pts.length === 0) return undefined;
  if (!loose && !pts.every((p) => plausible(def, p))) return undefined;
  const inv = toWgs84(def);
  const fwd = fromWgs84(def);
  let prefecture = 0;
  let band = 0;
  for (const p of pts) {
    const ll = inv(p);
    if (!Number.isFinite(ll[0]) || !Number.isFinite(ll[1])) return undefined;
    if (Math.abs(ll[0]) > 180 || Math.abs(ll[1]) > 90) return undefined;
    if (def.kind !== 'geographic') {
      const back = fwd(ll);
      if (Math.hypot(back[0] - p[0], back[1] - p[1]) > 1) return undefined;
    }
    if (!loose && def.kind !== 'geographic' && !inBox(CHINA, ll)) return undefined;
    const off = def.cm === undefined ? 0 : Math.abs(ll[0] - def.cm);
    if (!loose && def.cm !== undefined && off > bandHalf(def) + (BAND_MARGIN[def.kind] ?? 0))
      return undefined;
    if (inBox(PREFECTURE, ll)) prefecture++;
    if (off <= (def.cm === undefined ? 0 : bandHalf(def))) band++;
  }
  return {
    def,
    swapXY,
    inPrefecture: prefecture / pts.length,
    inBand: band / pts.length,
    preference: preferenceOf(def) + (swapXY ? 0 : 0.5),
  };
}

const better = (a: CrsFit, b: CrsFit) =>
  b.inPrefecture - a.inPrefecture || b.inBand - a.inBand || b.preference - a.preference;

/** Every catalog system the sample fits, best first. */
export function rankCrs(sample: Xy[]): CrsFit[] {
  const pts = thin(sample);
  const fits: CrsFit[] = [];
  for (const def of CRS_CATALOG) {
    for (const swap of [false, true]) {
      const f = fitOf(def, swap, pts);
      if (f) fits.push(f);
    }
  }
  return fits.sort(better);
}

/**
 * The better axis order of `def` for the sample: the one that fits (strictly: in China and in the zone's
 * band; else loosely: any real position), the file's own order (or the swapped one, `preferSwapped`) on a tie.
 */
function orderFor(def: CrsDef, sample: Xy[], preferSwapped = false): { swapXY: boolean; fits: boolean } {
  const pts = thin(sample);
  if (pts.length === 0) return { swapXY: preferSwapped, fits: true };
  for (const loose of [false, true]) {
    const own = fitOf(def, false, pts, loose);
    const swapped = fitOf(def, true, pts, loose);
    if (own && swapped) {
      const tie = own.inPrefecture === swapped.inPrefecture && own.inBand === swapped.inBand;
      return { swapXY: tie ? preferSwapped : better(own, swapped) > 0, fits: true };
    }
    if (own || swapped) return { swapXY: !own, fits: true };
  }
  return { swapXY: false, fits: false };
}

/** The user's choice must give real positions: refuse it (naming the swap when that is the problem) if not. */
function checkChosen(def: CrsDef, swapXY: boolean, sample: Xy[], file: string): void {
  const pts = thin(sample);
  if (pts.length === 0 || fitOf(def, swapXY, pts, true)) return;
  const first = pts[0] ?? [0, 0];
  if (fitOf(def, !swapXY, pts, true)) {
    const what = def.kind === 'geographic' ? 'latitude, longitude' : 'northing, easting';
    fail(
      'swapped-coordinates',
      file,
      `${file}: in ${def.name} the coordinates (e.g. ${first[0]}, ${first[1]}) read as ${swapXY ? 'the other order' : what}; swap the axes.`,
      { feature: 0, x: first[0], y: first[1] },
    );
  }
  fail(
    'projected-coordinates',
    file,
    `${file}: the coordinates (e.g. ${first[0]}, ${first[1]}) are not positions in ${def.name}.`,
    { crsName: def.name, x: first[0], y: first[1] },
  );
}

const MAX_CANDIDATES = 8;
/**
 * The other systems worth offering, best first: those that put the sample in Xishuangbanna when any does,
 * else the best few.
 */
function candidateIds(fits: CrsFit[], except: CrsId): CrsId[] {
  const local = fits.filter((f) => f.inPrefecture > 0);
  const pool = local.length > 0 ? local : fits;
  const ids = [...new Set(pool.map((f) => f.def.id))].filter((id) => id !== except);
  return ids.slice(0, MAX_CANDIDATES);
}

/**
 * The system of `sample` ([x, y] as in the file). Throws ImportFailure ('unknown-crs', 'invalid-crs' for a
 * declaration it cannot use, 'projected-coordinates' when nothing fits).
 */
export function resolveCrs(sample: Xy[], hint?: CrsHint, override?: CrsOverride, file = ''): CrsReport {
  const declared: Declared | undefined = declaredCrs(hint, file);
  // A parser that knows the order says so (axisOrder); a 界址点 list without it is taken as surveyor order.
  const axis = hint?.axisOrder;
  const forced = axis === 'north-east' ? true : axis === 'xy' ? false : undefined;
  const preferSwapped = hint?.from === 'jzd' && forced === undefined;
  const all = rankCrs(sample);
  const ordered = forced === undefined ? all : all.filter((f) => f.swapXY === forced);
  const ranked = ordered.length > 0 ? ordered : all;
  const withDeclared = (r: CrsReport): CrsReport => {
    const named = declared && hint ? { ...r, declaredName: declared.name, declaredFrom: hint.from } : r;
    return declared?.def.id === 'custom' ? { ...named, def: declared.def } : named;
  };
  if (override) {
    const def = override.id === 'custom' ? declared?.def : crsById(override.id);
    if (!def || def.id !== override.id) {
      fail('unknown-crs', file, `${file}: the coordinate system ${override.id} is not supported.`, {
        crsName: override.id,
      });
    }
    const swapXY = override.swapXY ?? forced ?? orderFor(def, sample, preferSwapped).swapXY;
    checkChosen(def, swapXY, sample, file);
    return withDeclared({ id: def.id, source: 'override', swapXY, candidates: candidateIds(ranked, def.id) });
  }
  if (declared) {
    const order = orderFor(declared.def, sample, preferSwapped);
    const swapXY = forced ?? order.swapXY;
    if (order.fits && (forced === undefined || fitOf(declared.def, forced, thin(sample), true))) {
      return withDeclared({
        id: declared.def.id,
        source: 'declared',
        swapXY,
        candidates: candidateIds(ranked, declared.def.id),
      });
    }
  }
  const best = ranked[0];
  if (!best && thin(sample).length === 0) {
    return withDeclared({ id: 'EPSG:4326', source: 'ranges', swapXY: false, candidates: [] });
  }
  if (!best) {
    const first = thin(sample)[0] ?? [0, 0];
    const what = declared
      ? `the file declares ${declared.name}, but they do not fit it`
      : 'they fit no supported system';
    fail(
      'projected-coordinates',
      file,
      `${file}: the coordinates (e.g. ${first[0]}, ${first[1]}) are not longitude/latitude and ${what}.`,
      { crsName: declared?.name ?? '', x: first[0], y: first[1] },
    );
  }
  return withDeclared({
    id: best.def.id,
    source: 'ranges',
    swapXY: best.swapXY,
    candidates: candidateIds(ranked, best.def.id),
  });
}

/** The definition a report names (the custom one it carries, or the catalog's). */
export function reportDef(report: CrsReport): CrsDef {
  const def = report.id === 'custom' ? report.def : crsById(report.id);
  if (!def) throw new Error(`CRS ${report.id} is not in the catalog`);
  return def;
}
