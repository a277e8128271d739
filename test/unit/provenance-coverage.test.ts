/**
 * The built data (npm test builds it first): every numeric field and every input of a verdict has a
 * provenance and an as-of date, or is computed by the build from geometry that is marked schematic.
 * A numeric field this test does not know fails it, so a new figure cannot arrive without its
 * provenance being declared here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVENANCES } from '@/lib/schemas/vocab';

const geo = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../public/geo', f), 'utf8'));
type Rec = Record<string, unknown>;
const props = (f: string): Rec[] =>
  (geo(f) as { features: { properties: Rec }[] }).features.map((x) => x.properties);
const catalog = geo('catalog.json') as {
  rules: Rec;
  industries: Rec[];
  parks: Rec[];
  link_figures: Rec;
};

const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Numeric field → [its provenance field, its as-of field]. */
type Declared = Record<string, [string, string]>;
/** Numeric fields the build computes from schematic geometry (the record must be schematic: true). */
type Computed = string[];

function problems(kind: string, recs: Rec[], declared: Declared, computed: Computed = []): string[] {
  const out: string[] = [];
  for (const r of recs) {
    const where = `${kind} ${String(r.id)}`;
    if (!PROVENANCES.includes(r.provenance as never)) out.push(`${where}: record provenance`);
    if (!AS_OF.test(String(r.as_of))) out.push(`${where}: record as_of`);
    for (const [k, v] of Object.entries(r)) {
      if (typeof v !== 'number') continue;
      const d = declared[k];
      if (d) {
        if (!PROVENANCES.includes(r[d[0]] as never)) out.push(`${where}: ${k} has no ${d[0]}`);
        if (!AS_OF.test(String(r[d[1]]))) out.push(`${where}: ${k} has no ${d[1]}`);
      } else if (computed.includes(k)) {
        if (r.schematic !== true)
          out.push(`${where}: ${k} is computed but the record is not marked schematic`);
      } else out.push(`${where}: numeric field ${k} has no declared provenance`);
    }
  }
  return out;
}

describe('provenance and as-of of every figure in the built data', () => {
  it('chain nodes: the record, its position, and any investment figure with its own source', () => {
    const nodes = props('nodes.geojson');
    const bad = problems('node', nodes, { investment_wan: ['provenance', 'as_of'] });
    for (const n of nodes) {
      if (!PROVENANCES.includes(n.location_provenance as never))
        bad.push(`node ${n.id}: location_provenance`);
      if (n.investment_wan !== null && n.provenance !== 'sample' && !n.investment_source)
        bad.push(`node ${n.id}: a real figure with no investment_source`);
    }
    expect(bad).toEqual([]);
  });

  it('parks: published areas, land, level and leading industries; measured areas and access only on schematic outlines', () => {
    const bad = problems(
      'park',
      catalog.parks,
      {
        published_area_km2: ['area_provenance', 'area_as_of'],
        land_available_mu: ['land_provenance', 'land_as_of'],
      },
      ['area_km2', 'area_ha', 'area_mu', 'protected_ha', 'protected_share'],
    );
    for (const p of catalog.parks) {
      if (!PROVENANCES.includes(p.level_provenance as never)) bad.push(`park ${p.id}: level_provenance`);
      if (!PROVENANCES.includes(p.leading_provenance as never)) bad.push(`park ${p.id}: leading_provenance`);
      // Access distances are computed from the schematic outline to estimated or public positions.
      if (p.access && p.schematic !== true)
        bad.push(`park ${p.id}: access computed from a non-schematic outline`);
    }
    expect(bad).toEqual([]);
  });

  it('industries: the seven 链长制 industries and the plan parks say where they come from', () => {
    const bad: string[] = [];
    for (const i of catalog.industries)
      for (const f of ['key7', 'plan_parks']) {
        if (!PROVENANCES.includes(i[`${f}_provenance`] as never))
          bad.push(`industry ${i.id}: ${f}_provenance`);
        if (!AS_OF.test(String(i[`${f}_as_of`]))) bad.push(`industry ${i.id}: ${f}_as_of`);
      }
    expect(bad).toEqual([]);
  });

  it('rules: the plan floor, the access rules of thumb and the chain links’ indicative figures', () => {
    const r = catalog.rules;
    expect(PROVENANCES).toContain(r.floor_provenance);
    expect(String(r.floor_as_of)).toMatch(AS_OF);
    expect(PROVENANCES).toContain(r.access_provenance);
    expect(String(r.access_as_of)).toMatch(AS_OF);
    expect(PROVENANCES).toContain(catalog.link_figures.provenance);
    expect(String(catalog.link_figures.as_of)).toMatch(AS_OF);
  });

  it('places, lines, zones and protected areas', () => {
    const bad = [
      ...problems('place', props('places.geojson'), {}),
      ...problems('line', props('lines.geojson'), { length_km_published: ['provenance', 'as_of'] }),
      ...problems('zone', props('zones.geojson'), { buffer_km: ['provenance', 'as_of'] }, [
        'area_km2',
        'area_ha',
        'area_mu',
      ]),
      ...problems(
        'protected area',
        props('protected.geojson'),
        {
          area_ha: ['provenance', 'as_of'],
          published_area_ha: ['provenance', 'as_of'],
        },
        ['area_km2', 'area_mu'],
      ),
    ];
    expect(bad).toEqual([]);
  });

  it('fails on an undeclared figure (the check itself)', () => {
    expect(problems('park', [{ id: 'x', provenance: 'public', as_of: '2020', revenue: 3 }], {})).toEqual([
      'park x: numeric field revenue has no declared provenance',
    ]);
    expect(
      problems('park', [{ id: 'x', provenance: 'public', as_of: '2020', land: 3, land_p: 'sample' }], {
        land: ['land_p', 'land_as_of'],
      }),
    ).toEqual(['park x: land has no land_as_of']);
  });
});
