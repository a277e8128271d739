import { checkLimit } from './limits';
import { decodeText } from './read-text';
import { fail, type RawDataset, type RawFeature } from './types';
import { GEOMETRY_TYPES } from '@/lib/geo/geometry-types';

/** `crs` names that mean plain longitude/latitude. */
const GEOGRAPHIC_CRS = /CRS84|EPSG:+4326|EPSG:+4490/i;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line and column (1-based) of a JSON.parse error, from the engine's message (V8, SpiderMonkey). */
export function jsonErrorLocation(
  text: string,
  message: string,
): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (!pos) return undefined;
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * The deepest nesting of arrays and objects in JSON text, by one linear scan that skips strings: run before
 * JSON.parse, so that deeply nested input is refused by its limit instead of overflowing a stack later.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, over escapes.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function toFeature(item: unknown, index: number): RawFeature {
  if (!isObject(item)) return { geometry: item, properties: {}, index };
  const props = isObject(item.properties) ? { ...item.properties } : {};
  if (
    item.id !== undefined &&
    props.id === undefined &&
    (typeof item.id === 'string' || typeof item.id === 'number')
  ) {
    props.id = item.id;
  }
  return { geometry: item.geometry ?? null, properties: props, index };
}

function declaredCrs(root: Record<string, unknown>): string | undefined {
  const crs = root.crs;
  const name = isObject(crs) && isObject(crs.properties) ? crs.properties.name : undefined;
  return typeof name === 'string' && !GEOGRAPHIC_CRS.test(name) ? name : undefined;
}

export function parseGeoJson(label: string, bytes: Uint8Array): RawDataset {
  const text = decodeText(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  checkLimit('nesting', jsonDepth(text), label);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = jsonErrorLocation(text, message);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    fail('invalid-json', label, `${label} is not valid JSON${where}: ${message}`, at ? { ...at } : undefined);
  }
  const base = { label, format: 'geojson' as const, warnings: [] };
  if (Array.isArray(root)) {
    checkLimit('features', root.length, label);
    if (root.every((f) => isObject(f) && f.type === 'Feature'))
      return { ...base, features: root.map(toFeature) };
    return fail('unsupported-format', label, `${label} is a JSON array, not GeoJSON.`, { format: 'json' });
  }
  if (!isObject(root))
    return fail('unsupported-format', label, `${label} is JSON but not GeoJSON.`, { format: 'json' });
  const type = typeof root.type === 'string' ? root.type : '';
  const crs = declaredCrs(root);
  const withCrs = crs ? { ...base, declaredCrs: crs } : base;
  if (type === 'FeatureCollection' || (type === '' && Array.isArray(root.features))) {
    if (!Array.isArray(root.features)) {
      return fail('invalid-json', label, `${label}: the FeatureCollection has no "features" array.`);
    }
    checkLimit('features', root.features.length, label);
    return { ...withCrs, features: root.features.map(toFeature) };
  }
  if (type === 'Feature') return { ...withCrs, features: [toFeature(root, 0)] };
  if (GEOMETRY_TYPES.has(type))
    return { ...withCrs, features: [{ geometry: root, properties: {}, index: 0 }] };
  if (type === 'Topology') {
    return fail('unsupported-format', label, `${label} is TopoJSON; convert it to GeoJSON first.`, {
      format: 'topojson',
    });
  }
  return fail('unsupported-format', label, `${label} is JSON but not GeoJSON (type "${type || 'none'}").`, {
    format: 'json',
  });
}
