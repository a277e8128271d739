/**
 * Corner coordinates typed by a planner (the 输入坐标 form): longitude/latitude in decimal degrees or
 * 度分秒, or CGCS2000 Gauss–Krüger X (northing) / Y (easting) in a chosen zone, read into [lon, lat].
 * Every refusal names the row and the problem, as a Message.
 */
import type { Position } from 'geojson';
import type { Message } from '@/i18n/message';
import { CRS_CATALOG, toWgs84 } from '../import/crs/crs-catalog';
import type { CrsDef } from '../import/crs/types';

/** The Gauss–Krüger zones over Xishuangbanna: 3° bands at 99° and 102°, 6° bands at 99° and 105°. */
export const GK_ZONES = [
  { id: 'gk3-99', kind: 'gk3', cm: 99 },
  { id: 'gk3-102', kind: 'gk3', cm: 102 },
  { id: 'gk6-99', kind: 'gk6', cm: 99 },
  { id: 'gk6-105', kind: 'gk6', cm: 105 },
] as const;
export type GkZoneId = (typeof GK_ZONES)[number]['id'];

export type CornerSystem = { kind: 'lonlat' } | { kind: 'gk'; zone: GkZoneId };

/** One typed row: the longitude and latitude, or X (northing) and Y (easting). */
export interface CornerRow {
  a: string;
  b: string;
}

/** The catalog's CGCS2000 definition of a zone, with or without the zone number in front of the easting. */
export function gkDef(zone: GkZoneId, prefixed: boolean): CrsDef | undefined {
  const z = GK_ZONES.find((x) => x.id === zone);
  return CRS_CATALOG.find(
    (d) => d.datum === 'CGCS2000' && d.kind === z?.kind && d.cm === z.cm && !!d.zonePrefix === prefixed,
  );
}

type Angle = { ok: true; value: number } | { ok: false; problem: 'notNumber' | 'minutes' };

/**
 * An angle in decimal degrees ("100.7917", "-21,5" is not accepted: the comma separates fields) or in
 * degrees, minutes and seconds: 100°47′30″, 100°47'30", 100 47 30, 100度47分30秒, with an optional
 * hemisphere (N/E/S/W, 北/东/南/西; S and W negative).
 */
export function parseAngle(text: string): Angle {
  let t = text.trim().replace(/\s+/g, ' ');
  let sign = 1;
  const hemi = /^([NSEW北南东西])\s*|\s*([NSEW北南东西])$/i.exec(t);
  if (hemi) {
    const h = (hemi[1] ?? hemi[2] ?? '').toUpperCase();
    if (h === 'S' || h === 'W' || h === '南' || h === '西') sign = -1;
    t = t.replace(hemi[0], '').trim();
  }
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { ok: true, value: sign * Number(t) };
  const dms =
    /^([-+]?)(\d+(?:\.\d+)?)\s*(?:°|º|度|\s)\s*(?:(\d+(?:\.\d+)?)\s*(?:′|'|分|\s)?\s*(?:(\d+(?:\.\d+)?)\s*(?:″|"|''|′′|秒)?)?)?$/i.exec(
      t,
    );
  if (!dms) return { ok: false, problem: 'notNumber' };
  const deg = Number(dms[2]);
  const min = Number(dms[3] ?? 0);
  const sec = Number(dms[4] ?? 0);
  if (min >= 60 || sec >= 60) return { ok: false, problem: 'minutes' };
  const value = deg + min / 60 + sec / 3600;
  return { ok: true, value: (dms[1] === '-' ? -1 : 1) * sign * value };
}

/** A plain number (GK metres): digits with an optional decimal point; spaces between digit groups allowed. */
function parseMetres(text: string): number | null {
  const t = text.trim().replace(/[\s_]/g, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : null;
}

export type CornersResult = { ok: true; corners: Position[] } | { ok: false; errors: Message[] };

type RowProblem = 'empty' | 'notNumber' | 'latRange' | 'lonRange' | 'minutes' | 'outside';
const err = (key: RowProblem, n: number, text?: string): Message => ({
  key: `gis.draw.coords.error.${key}`,
  params: text === undefined ? { n } : { n, text },
});

/** The rows read into [lon, lat] corners; empty rows are skipped, every bad row is named. */
export function readCorners(rows: readonly CornerRow[], system: CornerSystem): CornersResult {
  const errors: Message[] = [];
  const corners: Position[] = [];
  rows.forEach((row, i) => {
    const n = i + 1;
    const a = row.a.trim();
    const b = row.b.trim();
    if (a === '' && b === '') return;
    if (a === '' || b === '') {
      errors.push(err('empty', n));
      return;
    }
    const p = system.kind === 'lonlat' ? readLonLat(a, b, n) : readGk(a, b, system.zone, n);
    if ('key' in p) errors.push(p);
    else corners.push(p.p);
  });
  if (errors.length === 0 && corners.length < 3) errors.push({ key: 'gis.draw.coords.error.tooFew' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, corners };
}

function readLonLat(a: string, b: string, n: number): { p: Position } | Message {
  const lon = parseAngle(a);
  if (!lon.ok) return lon.problem === 'minutes' ? err('minutes', n) : err('notNumber', n, a);
  const lat = parseAngle(b);
  if (!lat.ok) return lat.problem === 'minutes' ? err('minutes', n) : err('notNumber', n, b);
  if (Math.abs(lat.value) > 90) return err('latRange', n);
  if (Math.abs(lon.value) > 180) return err('lonRange', n);
  return { p: [lon.value, lat.value] };
}

function readGk(a: string, b: string, zone: GkZoneId, n: number): { p: Position } | Message {
  const x = parseMetres(a);
  if (x === null) return err('notNumber', n, a);
  const y = parseMetres(b);
  if (y === null) return err('notNumber', n, b);
  // An easting of 1,000 km or more carries the zone number in front (33 500 000 in 3° zone 33).
  const prefixed = Math.abs(y) >= 1e6;
  const def = gkDef(zone, prefixed);
  if (!def) return { key: 'gis.draw.coords.crsMissing' };
  if (prefixed && Math.floor(y / 1e6) !== def.zone) return err('outside', n);
  if (x < 0 || x > 10_000_000) return err('latRange', n);
  const [lon, lat] = toWgs84(def, true)([x, y]);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90) return err('latRange', n);
  // A point more than a zone's width from the central meridian was typed in another zone.
  const half = def.kind === 'gk3' ? 1.5 : 3;
  if (Math.abs(lon - (def.cm ?? lon)) > half + 1) return err('outside', n);
  return { p: [lon, lat] };
}

/**
 * Pasted lines into rows: "a,b" (comma, tab, semicolon or spaces), or a boundary-point row "J1,1,X,Y"
 * (the last two fields). Blank lines are skipped.
 */
export function pastedRows(text: string): CornerRow[] {
  const rows: CornerRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    let fields = t.split(/\s*[,\t;，；]\s*/).filter((f) => f !== '');
    if (fields.length === 1) fields = t.split(/\s+/);
    const b = fields.at(-1) ?? '';
    const a = fields.length >= 2 ? (fields.at(-2) ?? '') : '';
    rows.push({ a, b });
  }
  return rows;
}
