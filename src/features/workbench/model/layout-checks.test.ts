import { describe, expect, it } from 'vitest';
import { checksToCsv, excludedParks, layoutChecks } from './layout-checks';
import { kmPoint, kmSquare } from '../../../../test/support/km-squares';

const square = kmSquare;
const node = kmPoint;

const parkA = square(0, 0, 2, { id: 'a', name_zh: '甲园', name_en: 'Park A', leading: ['rubber'] });
const parkB = square(20, 0, 2, { id: 'b', name_zh: '乙园', name_en: 'Park B', leading: ['tea'] });
const reserve = square(1, 0, 10, { id: 'r' });
const zone = square(-5, -5, 10, { id: 'axis' });

describe('layoutChecks (hand-worked)', () => {
  const rows = layoutChecks({
    parks: [parkA, parkB],
    protectedAreas: [reserve],
    zones: [zone],
    nodes: [
      node(0.5, 0.5, { id: 'ok', kind: 'firm', industry: 'rubber', park: 'a' }),
      node(0.5, 1.5, { id: 'mis', kind: 'firm', industry: 'tea', park: 'a' }),
      node(0.6, 1.5, { id: 'proj', kind: 'project', industry: 'tea', park: 'a' }),
      node(50, 50, { id: 'out', kind: 'firm', industry: 'tea', park: 'b' }),
    ],
  });
  const of = (k: string) => rows.filter((r) => r.kind === k);
  it('park A overlaps the reserve by half: 2 km² = 200 ha = 3,000 亩', () => {
    expect(of('protected').map((r) => [r.id, r.other])).toEqual([['a', ['r']]]);
    expect(of('protected')[0]?.ha).toBeCloseTo(200, -1);
    expect(of('protected')[0]?.mu).toBeCloseTo(3000, -2);
  });
  it('flags the node outside every park, and the tea firm in a rubber park (not the project)', () => {
    expect(of('outside-park').map((r) => r.id)).toEqual(['out']);
    expect(of('industry-mismatch').map((r) => [r.id, r.other])).toEqual([['mis', ['a', 'tea']]]);
  });
  it('flags park B, 20 km east, outside every layout zone', () => {
    expect(of('outside-layout').map((r) => r.id)).toEqual(['b']);
  });
  it('exports CSV with a BOM, a header and quoted cells', () => {
    const csv = checksToCsv([
      {
        kind: 'protected',
        id: 'a',
        name_zh: '甲, 园',
        name_en: 'A',
        other: ['r'],
        ha: 200,
        mu: 3000,
        at: [1, 2],
        record: 'sample',
        schematic: true,
      },
    ]);
    expect(csv.startsWith('\uFEFFkind,id,name_zh')).toBe(true);
    expect(csv).toContain(',lat,provenance,record_provenance,schematic,layer\n');
    expect(csv).toContain('protected,a,"甲, 园",A,r,200.0,3000,1.00000,2.00000,estimate,sample,true,');
  });
  it('a name from data or an import that starts like a formula reaches the CSV as text', () => {
    const csv = checksToCsv([
      {
        kind: 'outside-layout',
        id: 'import-1#0',
        name_zh: '=HYPERLINK("http://example.invalid","点我")',
        name_en: '@cmd',
        other: [],
        at: [-1.5, 2],
        record: 'imported',
        schematic: false,
      },
    ]);
    expect(csv).toContain(
      `"'=HYPERLINK(""http://example.invalid"",""点我"")",'@cmd,,,,-1.50000,2.00000,estimate,imported,false`,
    );
  });
});

describe('a park drawn as its county (the experimental zone)', () => {
  const zoneAsCounty = square(-50, -50, 200, { id: 'z', extent: 'county', leading: ['tea'] });
  const schematicPark = square(0, 0, 2, {
    id: 'a',
    leading: ['rubber'],
    schematic: true,
    provenance: 'official',
  });
  const rows = layoutChecks({
    parks: [zoneAsCounty, schematicPark],
    protectedAreas: [square(1, 0, 10, { id: 'r', schematic: true })],
    zones: [square(-5, -5, 10, { id: 'axis', schematic: true })],
    nodes: [
      node(60, 60, { id: 'in-zone', kind: 'firm', industry: 'rubber', park: 'z', provenance: 'public' }),
      node(70, 70, { id: 'lost', kind: 'firm', industry: 'rubber', park: 'a', provenance: 'sample' }),
    ],
    extra: [square(1, 0, 1, { id: 'import-1#0', provenance: 'official' })],
  });
  it('is listed as excluded and takes no part: no overlap or layout row, its nodes not checked', () => {
    expect(excludedParks([zoneAsCounty, schematicPark]).map((p) => p.properties.id)).toEqual(['z']);
    expect(rows.some((r) => r.id === 'z')).toBe(false);
    expect(rows.some((r) => r.id === 'in-zone')).toBe(false);
    expect(rows.filter((r) => r.kind === 'outside-park').map((r) => r.id)).toEqual(['lost']);
  });
  it("each row carries the record's provenance (imported for an import) and whether it is schematic", () => {
    const of = (id: string, kind: string) => rows.find((r) => r.id === id && r.kind === kind);
    expect(of('a', 'protected')).toMatchObject({ record: 'official', schematic: true });
    expect(of('lost', 'outside-park')).toMatchObject({ record: 'sample', schematic: true });
    expect(of('import-1#0', 'protected')).toMatchObject({ record: 'imported', schematic: true });
  });
});
