/**
 * Static facts about each park, computed once at build time with turf so the app's scores stay pure:
 * distances from the park's (schematic) outline to the nearest railway station, the nearest port of
 * each kind, the nearest border port by road or rail, the nearest expressway and the airport, and the
 * overlap of the outline with protected areas.
 *
 * Every distance is straight-line (great-circle) km from the park's edge: 0 when the target lies inside
 * the park or a line crosses it. A park drawn as a whole county (the experimental zone) is therefore 0
 * from everything in that county; that is what the outline says, so it is kept.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, point } from '@turf/helpers';
import intersect from '@turf/intersect';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonAreaM2 } from '../../../src/lib/geo/geodesic';
import type { PortKind } from '../../../src/lib/schemas/vocab';

type Area = Polygon | MultiPolygon;
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** The port kinds a park's access names one port for (the airport has its own field). */
export const ACCESS_PORT_KINDS = ['road', 'rail', 'river'] as const;
export type AccessPortKind = (typeof ACCESS_PORT_KINDS)[number];
/** Border ports for the host score's and the routing rule's port factor: by road or by rail. */
export const BORDER_PORT_KINDS: readonly AccessPortKind[] = ['road', 'rail'];

export interface Nearest {
  id: string;
  km: number;
}

export interface Access {
  station_id: string;
  station_km: number;
  /** The nearest border port by road or rail (the port factor of the host score and routing). */
  port_id: string;
  port_km: number;
  ports: Record<AccessPortKind, Nearest>;
  expressway_km: number;
  airport_km: number;
}

export interface AccessInput {
  stations: { id: string; at: Position }[];
  ports: { id: string; kind: PortKind; at: Position }[];
  airport: Position;
  expressways: Feature<LineString | MultiLineString>[];
}

const ringsOf = (park: Feature<Area>): Position[][] =>
  park.geometry.type === 'Polygon' ? park.geometry.coordinates : park.geometry.coordinates.flat();
const pathsOf = (line: Feature<LineString | MultiLineString>): Position[][] =>
  line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
const asLine = (coordinates: Position[]): LineString => ({ type: 'LineString', coordinates });
const kmToPath = (p: Position, path: Position[]) =>
  pointToLineDistance(point(p), asLine(path), { units: 'kilometers' });

/** km from the park's edge to a point; 0 when the point is inside the park. */
export function kmFromPark(park: Feature<Area>, p: Position): number {
  if (booleanPointInPolygon(p, park)) return 0;
  return Math.min(...ringsOf(park).map((ring) => kmToPath(p, ring)));
}

/** Whether segments ab and cd cross or touch (planar, in degrees: only "is it 0?" is asked). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const orient = (p: Position, q: Position, r: Position) =>
    Math.sign(
      ((q[0] ?? 0) - (p[0] ?? 0)) * ((r[1] ?? 0) - (p[1] ?? 0)) -
        ((q[1] ?? 0) - (p[1] ?? 0)) * ((r[0] ?? 0) - (p[0] ?? 0)),
    );
  const within = (p: Position, q: Position, r: Position) =>
    Math.min(p[0] ?? 0, r[0] ?? 0) <= (q[0] ?? 0) &&
    (q[0] ?? 0) <= Math.max(p[0] ?? 0, r[0] ?? 0) &&
    Math.min(p[1] ?? 0, r[1] ?? 0) <= (q[1] ?? 0) &&
    (q[1] ?? 0) <= Math.max(p[1] ?? 0, r[1] ?? 0);
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(a, c, b)) ||
    (o2 === 0 && within(a, d, b)) ||
    (o3 === 0 && within(c, a, d)) ||
    (o4 === 0 && within(c, b, d))
  );
}

const segments = (path: Position[]): [Position, Position][] =>
  path.slice(1).map((p, i) => [path[i] as Position, p]);

/**
 * km from the park's edge to the nearest point of a line; 0 when the line enters or crosses the park.
 * Otherwise the two outlines do not meet, and the shortest distance between them is from a vertex of
 * one to the other.
 */
export function kmFromParkToLine(park: Feature<Area>, line: Feature<LineString | MultiLineString>): number {
  const paths = pathsOf(line);
  const rings = ringsOf(park);
  if (paths.some((path) => path.some((p) => booleanPointInPolygon(p, park)))) return 0;
  const edges = rings.flatMap(segments);
  const crosses = paths.some((path) =>
    segments(path).some(([a, b]) => edges.some(([c, d]) => segmentsMeet(a, b, c, d))),
  );
  if (crosses) return 0;
  const fromLine = paths.flatMap((path) => path.map((p) => Math.min(...rings.map((r) => kmToPath(p, r)))));
  const fromPark = rings.flatMap((ring) => ring.map((p) => Math.min(...paths.map((l) => kmToPath(p, l)))));
  return Math.min(...fromLine, ...fromPark);
}

function nearestOf(park: Feature<Area>, places: { id: string; at: Position }[], what: string): Nearest {
  const best = places
    .map((s) => ({ id: s.id, km: kmFromPark(park, s.at) }))
    .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id))[0];
  if (!best) throw new Error(`park access: places.csv has no ${what}`);
  return { id: best.id, km: round(best.km) };
}

/** Straight-line (great-circle) km from the park's edge; see the file comment. */
export function parkAccess(park: Feature<Area>, input: AccessInput): Access {
  const station = nearestOf(park, input.stations, 'railway station');
  const ports = Object.fromEntries(
    ACCESS_PORT_KINDS.map((kind) => [
      kind,
      nearestOf(
        park,
        input.ports.filter((p) => p.kind === kind),
        `${kind} port`,
      ),
    ]),
  ) as Record<AccessPortKind, Nearest>;
  const border = BORDER_PORT_KINDS.map((k) => ports[k]).sort((a, b) => a.km - b.km)[0] as Nearest;
  if (input.expressways.length === 0) throw new Error('park access: lines.geojson has no expressway');
  return {
    station_id: station.id,
    station_km: station.km,
    port_id: border.id,
    port_km: border.km,
    ports,
    expressway_km: round(Math.min(...input.expressways.map((l) => kmFromParkToLine(park, l)))),
    airport_km: round(kmFromPark(park, input.airport)),
  };
}

/** Hectares of `park` inside any of `areas`, and that as a share of the park. */
export function protectedOverlap(
  park: Feature<Area>,
  areas: Feature<Area>[],
): { ha: number; share: number; ids: string[] } {
  let m2 = 0;
  const ids: string[] = [];
  for (const a of areas) {
    const x = intersect(featureCollection([park, a]));
    if (!x) continue;
    const part = polygonAreaM2(x.geometry);
    if (part > 1) {
      m2 += part;
      ids.push(String(a.properties?.id ?? ''));
    }
  }
  const total = polygonAreaM2(park.geometry);
  return { ha: round(m2 / 1e4), share: total > 0 ? round(m2 / total, 3) : 0, ids };
}
