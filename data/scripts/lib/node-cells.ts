/**
 * geo/node-cells.json: the nodes counted once by filter cell (src/lib/domain/node-counts.ts), so the
 * app's badge, park-dimming, legend and chip counts add up a few hundred cells instead of counting
 * 100,000 nodes in the browser. writeGeo derives it from the nodes.geojson it writes, so the two can
 * never disagree (the bench's synthetic parks move nodes after the data build).
 */
import type { FeatureCollection } from 'geojson';
import { type CountCell, countCells } from '../../../src/lib/domain/node-counts';
import type { FilterableNode } from '../../../src/lib/domain/node-filter';

export const NODE_CELLS_FILE = 'node-cells.json';

export function nodeCellsOf(nodes: FeatureCollection): CountCell[] {
  return [...countCells(nodes.features.map((f) => f.properties as unknown as FilterableNode))];
}
