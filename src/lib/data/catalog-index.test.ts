import { describe, expect, it } from 'vitest';
import {
  shippedCatalog as catalog,
  shippedNodes as nodes,
  shippedPlaces as places,
} from '../../../test/support/shipped-data';
import { buildCatalogIndex } from './catalog-index';

const ix = buildCatalogIndex(catalog, nodes, places);

describe('the catalogue index', () => {
  it('finds every record by id, and nothing for an unknown id', () => {
    for (const p of catalog.parks) expect(ix.park(p.id)).toBe(p);
    for (const l of catalog.links) expect(ix.link(l.id)).toBe(l);
    for (const i of catalog.industries) expect(ix.industry(i.id)).toBe(i);
    for (const n of nodes) expect(ix.node(n.id)).toBe(n);
    for (const p of places) expect(ix.place(p.id)).toBe(p);
    expect(ix.park('no-such-park')).toBeUndefined();
  });
  it("gives a park its own nodes and its 片区' nodes", () => {
    for (const park of catalog.parks) {
      const family = new Set([
        park.id,
        ...catalog.parks.filter((c) => c.parent === park.id).map((c) => c.id),
      ]);
      const expected = nodes
        .filter((n) => family.has(n.park))
        .map((n) => n.id)
        .sort();
      expect(
        ix
          .nodesOfPark(park.id)
          .map((n) => n.id)
          .sort(),
        park.id,
      ).toEqual(expected);
    }
    // At least one park has 片区 with nodes of their own, so the rule is exercised.
    expect(catalog.parks.some((p) => ix.subAreas(p.id).some((c) => nodes.some((n) => n.park === c.id)))).toBe(
      true,
    );
  });
  it('lists the links of an industry in catalogue order, and the links present per park', () => {
    expect(ix.linksOf('rubber').map((l) => l.id)).toEqual(
      catalog.links.filter((l) => l.industry === 'rubber').map((l) => l.id),
    );
    for (const n of nodes) expect(ix.linksByPark.get(n.park)?.has(n.link)).toBe(true);
  });
  it('host candidates are the parks with their own outline; cold-chain parks have a cold-chain node', () => {
    expect(ix.hostParks.every((p) => p.extent === 'polygon')).toBe(true);
    expect(ix.hostParks.length).toBe(catalog.parks.filter((p) => p.extent === 'polygon').length);
    const cold = new Set(catalog.rules.cold_chain_links);
    for (const park of ix.coldChainParks)
      expect(nodes.some((n) => n.park === park && cold.has(n.link))).toBe(true);
  });
  it('builds the host context of an industry once', () => {
    const a = ix.hostContext('tea');
    expect(a).toBe(ix.hostContext('tea'));
    expect(a.planParks).toEqual(catalog.industries.find((i) => i.id === 'tea')?.plan_parks);
    expect(a.links.every((l) => l.industry === 'tea')).toBe(true);
  });
});

describe('the index over official and public records only (含示例数据 off)', () => {
  const pub = buildCatalogIndex(catalog, nodes, places, { includeSample: false });
  it('keeps only official and public nodes for verdicts, and says how many it left out', () => {
    expect(pub.includeSample).toBe(false);
    expect(pub.nodes.length).toBeGreaterThan(0);
    expect(pub.nodes.every((n) => n.provenance === 'official' || n.provenance === 'public')).toBe(true);
    expect(pub.excluded.nodes).toBe(nodes.filter((n) => n.provenance === 'sample').length);
    expect(ix.excluded).toEqual({ nodes: 0, landFigures: 0 });
  });
  it('drops sample land figures, so no verdict uses them', () => {
    const sampleLand = catalog.parks.filter((p) => p.land_provenance === 'sample');
    expect(sampleLand.length).toBeGreaterThan(0);
    expect(pub.excluded.landFigures).toBe(sampleLand.length);
    for (const p of sampleLand) {
      expect(pub.park(p.id)?.land_available_mu).toBeUndefined();
      expect(ix.park(p.id)?.land_available_mu).toBe(p.land_available_mu);
    }
    expect(
      pub.hostParks.every((p) => p.land_available_mu === undefined || p.land_provenance !== 'sample'),
    ).toBe(true);
  });
  it('still finds a sample node by id (it can be opened), but counts none', () => {
    const s = nodes.find((n) => n.provenance === 'sample');
    expect(s && pub.node(s.id)).toBe(s);
    expect(pub.nodesOfPark('mohan').some((n) => n.provenance === 'sample')).toBe(false);
  });
});
