/** The shipped data as the app reads it (public/geo, written by the data build that npm test runs first). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogIndex } from '@/lib/data/catalog-index';
import { catalogSchema, nodeCollectionSchema, placeCollectionSchema } from '@/lib/schemas/catalog';

const geo = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/geo', f), 'utf8'));

export const shippedCatalog = catalogSchema.parse(geo('catalog.json'));
export const shippedNodes = nodeCollectionSchema
  .parse(geo('nodes.geojson'))
  .features.map((f) => f.properties);
export const shippedPlaces = placeCollectionSchema
  .parse(geo('places.geojson'))
  .features.map((f) => f.properties);

/** The catalogue index over the shipped data, with or without sample records and figures. */
export const shippedIndex = (includeSample = true) =>
  buildCatalogIndex(shippedCatalog, shippedNodes, shippedPlaces, { includeSample });
