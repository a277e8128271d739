/**
 * The bureau-import bench's input: a ledger of N firm/project rows (the synthetic nodes of
 * bench/synthetic-nodes.ts, as data/nodes.csv rows), and the context an import is checked and previewed
 * against (the built files in public/geo, as the app reads them). test/unit/bench-bureau.test.ts checks at
 * a tiny size that the rows still pass the import's own validation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewContext } from '../src/features/bureau/apply/preview';
import type { LedgerRow } from '../src/lib/data/bureau-types';
import {
  areaCollectionSchema,
  catalogSchema,
  countyCollectionSchema,
  nodeCollectionSchema,
  placeCollectionSchema,
} from '../src/lib/schemas/catalog';
import { NODE_COLUMNS } from '../src/lib/schemas/columns';
import { monitorSchema } from '../src/lib/schemas/monitor';
import { synthInput, syntheticNodes } from './synthetic-nodes';

const root = join(import.meta.dirname, '..');

export function builtContext(geoDir = join(root, 'public', 'geo')) {
  const read = (f: string): unknown => JSON.parse(readFileSync(join(geoDir, f), 'utf8'));
  const catalog = catalogSchema.parse(read('catalog.json'));
  const parkOutlines = areaCollectionSchema.parse(read('parks.geojson'));
  const counties = countyCollectionSchema.parse(read('counties.geojson'));
  const nodes = nodeCollectionSchema.parse(read('nodes.geojson'));
  const places = placeCollectionSchema.parse(read('places.geojson'));
  const monitor = monitorSchema.parse(read('monitor.json'));
  const preview: PreviewContext = {
    catalog,
    places: places.features.map((f) => f.properties),
    nodes,
    bureau: null,
    shippedNodes: nodes,
    shippedStats: monitor.stats,
    targets: monitor.targets,
    parkOutlines,
  };
  return {
    preview,
    validate: { catalog, counties, parkOutlines },
    synth: synthInput(read('parks.geojson'), read('catalog.json'), read('counties.geojson')),
  };
}

/** N ledger rows (ids syn-00000 …), every column of data/nodes.csv filled as the template holds it. */
export function ledgerRows(n: number, synth: ReturnType<typeof builtContext>['synth']): LedgerRow[] {
  return syntheticNodes(n, synth).map(
    (r) =>
      Object.fromEntries(NODE_COLUMNS.map((c) => [c, (r as Record<string, string>)[c] ?? ''])) as LedgerRow,
  );
}
