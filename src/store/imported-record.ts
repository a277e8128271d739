/**
 * An imported layer as it is kept in IndexedDB (pure: no database here). One record a layer, with its
 * own schema version `v`, so a later app can read (or migrate) what an older one wrote. A record is read
 * back only when its shape is right; one that is not is set aside (imported-persistence.ts), never
 * dropped, and `salvageLayer` tries to make a layer of whatever features it still holds.
 */
import type { Message } from '@/i18n/message';
import { isLayerColor } from '@/lib/layer-colors';
import type { ImportedLayer } from './workbench-slice';
import { GEOMETRY_TYPES } from '@/lib/geo/geometry-types';

/** The database, its version (an upgrade step per version: imported-db.ts) and its two stores. */
export const LAYERS_DB = 'xsbn-gis';
export const LAYERS_DB_VERSION = 1;
export const LAYERS_STORE = 'layers';
export const ASIDE_STORE = 'aside';
/** A big layer's features in parts (imported-db.ts); its record then names them. */
export const CHUNKS_STORE = 'chunks';

/** The parts a big layer's record names: the write they belong to and how many there are. */
export interface ChunkRef {
  stamp: string;
  n: number;
}
/** The version of one record's shape (not the database's). */
export const RECORD_VERSION = 1;

/** `rank`: where the layer sits in the list (records are read in key order; the list is sorted by it). */
export type LayerRecord = ImportedLayer & {
  v: typeof RECORD_VERSION;
  color: string;
  rank: number;
  savedAt: string;
};

/** Why a stored record is not read back as a layer. */
export type RecordProblem =
  | { code: 'notObject' }
  | { code: 'newerVersion'; version: number }
  | { code: 'unknownVersion' }
  | { code: 'badField'; field: string };

export type ReadResult =
  | { ok: true; layer: ImportedLayer; rank: number }
  | { ok: false; problem: RecordProblem };

/** A layer as a record (every other field a layer carries, a CRS report for one, is kept as it is). */
export function toRecord(layer: ImportedLayer, savedAt: Date, color: string, rank = 0): LayerRecord {
  return { ...layer, color: layer.color ?? color, v: RECORD_VERSION, rank, savedAt: savedAt.toISOString() };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A GeoJSON feature the map can be handed: a known geometry type with coordinates (or none). */
function isFeature(f: unknown): f is GeoJSON.Feature {
  if (!isObject(f) || f.type !== 'Feature') return false;
  if (f.properties !== null && f.properties !== undefined && !isObject(f.properties)) return false;
  const g = f.geometry;
  if (g === null) return true;
  if (!isObject(g) || typeof g.type !== 'string' || !GEOMETRY_TYPES.has(g.type)) return false;
  return g.type === 'GeometryCollection' ? Array.isArray(g.geometries) : Array.isArray(g.coordinates);
}

const isMessage = (m: unknown): m is Message =>
  isObject(m) && typeof m.key === 'string' && (m.params === undefined || isObject(m.params));

/** Reads a stored record back as a layer, or says which part is wrong. */
export function readRecord(raw: unknown): ReadResult {
  if (!isObject(raw)) return { ok: false, problem: { code: 'notObject' } };
  if (typeof raw.v === 'number' && raw.v > RECORD_VERSION)
    return { ok: false, problem: { code: 'newerVersion', version: raw.v } };
  if (raw.v !== RECORD_VERSION) return { ok: false, problem: { code: 'unknownVersion' } };
  const bad = (field: string): ReadResult => ({ ok: false, problem: { code: 'badField', field } });
  if (typeof raw.id !== 'string' || raw.id === '') return bad('id');
  if (typeof raw.name !== 'string') return bad('name');
  if (typeof raw.format !== 'string') return bad('format');
  if (typeof raw.redline !== 'boolean') return bad('redline');
  if (typeof raw.visible !== 'boolean') return bad('visible');
  if (!isLayerColor(raw.color)) return bad('color');
  // Still naming its parts: one of them was missing when it was read.
  if (raw.chunks !== undefined) return bad('data.chunks');
  if (raw.rank !== undefined && !(typeof raw.rank === 'number' && Number.isFinite(raw.rank)))
    return bad('rank');
  if (!Array.isArray(raw.warnings) || !raw.warnings.every(isMessage)) return bad('warnings');
  const data = raw.data;
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features))
    return bad('data');
  if (!data.features.every(isFeature)) return bad('data.features');
  const { v: _v, savedAt: _savedAt, rank, ...layer } = raw;
  return { ok: true, layer: layer as unknown as ImportedLayer, rank: typeof rank === 'number' ? rank : 0 };
}

/**
 * A layer made from an unreadable record, keeping every feature that is still whole: the record's
 * `data` (or the record itself, when it is a FeatureCollection or a list of features). Null when no
 * feature is left. The id is the caller's to make unique.
 */
export function salvageLayer(raw: unknown, fallbackName: string): ImportedLayer | null {
  const rec = isObject(raw) ? raw : {};
  const source: unknown = isObject(rec.data) ? rec.data : raw;
  const list: unknown[] = Array.isArray(source)
    ? source
    : isObject(source) && Array.isArray(source.features)
      ? source.features
      : [];
  const features = list.filter(isFeature);
  if (features.length === 0) return null;
  const name = typeof rec.name === 'string' && rec.name.trim() !== '' ? rec.name : fallbackName;
  return {
    id: typeof rec.id === 'string' && rec.id !== '' ? rec.id : 'restored',
    name,
    format: typeof rec.format === 'string' ? rec.format : 'GeoJSON',
    redline: rec.redline === true,
    visible: true,
    ...(isLayerColor(rec.color) ? { color: rec.color } : {}),
    data: { type: 'FeatureCollection', features },
    warnings: Array.isArray(rec.warnings) ? rec.warnings.filter(isMessage) : [],
  };
}

/** A record's problem in words (gis.layers.problem.*). */
export function recordProblemMessage(p: RecordProblem): Message {
  switch (p.code) {
    case 'notObject':
      return { key: 'gis.layers.problem.notObject' };
    case 'newerVersion':
      return { key: 'gis.layers.problem.newerVersion', params: { version: p.version } };
    case 'unknownVersion':
      return { key: 'gis.layers.problem.unknownVersion' };
    case 'badField':
      return { key: 'gis.layers.problem.badField', params: { field: p.field } };
  }
}
