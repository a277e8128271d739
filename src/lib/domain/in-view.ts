/**
 * What the map shows within its current view, as records: the text equivalent of the map (the list
 * view). Parks whose box meets the view, nodes whose point lies in it; both follow the view's filters
 * (the node filter the map applies, and the layer groups switched off). Pure: no map, no React.
 */
import { activeParks, type FilterableNode, type NodeFilter, nodePredicate } from '@/lib/domain/node-filter';
import type { LayerGroup } from '@/lib/layer-groups';
import type { CountCell } from '@/lib/domain/node-counts';

/** West, south, east, north in degrees (lng/lat), as MapLibre's bounds give them. */
export type Bounds = [number, number, number, number];

export const pointInBounds = ([x, y]: readonly number[], [w, s, e, n]: Bounds): boolean =>
  x !== undefined && y !== undefined && x >= w && x <= e && y >= s && y <= n;

/** Two boxes meet (touching counts). */
export const boxesMeet = (a: readonly number[], [w, s, e, n]: Bounds): boolean =>
  (a[0] ?? Number.NaN) <= e &&
  (a[2] ?? Number.NaN) >= w &&
  (a[1] ?? Number.NaN) <= n &&
  (a[3] ?? Number.NaN) >= s;

export interface InViewInput<P extends { id: string; bbox: number[] }, N extends FilterableNode> {
  parks: P[];
  /** Each node with its point (lng, lat). */
  nodes: { props: N; coord: readonly number[] }[];
  /** The view's box; null (no map yet) counts as everything. */
  bounds: Bounds | null;
  filter: NodeFilter;
  hidden: readonly LayerGroup[];
  /** The nodes counted by filter cell (GeoData.cells), when the caller has them. */
  cells?: readonly CountCell[];
}

/** The records of a nodes list, one array per list (so node-counts' cells are built once for it). */
const props = new WeakMap<readonly { props: FilterableNode }[], FilterableNode[]>();
function propsOf(nodes: readonly { props: FilterableNode }[]): FilterableNode[] {
  let out = props.get(nodes);
  if (!out) {
    out = nodes.map((n) => n.props);
    props.set(nodes, out);
  }
  return out;
}

/**
 * The parks and nodes in view. A hidden group lists nothing (the map draws none of it). While the
 * nodes are filtered, only the parks with a matching node are listed (the others are dimmed on the map).
 */
export function recordsInView<P extends { id: string; bbox: number[] }, N extends FilterableNode>({
  parks,
  nodes,
  bounds,
  filter,
  hidden,
  cells,
}: InViewInput<P, N>): { parks: P[]; nodes: N[] } {
  const matches = nodePredicate(filter);
  const outNodes = hidden.includes('nodes')
    ? []
    : nodes
        .filter((n) => (bounds === null || pointInBounds(n.coord, bounds)) && matches(n.props))
        .map((n) => n.props);
  let outParks: P[] = [];
  if (!hidden.includes('parks')) {
    const active = new Set(
      activeParks(
        propsOf(nodes),
        filter,
        parks.map((p) => p.id),
        cells,
      ),
    );
    outParks = parks.filter((p) => active.has(p.id) && (bounds === null || boxesMeet(p.bbox, bounds)));
  }
  return { parks: outParks, nodes: outNodes };
}

export type SortDir = 'ascending' | 'descending';

/**
 * Rows sorted by one text column in the language's collation (pinyin for Chinese), ties by the
 * `then` text (the name), so an order never depends on the input's. Returns a new array.
 */
export function sortRows<R>(
  rows: readonly R[],
  key: (r: R) => string,
  dir: SortDir,
  locale: string,
  then: (r: R) => string = key,
): R[] {
  const coll = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * coll.compare(key(a), key(b)) || coll.compare(then(a), then(b)));
}
