/**
 * The map and the panels filter chain nodes by the same rule: the map with the MapLibre expression of
 * the node layers (src/map/layers/node-layers.ts), fed global state by filterGlobalState
 * (src/map/sync/use-node-filter.ts); the panels with matchesNode (src/lib/domain/node-filter.ts).
 * Evaluated here in Node with MapLibre's own expression evaluator (@maplibre/maplibre-gl-style-spec),
 * over every node the data build ships × a table of filters.
 */
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { createExpression, featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validateAndDerive } from '../../data/scripts/lib/build';
import { nodeCellsOf } from '../../data/scripts/lib/node-cells';
import { outsideNodes } from '../../src/lib/domain/outside-nodes';
import { isFiltering, matchesNode, type NodeFilter, normaliseQuery } from '../../src/lib/domain/node-filter';
import type { GeoData } from '../../src/lib/data/use-geo-data';
import {
  clusterCount,
  nodeFilter,
  nodeLayers,
  outsideClusterProperties,
} from '../../src/map/layers/node-layers';
import { filterGlobalState, nodeFilterInput } from '../../src/map/sync/use-node-filter';
import { catalogSchema, nodeCellsSchema, nodeCollectionSchema } from '../../src/lib/schemas/catalog';
import { STAGES } from '../../src/lib/schemas/vocab';

const root = join(import.meta.dirname, '..', '..');
const none: NodeFilter = { industries: [], stage: null, link: null, q: '' };

interface Case {
  label: string;
  filter: NodeFilter;
}

let data: Pick<GeoData, 'catalog' | 'nodes' | 'cells'>;
let cases: Case[];
const warn = vi.spyOn(console, 'warn');
afterAll(() => warn.mockRestore());

beforeAll(() => {
  // The nodes and catalog as the app reads them: the build's outputs (public/geo/), parsed with the
  // app's runtime schemas.
  const out = validateAndDerive(join(root, 'data'));
  data = {
    catalog: catalogSchema.parse(JSON.parse(JSON.stringify(out['catalog.json']))),
    nodes: nodeCollectionSchema.parse(JSON.parse(JSON.stringify(out['nodes.geojson']))),
    // The badges count with the build's cells, as the app does.
    cells: nodeCellsSchema.parse(
      JSON.parse(JSON.stringify(nodeCellsOf(out['nodes.geojson'] as FeatureCollection))),
    ),
  };
  const nodes = data.nodes.features.map((f) => f.properties);
  const industries = data.catalog.industries.map((i) => i.id);
  const links = data.catalog.links;
  const first = nodes[0];
  const real = nodes.find((n) => n.provenance !== 'sample') ?? first;
  if (!first || !real) throw new Error('no nodes built');
  const otherIndustryLink = links.find((l) => l.industry !== 'rubber')?.id ?? null;
  const hand: Case[] = [
    { label: 'no filter', filter: none },
    { label: 'one industry', filter: { ...none, industries: ['rubber'] } },
    { label: 'two industries', filter: { ...none, industries: ['tea', 'fruit'] } },
    { label: 'every industry', filter: { ...none, industries } },
    { label: 'an industry no node has', filter: { ...none, industries: ['no-such-industry'] } },
    { label: 'a stage', filter: { ...none, stage: 'midstream' } },
    { label: 'a link', filter: { ...none, link: first.link } },
    { label: 'a link no node has', filter: { ...none, link: 'no-such-link' } },
    { label: 'query in Chinese', filter: { ...none, q: '示例' } },
    { label: 'query in Chinese, one character', filter: { ...none, q: '茶' } },
    { label: 'query of a real name in Chinese', filter: { ...none, q: real.name_zh.slice(0, 3) } },
    { label: 'query in English, mixed case', filter: { ...none, q: 'SaMpLe TEA' } },
    { label: 'query with surrounding spaces', filter: { ...none, q: '  menghai Tea  ' } },
    { label: 'query of spaces only', filter: { ...none, q: '   ' } },
    { label: 'query matching nothing', filter: { ...none, q: 'zzz no such node 无此节点' } },
    { label: 'industry + stage', filter: { ...none, industries: ['rubber'], stage: 'upstream' } },
    { label: 'two industries + query', filter: { ...none, industries: ['tea', 'sugar'], q: ' SAMPLE ' } },
    { label: 'stage + link of that stage', filter: { ...none, stage: first.stage, link: first.link } },
    { label: 'stage + link of another stage', filter: { ...none, stage: 'support', link: first.link } },
    {
      label: 'industry + link of another industry',
      filter: { ...none, industries: ['rubber'], link: otherIndustryLink },
    },
    {
      label: 'all four',
      filter: {
        industries: [first.industry],
        stage: first.stage,
        link: first.link,
        q: first.name_en.slice(2, 9).toUpperCase(),
      },
    },
  ];
  const each: Case[] = [
    ...industries.map((id) => ({ label: `industry ${id}`, filter: { ...none, industries: [id] } })),
    ...STAGES.map((stage) => ({ label: `stage ${stage}`, filter: { ...none, stage } })),
    ...links.map((l) => ({ label: `link ${l.id}`, filter: { ...none, link: l.id } })),
    // A piece of every node's name, in Chinese, and in English upper-cased with spaces around it.
    ...nodes.flatMap((n) => [
      { label: `query ${n.name_zh.slice(1, 4)}`, filter: { ...none, q: n.name_zh.slice(1, 4) } },
      {
        label: `query " ${n.name_en.slice(3, 10).toUpperCase()} "`,
        filter: { ...none, q: ` ${n.name_en.slice(3, 10).toUpperCase()} ` },
      },
    ]),
  ];
  // The same cases again with sample data excluded (含示例数据 off).
  const publicOnly = [...hand, ...each].map((c) => ({
    label: `${c.label}, public only`,
    filter: { ...c.filter, publicOnly: true },
  }));
  cases = [...hand, ...each, ...publicOnly];
});

