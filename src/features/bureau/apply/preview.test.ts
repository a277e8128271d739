import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBureauRecord } from '@/lib/data/bureau-record';
import type { LedgerRow } from '@/lib/data/bureau-types';
import type { Catalog } from '@/lib/schemas/catalog';
import { nodeFeatureToRow } from '@/lib/data/node-feature';
import { buildRecord } from './build-record';
import { type PreviewContext, previewImport } from './preview';

const geo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8'));
const nodes = geo('nodes.geojson');
const monitor = geo('monitor.json');
const ctx: PreviewContext = {
  catalog: geo('catalog.json') as Catalog,
  places: geo('places.geojson').features.map((f: { properties: unknown }) => f.properties),
  nodes,
  bureau: null,
  shippedNodes: nodes,
  shippedStats: monitor.stats,
  targets: monitor.targets,
  parkOutlines: geo('parks.geojson'),
};
const rows: LedgerRow[] = nodes.features.map(nodeFeatureToRow);

describe('previewImport over the shipped data', () => {
  it('merge: a changed row is changed in that field only and counts as the bureau’s', () => {
    const first = rows[0] as LedgerRow;
    const changed = { ...first, status: first.status === 'operating' ? 'planned' : 'operating' };
    const p = previewImport(ctx, { ledger: [changed], stats: null }, 'merge', true);
    expect(p.diff.nodes).toEqual({ added: [], changed: [{ id: first.id, fields: ['status'] }], removed: [] });
    expect(p.merged.ledger).toHaveLength(rows.length);
    expect(p.merged.entered.nodes).toEqual([first.id]);
    const mine = p.nodes.features.find((f) => f.properties.id === first.id);
    expect(mine?.properties.bureau).toBe(true);
    expect(p.nodes.features.filter((f) => f.properties.bureau)).toHaveLength(1);
  });

  it('replace: rows not in the file are removed, and the verdicts that rest on them change', () => {
    const keep = rows.filter((r) => r.industry !== 'rubber');
    const p = previewImport(ctx, { ledger: keep, stats: null }, 'replace', true);
    const gone = rows.filter((r) => r.industry === 'rubber').map((r) => r.id);
    expect(gone.length).toBeGreaterThan(0);
    expect(p.diff.nodes.removed).toEqual(gone);
    expect(p.diff.nodes.added).toEqual([]);
    // Every rubber link that had a node loses it: its status falls.
    expect(p.verdicts.links.some((l) => l.industry === 'rubber')).toBe(true);
    expect(p.verdicts.links.every((l) => l.industry === 'rubber')).toBe(true);
    // Re-importing the shipped rows changes nothing and no row counts as the bureau's.
    const same = previewImport(ctx, { ledger: rows, stats: null }, 'replace', true);
    expect(same.diff.nodes).toEqual({ added: [], changed: [], removed: [] });
    expect(same.merged.entered.nodes).toEqual([]);
  });

  it('the record an apply saves passes the check it is read back with', () => {
    const added = { ...(rows[0] as LedgerRow), id: 'bureau-new-1', lon: '', lat: '' };
    const p = previewImport(ctx, { ledger: [added], stats: null }, 'merge', true);
    expect(p.diff.nodes.added).toEqual(['bureau-new-1']);
    const record = buildRecord(p.merged, p.nodes, {
      baseVersion: 'v1',
      files: ['a.csv'],
      now: new Date('2026-12-01T02:20:00Z'),
    });
    const back = checkBureauRecord(JSON.parse(JSON.stringify(record)));
    expect(back.ok).toBe(true);
    expect(record.nodes.features.find((f) => f.properties.id === 'bureau-new-1')?.properties.placed).toBe(
      true,
    );
  });
});
