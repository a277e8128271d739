/**
 * What a planner needs to know about a candidate site (a drawn or imported polygon): area, county,
 * nearest park, distances to the nearest railway station, the nearest road or rail border port (the
 * kind the parks' access uses), the nearest expressway and the airport, and its overlap with protected
 * areas. Measured like a land survey (src/lib/geo/geodesic): areas on the CGCS2000 ellipsoid, distances
 * along geodesics from the nearest point of the SITE'S EDGE (0 when the feature is inside or crosses
 * the site); areas in m²/km²/ha/亩. A shape that cannot be measured (a bow-tie, fewer than three
 * corners) has no metrics at all (null → "—"), never 0 亩 and a distance from a centroid off the map.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import centerOfMass from '@turf/center-of-mass';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonAreaM2, polygonToLineM, polygonToPointM, polygonToPolygonM } from '@/lib/geo/geodesic';
import { isMeasurableArea } from '@/lib/geo/measurable';
import { type AreaFigures, areaFigures } from '@/lib/geo/units';

export type Area = Polygon | MultiPolygon;
export type IdFeature<G extends Feature['geometry']> = Feature<G, { id: string; [k: string]: unknown }>;

export interface SiteContext {
  counties: IdFeature<Area>[];
  parks: IdFeature<Area>[];
  protectedAreas: IdFeature<Area>[];
  stations: IdFeature<GeoJSON.Point>[];
  /** The road and rail border ports (port_kind road | rail). */
  borderPorts: IdFeature<GeoJSON.Point>[];
  airport: Position | null;
  expressways: Feature<LineString>[];
}

export interface SiteMetrics {
  area: AreaFigures;
  /** Where to point the camera (the centre of mass); never measured from. */
  centre: Position;
  county: string | null;
  /** km from the site's edge to the nearest park's edge (0 when they overlap); NaN without parks. */
  nearestPark: { id: string; km: number };
  /** km from the site's edge (0 when inside); NaN without stations. */
  station: { id: string; km: number };
  /** null when no port is in the data (a places file that failed to load). */
  port: { id: string; km: number } | null;
  expresswayKm: number | null;
  airportKm: number | null;
  protectedOverlap: { m2: number; ha: number; mu: number; ids: string[] };
}

const km = (m: number | null) => (m === null ? Number.NaN : m / 1000);

/** km from a point to a polygon's edge; 0 when the point is inside. */
export function kmToArea(p: Position, f: Feature<Area>): number {
  return km(polygonToPointM(f.geometry, p));
}

/** The nearest of `items` by `kmOf` (ties by id); null when there are none. */
function nearest<T extends { id: string }>(
  items: T[],
  kmOf: (t: T) => number,
): { id: string; km: number } | null {
  let best: { id: string; km: number } | null = null;
  for (const it of items) {
    const d = kmOf(it);
    if (!Number.isFinite(d)) continue;
    if (!best || d < best.km || (d === best.km && it.id.localeCompare(best.id) < 0))
      best = { id: it.id, km: d };
  }
  return best;
}

/** The intersection of two areas (turf, planar in lon/lat), or null (none, or a clipping failure). */
function clip(a: Feature<Area>, b: Feature<Area>): Feature<Area> | null {
  try {
    return intersect(featureCollection([a, b]));
  } catch {
    return null;
  }
}

/**
 * Area of `site` inside each of `areas`, summed (ellipsoidal m², 1 m² and less ignored as slivers); with
 * the ids it touches. A site that cannot be measured overlaps nothing.
 */
export function overlapWith(site: Feature<Area>, areas: IdFeature<Area>[]): { m2: number; ids: string[] } {
  let m2 = 0;
  const ids: string[] = [];
  if (!isMeasurableArea(site.geometry)) return { m2, ids };
  for (const a of areas) {
    const x = clip(site, a);
    const part = x ? polygonAreaM2(x.geometry) : 0;
    if (part > 1) {
      m2 += part;
      ids.push(a.properties.id);
    }
  }
  return { m2, ids };
}

/** The centre of mass of a measurable site; null otherwise (never measured from: only the camera uses it). */
function massCentre(site: Feature<Area>): Position | null {
  if (!isMeasurableArea(site.geometry)) return null;
  const c = centerOfMass(site).geometry.coordinates;
  return c.every(Number.isFinite) ? c : null;
}

/**
 * The camera's target for a site: its centre of mass; for a shape that cannot be measured (a bow-tie
 * to locate and repair) the middle of its box of finite corners; null when it has none.
 */
export function siteCentre(site: Feature<Area>): Position | null {
  const c = massCentre(site);
  if (c) return c;
  const pts = (site.geometry.type === 'Polygon' ? [site.geometry.coordinates] : site.geometry.coordinates)
    .flat(2)
    .filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[1] ?? 91) <= 90);
  if (pts.length === 0) return null;
  const xs = pts.map((p) => p[0] as number);
  const ys = pts.map((p) => p[1] as number);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** The site's metrics; null when its shape cannot be measured (shown as "—"). */
export function siteMetrics(site: Feature<Area>, ctx: SiteContext): SiteMetrics | null {
  const centre = massCentre(site);
  if (!centre) return null;
  const g = site.geometry;
  const county = ctx.counties.find((c) => booleanPointInPolygon(centre, c))?.properties.id ?? null;
  const toPoint = (p: Position) => km(polygonToPointM(g, p));
  const nearestPark = nearest(
    ctx.parks.map((p) => ({ id: p.properties.id, g: p.geometry })),
    (p) => km(polygonToPolygonM(g, p.g)),
  ) ?? { id: '', km: Number.NaN };
  const station = nearest(
    ctx.stations.map((s) => ({ id: s.properties.id, at: s.geometry.coordinates })),
    (s) => toPoint(s.at),
  ) ?? { id: '', km: Number.NaN };
  const port = nearest(
    ctx.borderPorts.map((s) => ({ id: s.properties.id, at: s.geometry.coordinates })),
    (s) => toPoint(s.at),
  );
  const roads = ctx.expressways.map((l) => km(polygonToLineM(g, l.geometry))).filter(Number.isFinite);
  const overlap = overlapWith(site, ctx.protectedAreas);
  const o = areaFigures(overlap.m2);
  const airportKm = ctx.airport ? toPoint(ctx.airport) : null;
  return {
    area: areaFigures(polygonAreaM2(g)),
    centre,
    county,
    nearestPark,
    station,
    port,
    expresswayKm: roads.length > 0 ? Math.min(...roads) : null,
    airportKm: airportKm !== null && Number.isFinite(airportKm) ? airportKm : null,
    protectedOverlap: { m2: overlap.m2, ha: o.ha, mu: o.mu, ids: overlap.ids },
  };
}
