/**
 * The bureau's export back to data/ (features/bureau/apply/data-files.ts) is what the data build reads:
 * the shipped tables written by it are the shipped files byte for byte, and a zip with a bureau row
 * added builds (validateAndDerive, the build's own checks) into nodes that hold that row.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { validateAndDerive } from '../../data/scripts/lib/build';
import { DATA_FILES, dataCsv, dataFilesZip } from '../../src/features/bureau/apply/data-files';
import type { LedgerRow, StatRow } from '../../src/lib/data/bureau-types';
import { NODE_COLUMNS, PARK_STAT_COLUMNS } from '../../src/lib/schemas/columns';

const root = join(import.meta.dirname, '..', '..');
const shipped = (file: string) => readFileSync(join(root, 'data', file), 'utf8');
const rowsOf = <R>(text: string) => Papa.parse<R>(text, { header: true, skipEmptyLines: 'greedy' }).data;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('export as data/ files', () => {
  it('writes the shipped tables back as the shipped files, byte for byte', () => {
    const nodes = shipped('nodes.csv');
    expect(dataCsv(NODE_COLUMNS, rowsOf<LedgerRow>(nodes))).toBe(nodes);
    const stats = shipped('park-stats.csv');
    expect(dataCsv(PARK_STAT_COLUMNS, rowsOf<StatRow>(stats))).toBe(stats);
  });

  it('quotes a cell only where it must, with no BOM', () => {
    const row = { ...rowsOf<LedgerRow>(shipped('nodes.csv'))[0], note: 'a "quoted", b\nc' } as LedgerRow;
    const text = dataCsv(NODE_COLUMNS, [row]);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\n')[0]).toBe(NODE_COLUMNS.join(','));
    expect(text).toContain('"a ""quoted"", b\nc"');
    expect(rowsOf<LedgerRow>(text)[0]).toEqual(row);
  });

  it('gives a zip the data build accepts unchanged, the bureau’s rows included', () => {
    const ledger = rowsOf<LedgerRow>(shipped('nodes.csv'));
    const first = ledger[0] as LedgerRow;
    // A record of the bureau's with no coordinates (placed inside its park by the build).
    const added: LedgerRow = { ...first, id: 'bureau-test-1', name_zh: '本局测试企业', lon: '', lat: '' };
    const stat: StatRow = Object.fromEntries(PARK_STAT_COLUMNS.map((c) => [c, ''])) as StatRow;
    Object.assign(stat, {
      park: 'menghai',
      year: '2024',
      revenue_wan: '120000',
      provenance: 'official',
      source: 'Bureau ledger',
      source_zh: '本局台账',
      as_of: '2025-03',
    });
    const zip = unzipSync(dataFilesZip({ ledger: [...ledger, added], stats: [stat] }));
    expect(Object.keys(zip).sort()).toEqual([DATA_FILES.nodes, DATA_FILES.stats].sort());
    const dir = mkdtempSync(join(tmpdir(), 'xsbn-bureau-export-'));
    dirs.push(dir);
    cpSync(join(root, 'data'), dir, { recursive: true });
    for (const [name, bytes] of Object.entries(zip))
      writeFileSync(join(dir, name.slice('data/'.length)), strFromU8(bytes));
    const out = validateAndDerive(dir) as Record<
      string,
      { features?: { properties: Record<string, unknown> }[] }
    >;
    const built = out['nodes.geojson']?.features ?? [];
    expect(built).toHaveLength(ledger.length + 1);
    const mine = built.find((f) => f.properties.id === 'bureau-test-1');
    expect(mine?.properties.placed).toBe(true);
    expect(mine?.properties.park).toBe(first.park);
    const monitor = out['monitor.json'] as unknown as {
      stats: { park: string; year: number; revenue_wan: number }[];
    };
    expect(monitor.stats).toEqual([
      expect.objectContaining({ park: 'menghai', year: 2024, revenue_wan: 120000 }),
    ]);
  }, 120_000);
});
