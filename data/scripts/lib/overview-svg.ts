/**
 * The map page's static overview (geo/overview.svg): the prefecture with its counties, borders, the
 * axis and the wings, the river, railway and expressways, and the park outlines, as the map draws
 * them (the same colours), painted with the HTML before any script runs. It is drawn over exactly the
 * box of the map's first view (PREFECTURE_BOUNDS) in Web Mercator, so MapLibre, fitting the same box,
 * takes over where the picture was. No text: one picture for both languages.
 */
import bboxClip from '@turf/bbox-clip';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import { PREFECTURE_BOUNDS } from '../../../src/lib/geo/prefecture-bounds';
import { thinRing } from '../../../src/lib/geo/thin-ring';
import { palette } from '../../../src/lib/palette';

/** Drawn width in SVG units; the height follows from the box in Web Mercator. */
export const OVERVIEW_WIDTH = 1000;

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export function overviewProjection(width = OVERVIEW_WIDTH) {
  const [[w, s], [e, n]] = PREFECTURE_BOUNDS;
  const kx = width / (e - w);
  const ky = kx / (Math.PI / 180);
  const height = Math.round((mercY(n) - mercY(s)) * ky);
  return {
    width,
    height,
    point: (lon: number, lat: number): [number, number] => [(lon - w) * kx, (mercY(n) - mercY(lat)) * ky],
  };
}

type Fc = FeatureCollection<Geometry, Record<string, unknown>>;
type Area = Polygon | MultiPolygon;
type Line = LineString | MultiLineString;

export function overviewSvg(outputs: Record<string, unknown>): string {
  const p = overviewProjection();
  const [[w, s], [e, n]] = PREFECTURE_BOUNDS;
  // A margin so that clipped edges fall outside the picture.
  const clipBox: [number, number, number, number] = [w - 0.2, s - 0.2, e + 0.2, n + 0.2];
  const fc = (file: string): Feature<Geometry, Record<string, unknown>>[] =>
    ((outputs[file] as Fc | undefined)?.features ?? []).filter((f) => f.geometry);
  const ring = (pts: number[][], close: boolean) =>
    `M${thinRing(
      pts.map(([lon = 0, lat = 0]) => p.point(lon, lat)),
      1.5,
      0,
    )}${close ? 'Z' : ''}`;
  const areaPath = (f: Feature<Geometry>) => {
    const g = bboxClip(f as Feature<Area>, clipBox).geometry as Area;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.flatMap((poly) => poly.filter((r) => r.length > 2).map((r) => ring(r, true))).join('');
  };
  const linePath = (f: Feature<Geometry>) => {
    const g = bboxClip(f as Feature<Line>, clipBox).geometry as Line;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    return lines
      .filter((l) => l.length > 1)
      .map((l) => ring(l, false))
      .join('');
  };
  const areas = (file: string, keep: (f: Feature<Geometry, Record<string, unknown>>) => boolean) =>
    fc(file)
      .filter((f) => keep(f) && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map(areaPath)
      .join('');
  const lines = (file: string, keep: (f: Feature<Geometry, Record<string, unknown>>) => boolean) =>
    fc(file)
      .filter((f) => keep(f) && f.geometry.type !== 'Point')
      .map(linePath)
      .join('');
  const all = () => true;
  const kind = (k: string) => (f: Feature<Geometry, Record<string, unknown>>) => f.properties.kind === k;
  const path = (d: string, attrs: string) => (d ? `<path d="${d}" ${attrs}/>` : '');
  const stroke = (color: string, width: number, extra = '') =>
    `fill="none" stroke="${color}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"${extra}`;
  const parks = fc('parks.geojson').filter((f) => f.properties.extent === 'polygon');
  const level = (l: string) => palette.level[l as keyof typeof palette.level] ?? palette.level.prefectural;
  const parkPaths = parks
    .map((f) => {
      const c = level(String(f.properties.level));
      return path(
        areaPath(f),
        `fill="${c}" fill-opacity="0.3" stroke="${c}" stroke-width="1.6" vector-effect="non-scaling-stroke"`,
      );
    })
    .join('');
  const body = [
    path(
      areas('countries.geojson', (f) => f.properties.id !== 'country-156'),
      `fill="${palette.foreign}"`,
    ),
    path(
      areas('countries.geojson', (f) => f.properties.id === 'country-156'),
      `fill="${palette.china}"`,
    ),
    path(areas('neighbours.geojson', all), `fill="${palette.neighbour}"`),
    path(areas('counties.geojson', all), `fill="${palette.prefecture}"`),
    path(areas('zones.geojson', kind('wing')), `fill="${palette.wing}" fill-opacity="0.08"`),
    path(areas('zones.geojson', kind('axis')), `fill="${palette.axis}" fill-opacity="0.16"`),
    path(areas('zones.geojson', kind('axis')), stroke(palette.axis, 1.2, ' stroke-opacity="0.8"')),
    path(areas('zones.geojson', kind('wing')), stroke(palette.wing, 2, ' stroke-dasharray="5 2"')),
    path(areas('counties.geojson', all), stroke(palette.countyLine, 1.2, ' stroke-dasharray="4 2"')),
    path(lines('border.geojson', kind('prefecture')), stroke(palette.prefectureBorder, 2)),
    path(lines('border.geojson', kind('national')), stroke(palette.nationalBorder, 3)),
    path(lines('lines.geojson', kind('river')), stroke(palette.water, 3)),
    path(lines('lines.geojson', kind('expressway')), stroke(palette.expressway, 2)),
    path(lines('lines.geojson', kind('railway')), stroke(palette.railway, 2.5)),
    parkPaths,
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${p.width} ${p.height}" width="${p.width}" height="${p.height}">${body}</svg>\n`;
}
