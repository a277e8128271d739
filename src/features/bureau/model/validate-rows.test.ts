import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dataMessage, dataMessageRule } from '@/i18n/data-message';
import { PLACED_SOURCE } from '@/lib/schemas/records';
import { columnLetter, sheetOf, statRow, teaHealthFirm } from '../../../../test/support/bureau-sheets';
import { shippedCatalog } from '../../../../test/support/shipped-data';
import { shippedCounties, shippedParkOutlines } from '../../../../test/support/shipped-monitor';
import { ledgerToNodes } from './build-nodes';
import { validateSheets } from './validate-rows';

const ctx = { catalog: shippedCatalog, counties: shippedCounties, parkOutlines: shippedParkOutlines };
const parkIds = shippedCatalog.parks.map((p) => p.id).join(', ');
const menghai = shippedParkOutlines.features.find((f) => f.properties.id === 'menghai')
  ?.geometry as unknown as Polygon;

describe('validateSheets: the ledger', () => {
  it('takes valid rows as export writes them; a row without coordinates is placed inside its park', () => {
    const at = { lon: '100.48490', lat: '21.9518', location_provenance: 'public' };
    const res = validateSheets(
      [sheetOf('台账', 'ledger', [teaHealthFirm('t-1', at), teaHealthFirm('t-2')])],
      ctx,
    );
    expect(res.issues).toEqual([]);
    expect(res.stats).toBeNull();
    // Canonical: the coordinate as the build rounds and writes it; the placed row keeps empty lon/lat.
    expect(res.ledger?.map((r) => [r.id, r.lon, r.lat, r.location_provenance])).toEqual([
      ['t-1', '100.4849', '21.9518', 'public'],
      ['t-2', '', '', ''],
    ]);
    const nodes = ledgerToNodes(res.ledger ?? [], shippedCatalog, shippedParkOutlines, ['t-2']);
    const placed = nodes.features[1];
    expect(placed?.properties).toMatchObject({
      id: 't-2',
      placed: true,
      in_park: true,
      bureau: true,
      stage: 'downstream',
      location_provenance: 'estimate',
      location_source: PLACED_SOURCE,
    });
    expect(booleanPointInPolygon(placed?.geometry.coordinates ?? [0, 0], menghai)).toBe(true);
    expect(nodes.features[0]?.properties.placed).toBeUndefined();
    expect(nodes.features[0]?.properties.bureau).toBeUndefined();
    expect(nodes.features[0]?.geometry.coordinates).toEqual([100.4849, 21.9518]);
  });

  it('a duplicate id names the first row, across the ledger sheets of one import too', () => {
    const res = validateSheets(
      [
        sheetOf('台账', 'ledger', [teaHealthFirm('t-1'), teaHealthFirm('t-2'), teaHealthFirm('t-1')]),
        sheetOf('台账2', 'ledger', [teaHealthFirm('t-2')]),
      ],
      ctx,
    );
    expect(res.ledger).toBeNull();
    expect(res.issues).toEqual([
      {
        sheet: '台账',
        row: 4,
        column: 'A',
        field: 'id',
        code: 'data',
        message: 'duplicate id "t-1" (first at row 2)',
      },
      {
        sheet: '台账2',
        row: 2,
        column: 'A',
        field: 'id',
        code: 'data',
        message: 'duplicate id "t-2" (first at "台账" row 3)',
      },
    ]);
  });

  it('an unknown park and an unknown link: the data build’s words, at their columns', () => {
    const res = validateSheets(
      [
        sheetOf('台账', 'ledger', [
          teaHealthFirm('t-1', { park: 'nowhere' }),
          teaHealthFirm('t-2', { link: 'tea-nothing' }),
          teaHealthFirm('t-3', { link: 'rubber-wood' }),
        ]),
      ],
      ctx,
    );
    expect(res.ledger).toBeNull();
    expect(res.issues.map((i) => [i.row, i.column, i.field, i.message])).toEqual([
      [2, 'I', 'park', `unknown park "nowhere" (known: ${parkIds})`],
      [3, 'H', 'link', 'unknown chain link "tea-nothing" (see chains.yaml)'],
      [4, 'H', 'link', 'chain link "rubber-wood" belongs to rubber, not tea'],
    ]);
    expect(columnLetter('ledger', 'park')).toBe('I');
  });

  it('text in a number column, and every schema problem of a row, each at its column', () => {
    const res = validateSheets(
      [
        sheetOf('台账', 'ledger', [
          teaHealthFirm('t-1', { investment_wan: '十万' }),
          teaHealthFirm('T 2', { kind: 'shop' }),
          teaHealthFirm('t-3', { lon: '100.5', location_provenance: 'public' }),
        ]),
      ],
      ctx,
    );
    expect(res.ledger).toBeNull();
    expect(res.issues.map((i) => [i.row, i.column, i.field, i.message])).toEqual([
      [2, 'L', 'investment_wan', 'investment_wan must be a number'],
      // As in the data build: the record's own rules run on what zod could read.
      [2, 'M', 'investment_source', 'a figure on a real record needs its source (investment_source)'],
      [3, 'A', 'id', 'must be lower-case letters, digits and -'],
      [3, 'B', 'kind', expect.stringMatching(/^unknown node kind "shop" \(expected firm \/ /)],
      // A record whose fields do not parse is not checked further (zod, as in the data build).
      [
        4,
        'K',
        'lat',
        'lat is empty but lon is given: give both, or leave both empty to place the record inside its park',
      ],
    ]);
  });

  it('a point outside the county of its park (the build’s 1.5 km tolerance for a real record)', () => {
    // 101.65, 21.2: in the Mohan zone (Mengla county), far from Menghai county.
    const far = { lon: '101.65', lat: '21.2', location_provenance: 'public' };
    // 100.5, 21.95: inside Menghai county.
    const near = { lon: '100.5', lat: '21.95', location_provenance: 'public' };
    const res = validateSheets(
      [sheetOf('台账', 'ledger', [teaHealthFirm('t-1', far), teaHealthFirm('t-2', near)])],
      ctx,
    );
    expect(res.issues).toEqual([
      {
        sheet: '台账',
        row: 2,
        column: 'J',
        field: 'lon,lat',
        code: 'data',
        message: '(101.65, 21.2) lies in mengla, outside menghai (the county of its park menghai)',
      },
    ]);
  });
});

describe('validateSheets: the statistics', () => {
  it('checks year, numbers, park and duplicates; the ledger of the same import stands on its own', () => {
    const res = validateSheets(
      [
        sheetOf('园区统计', 'stats', [
          statRow('menghai', '2023', { revenue_wan: '800000' }),
          statRow('menghai', '二〇二四', { as_of: '2024' }),
          statRow('nowhere', '2024', {}),
          statRow('menghai', '2023', { land_in_use_mu: '2500' }),
          statRow('gasa', '2024', { industrial_firms: '3.5', sewage_treated_pct: '120' }),
        ]),
        sheetOf('台账', 'ledger', [teaHealthFirm('t-1')]),
      ],
      ctx,
    );
    expect(res.stats).toBeNull();
    expect(res.ledger?.map((r) => r.id)).toEqual(['t-1']);
    expect(res.issues.map((i) => [i.sheet, i.row, i.column, i.field, i.message])).toEqual([
      ['园区统计', 3, 'B', 'year', 'year must be a year such as 2024'],
      [
        '园区统计',
        4,
        'A',
        'park',
        `unknown park "nowhere" (known: ${parkIds}, or prefecture for the prefecture's totals)`,
      ],
      ['园区统计', 5, 'A', 'park', 'duplicate park and year "menghai" 2023 (first at row 2)'],
      ['园区统计', 6, 'G', 'industrial_firms', 'industrial_firms must be a whole number'],
      ['园区统计', 6, 'Q', 'sewage_treated_pct', 'sewage_treated_pct is a percentage (0–100)'],
    ]);
  });

  it('valid rows come back as the CSV holds them (empty = not given)', () => {
    const res = validateSheets(
      [sheetOf('园区统计', 'stats', [statRow('prefecture', '2024', { revenue_wan: ' 1200000.0 ' })])],
      ctx,
    );
    expect(res.issues).toEqual([]);
    expect(res.ledger).toBeNull();
    expect(res.stats?.[0]).toMatchObject({
      park: 'prefecture',
      year: '2024',
      revenue_wan: '1200000',
      land_in_use_mu: '',
    });
  });
});

describe('validateSheets: every message has its Chinese words (i18n/data-message.ts)', () => {
  it('a battery of bad rows a bureau could type: each message matches a rule, none falls back', () => {
    const firm = teaHealthFirm;
    const { issues } = validateSheets(
      [
        sheetOf('台账', 'ledger', [
          firm('t-1'),
          firm('t-1'),
          firm('', { name_zh: 'Tea', name_en: '', kind: 'shop', leading: 'yes', status: 'open' }),
          firm('t-3', { industry: 'tee', link: 'tea-nothing', park: 'nowhere' }),
          firm('t-4', { link: 'rubber-wood', investment_wan: '十万', as_of: '2026/11' }),
          firm('t-5', { lon: '100.5', provenance: 'official', source: '' }),
          firm('t-6', { lon: '100.5', lat: '21.9', location_provenance: '' }),
          firm('t-7', { provenance: 'sample', location_provenance: 'public', note: 'x' }),
          firm('t-8', { lon: '100.5', lat: '21.9', location_provenance: 'estimate' }),
          firm('t-9', { kind: 'project', status: 'signed', location_provenance: 'guess' }),
          firm('t-10', { lon: 'E100', lat: '21.9', location_provenance: 'public' }),
          firm('t-11', { lon: '21.95', lat: '100.5', location_provenance: 'public' }),
          firm('t-12', { lon: '500000', lat: '2400000', location_provenance: 'public' }),
          firm('t-13', { lon: '105', lat: '25', location_provenance: 'public' }),
          firm('t-14', { lon: '101.65', lat: '21.2', location_provenance: 'public' }),
          firm('t-15', { lon: '99.95', lat: '21.6', location_provenance: 'public' }),
        ]),
        sheetOf('台账2', 'ledger', [firm('t-3')]),
        sheetOf('园区统计', 'stats', [
          statRow('menghai', '2023', {}),
          statRow('menghai', '2023', {}),
          statRow('nowhere', '24', { revenue_wan: '-1', industrial_firms: '2.5', sewage_treated_pct: '101' }),
          statRow('gasa', '2024', { trade_wan: 'n/a' }),
          statRow('', '2024', {}),
        ]),
        sheetOf('园区统计2', 'stats', [statRow('menghai', '2023', {})]),
      ],
      ctx,
    );
    expect(issues.length).toBeGreaterThanOrEqual(40);
    expect(issues.filter((i) => dataMessageRule(i.message) === null).map((i) => i.message)).toEqual([]);
    // Every row with a problem is named, and every problem of a ledger row is at a column.
    expect(new Set(issues.filter((i) => i.sheet === '台账').map((i) => i.row))).toEqual(
      new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]),
    );
    expect(issues.every((i) => i.column !== undefined)).toBe(true);
    const across = issues.find((i) => i.sheet === '台账2');
    expect(across && dataMessage(across.message, 'zh')).toBe('编号 "t-3" 重复(首次出现在 "台账" 第 5 行)');
  });
});
