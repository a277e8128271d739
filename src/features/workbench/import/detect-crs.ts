/**
 * Guess the coordinate reference system of a sample of [x, y] pairs from their ranges alone.
 *
 * - 'wgs84': every pair is a plausible longitude/latitude (|x| ≤ 180, |y| ≤ 90).
 * - 'swapped': latitude/longitude order (|x| ≤ 90 but 90 < |y| ≤ 180), e.g. Xishuangbanna as (22, 100.8).
 * - 'web-mercator': EPSG:3857 metres (|x| ≤ 20 037 508.34, |y| ≤ 20 048 966.1) whose inverse falls in or
 *   near China (lon 70–140°, lat 0–56°); Xishuangbanna is x ≈ 1.11e7–1.14e7, y ≈ 2.40e6–2.59e6.
 * - 'gauss-kruger-zoned': Gauss–Krüger / CGCS2000 with the zone number in front of the easting: 3° zones 25–45
 *   (x 25 000 000–45 999 999) or 6° zones 13–23 (x 13 000 000–23 999 999), one zone for the whole sample, and
 *   northings 0–6 300 000 m. Xishuangbanna is 3° zone 33 or 34 (x ≈ 33 6xx xxx / 34 3xx xxx), y ≈ 2.3e6–2.6e6.
 * - 'gauss-kruger': a transverse Mercator easting without zone prefix (0–1 000 000, false easting 500 000) and
 *   a northing of 0–6 300 000 m (Gauss–Krüger, or UTM, which has the same ranges).
 * - 'surveyor-order': one of the two Gauss–Krüger guesses with X and Y exchanged (X = northing, Y = easting, as
 *   Chinese survey lists write them: X ≈ 2 4xx xxx, Y ≈ 34 4xx xxx or 4xx xxx).
 * - 'projected-unknown': anything else that is not degrees.
 *
 * This is the quick classification for messages; crs/resolve.ts picks the actual system (zone, central
 * meridian, datum) from the catalog.
 */
export type CrsGuess =
  | 'wgs84'
  | 'swapped'
  | 'web-mercator'
  | 'gauss-kruger-zoned'
  | 'gauss-kruger'
  | 'surveyor-order'
  | 'projected-unknown';

const MERC_X = 20037508.342789244;
const MERC_Y = 20048966.1;
const R = 6378137;
/** Northern limit of China as a Gauss–Krüger northing (≈ 53.6°N), with margin. */
const MAX_NORTHING = 6_300_000;

const inRange = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

function looksLikeChinaMercator(x: number, y: number): boolean {
  if (Math.abs(x) > MERC_X || Math.abs(y) > MERC_Y) return false;
  const lon = (x / R) * (180 / Math.PI);
  const lat = (Math.atan(Math.sinh(y / R)) * 180) / Math.PI;
  return inRange(lon, 70, 140) && inRange(lat, 0, 56);
}

const gkZone = (x: number) => Math.floor(x / 1e6);
const isGkZone = (zone: number) => inRange(zone, 13, 23) || inRange(zone, 25, 45);

/** The Gauss–Krüger guess for easting/northing pairs, or undefined. */
function gaussKruger(pts: [number, number][]): 'gauss-kruger-zoned' | 'gauss-kruger' | undefined {
  if (!pts.every(([, y]) => inRange(y, 0, MAX_NORTHING))) return undefined;
  const first = pts[0] as [number, number];
  const zone = gkZone(first[0]);
  if (isGkZone(zone) && pts.every(([x]) => gkZone(x) === zone)) return 'gauss-kruger-zoned';
  if (pts.every(([x]) => inRange(x, 0, 1_000_000))) return 'gauss-kruger';
  return undefined;
}

/** The 3° or 6° zone a Gauss–Krüger easting with its zone number in front names, or undefined. */
export function zoneOfEasting(x: number): { zone: number; band: 3 | 6 } | undefined {
  const zone = gkZone(x);
  if (inRange(zone, 25, 45)) return { zone, band: 3 };
  if (inRange(zone, 13, 23)) return { zone, band: 6 };
  return undefined;
}

export function detectCrs(sample: [number, number][]): CrsGuess {
  const pts = sample.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (pts.length === 0) return 'wgs84';
  if (pts.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90)) return 'wgs84';
  if (
    pts.every(([x, y]) => Math.abs(x) <= 90 && Math.abs(y) <= 180) &&
    pts.some(([, y]) => Math.abs(y) > 90)
  ) {
    return 'swapped';
  }
  if (pts.every(([x, y]) => looksLikeChinaMercator(x, y))) return 'web-mercator';
  const gk = gaussKruger(pts);
  if (gk) return gk;
  if (gaussKruger(pts.map(([x, y]): [number, number] => [y, x]))) return 'surveyor-order';
  return 'projected-unknown';
}

/** An English name for a guess, for messages. */
export function crsLabel(crs: CrsGuess, sample?: [number, number][]): string {
  switch (crs) {
    case 'wgs84':
      return 'WGS84 longitude/latitude';
    case 'swapped':
      return 'latitude/longitude (swapped)';
    case 'web-mercator':
      return 'EPSG:3857 Web Mercator (metres)';
    case 'gauss-kruger-zoned': {
      const first = sample?.[0];
      const zone = first ? gkZone(first[0]) : undefined;
      const kind = zone !== undefined && zone >= 25 ? '3°' : '6°';
      return `CGCS2000 / Gauss–Krüger ${kind} zone ${zone ?? '?'} (metres, zone number in the easting)`;
    }
    case 'gauss-kruger':
      return 'Gauss–Krüger / transverse Mercator without zone number (metres)';
    case 'surveyor-order':
      return 'Gauss–Krüger in surveyor order (X = northing, Y = easting)';
    case 'projected-unknown':
      return 'a projected system (unknown)';
  }
}
