/**
 * The bureau-import bench's generator still matches the schemas: a tiny ledger from bench/bureau-files.ts,
 * written by the app's own template writer, reads back with no problem and passes the import's
 * validation (the data build's rules), so `npm run bench` cannot rot when a column or a rule changes.
 */
import { describe, expect, it } from 'vitest';
import { builtContext, ledgerRows } from '../../bench/bureau-files';
import { previewImport } from '../../src/features/bureau/apply/preview';
import { validateSheets } from '../../src/features/bureau/model/validate-rows';
import { readSpreadsheet } from '../../src/features/bureau/sheets/read-sheets';
import { templateXlsx } from '../../src/features/bureau/sheets/write-template';
import { NODE_COLUMNS } from '../../src/lib/schemas/columns';

describe('the bureau bench generator', () => {
  it('writes a ledger the import reads, validates and previews without a problem', async () => {
    const ctx = builtContext();
    const ledger = ledgerRows(12, ctx.synth);
    expect(Object.keys(ledger[0] ?? {})).toEqual([...NODE_COLUMNS]);
    const { industries, links, parks } = ctx.preview.catalog;
    const bytes = await templateXlsx({ ledger, lists: { industries, links, parks }, lang: 'zh' });
    const read = await readSpreadsheet({ name: 'bench.xlsx', bytes });
    expect(read.issues).toEqual([]);
    const v = validateSheets(read.sheets, ctx.validate);
    expect(v.issues).toEqual([]);
    expect(v.ledger).toHaveLength(12);
    const p = previewImport(ctx.preview, { ledger: v.ledger, stats: v.stats }, 'merge', true);
    expect(p.diff.nodes.added).toHaveLength(12);
  }, 60_000);
});
