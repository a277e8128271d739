import { describe, expect, it } from 'vitest';
import type { LedgerRow, StatRow } from '@/lib/data/bureau-types';
import { sheetOf, statRow, teaHealthFirm } from '../../../../test/support/bureau-sheets';
import { shippedCatalog } from '../../../../test/support/shipped-data';
import {
  shippedCounties,
  shippedNodeCollection,
  shippedParkOutlines,
} from '../../../../test/support/shipped-monitor';
import { currentTables } from './build-nodes';
import { diffTables, isEmptyDiff } from './diff';
import { mergeImport } from './merge';
import { validateSheets } from './validate-rows';

const ctx = { catalog: shippedCatalog, counties: shippedCounties, parkOutlines: shippedParkOutlines };
const shipped = currentTables({ nodes: shippedNodeCollection, bureau: null }, []);
const ledgerOf = (rows: Record<string, string>[]): LedgerRow[] => {
  const res = validateSheets([sheetOf('台账', 'ledger', rows)], ctx);
  expect(res.issues).toEqual([]);
  return res.ledger ?? [];
};
const statsOf = (rows: Record<string, string>[]): StatRow[] => {
  const res = validateSheets([sheetOf('园区统计', 'stats', rows)], ctx);
  expect(res.issues).toEqual([]);
  return res.stats ?? [];
};
const shippedRow = (id: string) => {
  const r = shipped.ledger.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('currentTables', () => {
  it('the shipped nodes as data/nodes.csv rows (re-validated unchanged: export is accepted as is)', () => {
    expect(shipped.ledger).toHaveLength(shippedNodeCollection.features.length);
    expect(shipped.stats).toEqual([]);
    const again = ledgerOf(shipped.ledger);
    expect(diffTables(shipped, { ...shipped, ledger: again })).toEqual({
      nodes: { added: [], changed: [], removed: [] },
      stats: { added: [], changed: [], removed: [] },
    });
  });
  it('the bureau’s applied record when there is one', () => {
    const ledger = ledgerOf([teaHealthFirm('t-1')]);
    const record = { ledger, stats: [] } as unknown as Parameters<typeof currentTables>[0]['bureau'];
    expect(currentTables({ nodes: shippedNodeCollection, bureau: record }, []).ledger).toEqual(ledger);
  });
});

describe('mergeImport', () => {
  const te04 = { ...shippedRow('te-04'), name_en: 'Sample eco tea-garden cooperative (renamed)' };
  const imported = { ledger: ledgerOf([te04, teaHealthFirm('t-1')]), stats: null };

  it('merge: same id replaced in place, a new id added after, the rest kept; entered = both', () => {
    const m = mergeImport(shipped, imported, 'merge', { shipped });
    expect(m.ledger).toHaveLength(shipped.ledger.length + 1);
    const at = shipped.ledger.findIndex((r) => r.id === 'te-04');
    expect(m.ledger[at]?.name_en).toBe('Sample eco tea-garden cooperative (renamed)');
    expect(m.ledger.at(-1)?.id).toBe('t-1');
    expect(m.stats).toBe(shipped.stats);
    expect(m.entered).toEqual({ nodes: ['te-04', 't-1'], stats: [] });
    expect(diffTables(shipped, m).nodes).toEqual({
      added: ['t-1'],
      changed: [{ id: 'te-04', fields: ['name_en'] }],
      removed: [],
    });
  });

  it('replace: the imported kind is the whole table; the other kind is kept', () => {
    const current = { ledger: shipped.ledger, stats: statsOf([statRow('menghai', '2023', {})]) };
    const m = mergeImport(current, imported, 'replace', { shipped });
    expect(m.ledger.map((r) => r.id)).toEqual(['te-04', 't-1']);
    expect(m.stats).toBe(current.stats);
    const d = diffTables(current, m);
    expect(d.nodes.added).toEqual(['t-1']);
    expect(d.nodes.removed).toHaveLength(shipped.ledger.length - 1);
    expect(d.stats).toEqual({ added: [], changed: [], removed: [] });
  });

  it('a row changed back to exactly the shipped row is no longer the bureau’s; earlier entries stay', () => {
    const first = mergeImport(shipped, imported, 'merge', { shipped });
    const back = mergeImport(first, { ledger: ledgerOf([shippedRow('te-04')]), stats: null }, 'merge', {
      entered: first.entered,
      shipped,
    });
    expect(back.entered.nodes).toEqual(['t-1']);
    expect(diffTables(first, back).nodes.changed).toEqual([{ id: 'te-04', fields: ['name_en'] }]);
    expect(
      isEmptyDiff(diffTables(shipped, { ...back, ledger: back.ledger.filter((r) => r.id !== 't-1') })),
    ).toBe(true);
  });

  it('stats merge by park and year; entered keys are park~year; a removed row leaves entered', () => {
    const stats1 = statsOf([statRow('menghai', '2023', { revenue_wan: '800000' })]);
    const m1 = mergeImport(shipped, { ledger: null, stats: stats1 }, 'merge', { shipped });
    expect(m1.entered.stats).toEqual(['menghai~2023']);
    const stats2 = statsOf([
      statRow('menghai', '2023', { revenue_wan: '810000' }),
      statRow('menghai', '2024', { revenue_wan: '920000' }),
    ]);
    const m2 = mergeImport(m1, { ledger: null, stats: stats2 }, 'merge', { entered: m1.entered, shipped });
    expect(m2.stats.map((r) => [r.park, r.year, r.revenue_wan])).toEqual([
      ['menghai', '2023', '810000'],
      ['menghai', '2024', '920000'],
    ]);
    expect(diffTables(m1, m2).stats).toEqual({
      added: ['menghai~2024'],
      changed: [{ id: 'menghai~2023', fields: ['revenue_wan'] }],
      removed: [],
    });
    const m3 = mergeImport(m2, { ledger: null, stats: stats2.slice(1) }, 'replace', {
      entered: m2.entered,
      shipped,
    });
    expect(m3.entered.stats).toEqual(['menghai~2024']);
    expect(diffTables(m2, m3).stats.removed).toEqual(['menghai~2023']);
  });
});
