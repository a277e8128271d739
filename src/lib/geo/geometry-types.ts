/** The GeoJSON geometry types (RFC 7946 §3.1), for readers that check an untrusted `type`. */
export const GEOMETRY_TYPES: ReadonlySet<string> = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);