/** The map's verdict for each node: the layer's filter evaluated with the global state of `filter`. */
function mapVerdicts(spec: FilterSpecification, layer: string, filter: NodeFilter): boolean[] {
  const state = filterGlobalState(nodeFilterInput(filter, data as GeoData));
  const compiled = featureFilter(spec, `layers.${layer}.filter`, state);
  return data.nodes.features.map((f) =>
    compiled.filter({ zoom: 12 }, { type: 'Point', id: f.properties.id, properties: f.properties }),
  );
}

describe('node filter: the map expression agrees with matchesNode', () => {
  it('uses the shared expression in every layer that draws nodes', () => {
    const ids = nodeLayers([]).filter(
      (l) => 'source' in l && (l.source === 'nodes' || l.source === 'outside') && 'filter' in l,
    );
    expect(ids.map((l) => l.id).sort()).toEqual([
      'nodes-cluster',
      'nodes-cluster-count',
      'nodes-label',
      'nodes-outside',
      'nodes-point',
    ]);
  });

  it('for every shipped node under every filter in the table', () => {
    const nodes = data.nodes.features.map((f) => f.properties);
    expect(nodes.length).toBeGreaterThanOrEqual(60);
    expect(cases.length).toBeGreaterThan(100);
    const layers = nodeLayers(data.catalog.industries);
    const layer = (id: string) => layers.find((l) => l.id === id) as { filter: FilterSpecification };
    const disagreements: string[] = [];
    let compared = 0;
    for (const { label, filter } of cases) {
      const want = nodes.map((n) => matchesNode(n, filter));
      const checks: [string, boolean[], boolean[]][] = [
        ['nodeFilter', mapVerdicts(nodeFilter, 'nodeFilter', filter), want],
        ['nodes-point', mapVerdicts(layer('nodes-point').filter, 'nodes-point', filter), want],
        ['nodes-label', mapVerdicts(layer('nodes-label').filter, 'nodes-label', filter), want],
        [
          // The clustered source holds the nodes outside the parks (unclustered while a query is
          // typed); a node on its own is drawn as its dot.
          'nodes-outside',
          mapVerdicts(layer('nodes-outside').filter, 'nodes-outside', filter),
          want,
        ],
      ];
      for (const [what, got, expected] of checks) {
        got.forEach((g, i) => {
          compared++;
          if (g !== expected[i])
            disagreements.push(
              `${label} ${JSON.stringify(filter)} · ${what} · ${nodes[i]?.id}: map ${g}, panels ${expected[i]}`,
            );
        });
      }
    }
    expect(disagreements.slice(0, 20), `${disagreements.length} of ${compared} disagree`).toEqual([]);
    // An expression that fails at run time evaluates to false with a console warning: none may occur.
    expect(warn).not.toHaveBeenCalled();
    // The table is not trivial: some filters match some nodes and not others.
    const counts = cases.map(({ filter }) => nodes.filter((n) => matchesNode(n, filter)).length);
    expect(counts.some((c) => c === 0)).toBe(true);
    expect(counts.some((c) => c === nodes.length)).toBe(true);
    expect(counts.filter((c) => c > 0 && c < nodes.length).length).toBeGreaterThan(cases.length / 2);
  });

  it("the badges and dimmed parks from the build's cells are the nodes counted one by one", () => {
    const nodes = data.nodes.features.map((f) => f.properties);
    expect(data.cells.reduce((sum, c) => sum + c.n, 0)).toBe(nodes.length);
    const parks = data.catalog.parks.map((p) => p.id);
    const wrong: string[] = [];
    for (const { label, filter } of cases) {
      const state = filterGlobalState(nodeFilterInput(filter, data as GeoData));
      const matching = nodes.filter((n) => matchesNode(n, filter));
      const badges: Record<string, number> = {};
      for (const n of matching) if (n.in_park) badges[n.park] = (badges[n.park] ?? 0) + 1;
      const active = isFiltering(filter) ? [...new Set(matching.map((n) => n.park))].sort() : parks;
      if (!sameCounts(state.parkCounts, badges))
        wrong.push(`${label}: badges ${JSON.stringify(state.parkCounts)} ≠ ${JSON.stringify(badges)}`);
      if (JSON.stringify(state.activeParks) !== JSON.stringify(active))
        wrong.push(`${label}: active ${JSON.stringify(state.activeParks)} ≠ ${JSON.stringify(active)}`);
    }
    expect(wrong.slice(0, 10), `${wrong.length} of ${cases.length} filters`).toEqual([]);
  });
});

