import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NODE_COLUMNS } from '@/lib/schemas/columns';
import { asideKey, checkBureauRecord, localMinute } from './bureau-record';
import { BUREAU_RECORD_VERSION, type BureauRecord, type LedgerRow } from './bureau-types';

/** A record made of the shipped data: data/nodes.csv as the ledger, the built nodes.geojson as nodes. */
function shippedRecord(): BureauRecord {
  const csv = Papa.parse<LedgerRow>(readFileSync('data/nodes.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const nodes = JSON.parse(readFileSync('public/geo/nodes.geojson', 'utf8')) as BureauRecord['nodes'];
  return {
    version: BUREAU_RECORD_VERSION,
    appliedAt: new Date('2026-12-01T10:20:00Z').toISOString(),
    baseVersion: 'test',
    files: ['ledger.csv'],
    ledger: csv.data,
    stats: [],
    entered: { nodes: [csv.data[0]?.id ?? ''], stats: [] },
    nodes,
  };
}

describe('checkBureauRecord', () => {
  const good = shippedRecord();

  it('reads a whole record back as it was written', () => {
    expect(good.ledger.length).toBeGreaterThan(10);
    const r = checkBureauRecord(structuredClone(good));
    expect(r).toEqual({ ok: true, record: good });
  });

  it('says a newer app wrote a record of a later version', () => {
    const r = checkBureauRecord({ ...good, version: BUREAU_RECORD_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe('newer-version');
  });

  const broken: [string, (r: Record<string, unknown>) => unknown, RegExp][] = [
    ['not an object', () => 'text', /not an object/],
    ['no version', (r) => ({ ...r, version: undefined }), /unknown version/],
    ['version 0', (r) => ({ ...r, version: 0 }), /unknown version/],
    ['a bad time', (r) => ({ ...r, appliedAt: 'yesterday' }), /appliedAt/],
    ['files not text', (r) => ({ ...r, files: [1] }), /files/],
    [
      'a ledger row without a column',
      (r) => {
        const ledger = structuredClone(r.ledger) as Record<string, string>[];
        delete (ledger[2] as Record<string, string>).park;
        return { ...r, ledger };
      },
      /ledger: row 3: park/,
    ],
    [
      'a ledger row with an unknown column',
      (r) => ({ ...r, ledger: [{ ...(r.ledger as object[])[0], extra: 'x' }] }),
      /unexpected column extra/,
    ],
    ['stats not a list', (r) => ({ ...r, stats: {} }), /stats: not a list/],
    ['entered without stats', (r) => ({ ...r, entered: { nodes: [] } }), /entered/],
    [
      'a node without coordinates',
      (r) => {
        const nodes = structuredClone(r.nodes) as BureauRecord['nodes'];
        (nodes.features[1] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [] };
        return { ...r, nodes };
      },
      /nodes: features\.1\.geometry/,
    ],
  ];
  it.each(broken)('sets aside a record with %s', (_, breakIt, detail) => {
    const r = checkBureauRecord(breakIt(structuredClone(good) as unknown as Record<string, unknown>));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toBe('unreadable');
    expect(r.detail).toMatch(detail);
  });

  it('knows every ledger column', () => {
    expect(Object.keys(good.ledger[0] ?? {})).toEqual([...NODE_COLUMNS]);
  });
});

describe('asideKey', () => {
  it('is never the current key and tells two records set aside at one time apart', () => {
    const at = new Date('2026-12-01T10:20:00Z');
    expect(asideKey(at)).toBe('aside:2026-12-01T10:20:00.000Z');
    expect(asideKey(at, 1)).not.toBe(asideKey(at));
  });
});

describe('localMinute', () => {
  it('writes the local date and time to the minute', () => {
    const d = new Date(2026, 11, 1, 10, 20, 59);
    expect(localMinute(d.toISOString())).toBe('2026-12-01 10:20');
    expect(localMinute('not a time')).toBe('not a time');
  });
});
