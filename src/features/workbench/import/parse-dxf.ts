/**
 * DXF (AutoCAD drawing exchange) with dxf-parser: LINE, LWPOLYLINE/POLYLINE (closed → Polygon, open →
 * LineString), POINT, CIRCLE (→ Polygon), ARC (→ LineString), each with its `layer`; a TEXT/MTEXT lying
 * inside a polygon becomes that polygon's `text`. A DXF names no coordinate system: coordinates are raw
 * drawing units (finalize resolves them from their ranges, e.g. Gauss–Krüger metres).
 */
import type { IDxf, IEntity, IPoint } from 'dxf-parser';
import { checkLimit } from './limits';
import { decodeText } from './read-text';
import { fail, type ImportWarning, type RawDataset, type RawFeature } from './types';

type Pos = [number, number];

/** `\U+5DE5` escapes (older DXF versions write non-ASCII text so) to characters; MTEXT formatting removed. */
export function dxfText(s: string | undefined): string {
  return (s ?? '')
    .replace(/\\U\+([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\P/g, '\n')
    .replace(/\\[ACFHQTWfhqtwac][^;]*;/g, '')
    .replace(/[{}]/g, '')
    .trim();
}

const pos = (p: IPoint): Pos => [p.x, p.y];
const same = (a: Pos, b: Pos) => a[0] === b[0] && a[1] === b[1];

function ring(points: Pos[]): Pos[] {
  const first = points[0] as Pos;
  return same(first, points[points.length - 1] as Pos) ? points : [...points, first];
}

function arcPoints(c: IPoint, r: number, start: number, end: number): Pos[] {
  let sweep = end - start;
  if (sweep <= 0) sweep += 2 * Math.PI;
  const n = Math.max(8, Math.ceil((sweep / (2 * Math.PI)) * 64));
  return Array.from({ length: n + 1 }, (_, i) => {
    const a = start + (sweep * i) / n;
    return [c.x + r * Math.cos(a), c.y + r * Math.sin(a)] as Pos;
  });
}

function inRing([x, y]: Pos, r: Pos[]): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i] as Pos;
    const [xj, yj] = r[j] as Pos;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

type Any = IEntity & Record<string, unknown>;

/** One entity as a GeoJSON geometry, or undefined for an entity type that is not read. */
function geometryOf(e: Any): GeoJSON.Geometry | undefined {
  switch (e.type) {
    case 'POINT':
      return { type: 'Point', coordinates: pos(e.position as IPoint) };
    case 'LINE': {
      const v = (e.vertices as IPoint[]) ?? [];
      return { type: 'LineString', coordinates: v.map(pos) };
    }
    case 'LWPOLYLINE':
    case 'POLYLINE': {
      const v = ((e.vertices as IPoint[]) ?? []).map(pos);
      // Closed by its flag, or drawn back to its first vertex.
      const closed = e.shape === true || (v.length >= 4 && same(v[0] as Pos, v[v.length - 1] as Pos));
      if (closed && v.length >= 3) return { type: 'Polygon', coordinates: [ring(v)] };
      return { type: 'LineString', coordinates: v };
    }
    case 'CIRCLE': {
      const pts = arcPoints(e.center as IPoint, e.radius as number, 0, 2 * Math.PI);
      return { type: 'Polygon', coordinates: [ring(pts.slice(0, -1))] };
    }
    case 'ARC':
      return {
        type: 'LineString',
        coordinates: arcPoints(
          e.center as IPoint,
          e.radius as number,
          e.startAngle as number,
          e.endAngle as number,
        ),
      };
    default:
      return undefined;
  }
}

export async function parseDxf(label: string, bytes: Uint8Array): Promise<RawDataset> {
  const text = decodeText(bytes);
  if (text.trim() === '') fail('empty-file', label, `${label} is empty.`);
  const invalid = (reason: string): never =>
    fail('invalid-dxf', label, `${label} is not a readable DXF file: ${reason}`, { reason });
  // A DXF is pairs of lines (group code, value) and has an ENTITIES section; check before the parser does.
  if (!/^\s*0\s*\r?\n\s*SECTION\s*$/m.test(text.slice(0, 4096)) || !/^\s*ENTITIES\s*$/m.test(text)) {
    invalid('no DXF SECTION / ENTITIES found');
  }
  const { default: DxfParser } = await import('dxf-parser');
  let dxf: IDxf | null;
  try {
    dxf = new DxfParser().parseSync(text);
  } catch (e) {
    return invalid(e instanceof Error ? e.message : String(e));
  }
  const entities = (dxf?.entities ?? []) as Any[];
  checkLimit('features', entities.length, label);
  const features: RawFeature[] = [];
  const skipped = new Map<string, number>();
  const texts: { at: Pos; text: string }[] = [];
  for (const e of entities) {
    if (e.type === 'TEXT' || e.type === 'MTEXT') {
      const at = (e.type === 'TEXT' ? e.startPoint : e.position) as IPoint | undefined;
      const t = dxfText(e.text as string);
      if (at && t) texts.push({ at: pos(at), text: t });
      continue;
    }
    const geometry = geometryOf(e);
    if (!geometry) {
      skipped.set(e.type, (skipped.get(e.type) ?? 0) + 1);
      continue;
    }
    features.push({ geometry, properties: { layer: dxfText(e.layer) }, index: features.length });
  }
  // Labels: a text inside exactly one polygon names it.
  for (const t of texts) {
    const hits = features.filter(
      (f) =>
        (f.geometry as GeoJSON.Geometry).type === 'Polygon' &&
        inRing(t.at, (f.geometry as GeoJSON.Polygon).coordinates[0] as Pos[]),
    );
    const [hit] = hits;
    if (hits.length === 1 && hit && hit.properties.text === undefined) hit.properties.text = t.text;
  }
  const warnings: ImportWarning[] = [];
  if (skipped.size > 0) {
    const count = [...skipped.values()].reduce((a, b) => a + b, 0);
    const types = [...skipped.keys()].join(', ');
    warnings.push({
      code: 'dxf-skipped-entities',
      file: label,
      detail: `${label}: ${count} entities of types not read (${types}) were skipped.`,
      params: { count, types },
    });
  }
  return { label, format: 'dxf', features, warnings };
}