/** Evaluates a MapLibre expression for one feature (zoom 8) with the given global state. */
function evaluate(expr: unknown, properties: Record<string, unknown>, state: Record<string, unknown> = {}) {
  const parsed = createExpression(expr, 'sources.outside.clusterProperties', null, state);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 8 }, { type: 'Point', properties } as never);
}

describe('clusters of the nodes outside the parks: their counts follow the filter', () => {
  it('equal the nodes counted one by one, under every filter without a text query', () => {
    const nodes = data.nodes.features.map((f) => f.properties);
    const links = data.catalog.links;
    // One cluster of every shipped node, its properties reduced as the clustering does: each
    // property's map expression per node, added up ('+').
    const props = outsideClusterProperties(links) as Record<string, [string, unknown]>;
    const cluster: Record<string, number> = { point_count: nodes.length };
    // The nodes as the clustered source holds them (with their key), all moved outside the parks.
    const keyed = outsideNodes(
      {
        type: 'FeatureCollection',
        features: data.nodes.features.map((f) => ({ ...f, properties: { ...f.properties, in_park: false } })),
      } as FeatureCollection,
      links,
    ).features.map((f) => f.properties as Record<string, unknown>);
    expect(keyed).toHaveLength(nodes.length);
    for (const [key, [, map]] of Object.entries(props))
      cluster[key] = keyed.reduce((sum, n) => sum + Number(evaluate(map, n)), 0);
    // Every node is counted under exactly one key.
    const total = Object.keys(props).reduce((sum, k) => sum + (cluster[k] ?? 0), 0);
    expect(total).toBe(nodes.length);
    const count = clusterCount(links);
    const wrong: string[] = [];
    let compared = 0;
    for (const { label, filter } of cases) {
      if (normaliseQuery(filter.q) !== '') continue;
      compared++;
      const state = filterGlobalState(nodeFilterInput(filter, data as GeoData));
      const got = evaluate(count, cluster, state);
      const want = nodes.filter((n) => matchesNode(n, filter)).length;
      if (got !== want) wrong.push(`${label}: cluster ${got}, one by one ${want}`);
    }
    expect(compared).toBeGreaterThan(100);
    expect(wrong.slice(0, 10), `${wrong.length} of ${compared} filters`).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort());
const sameCounts = (a: unknown, b: Record<string, number>) =>
  JSON.stringify(sortKeys(a as Record<string, number>)) === JSON.stringify(sortKeys(b));
