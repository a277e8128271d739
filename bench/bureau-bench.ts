/**
 * The bureau's import, timed in Node (the same modules the panel runs in the browser, no rendering):
 * a 20,000-row ledger in an .xlsx made by the app's own template writer → read (SheetJS through
 * readSpreadsheet: formula, date and header checks) → validated with the data build's rules
 * (validateSheets) → previewed (merge, diff, nodes built, the verdicts that change: previewImport).
 * Baseline in the same run: SheetJS alone reading the same workbook into rows (XLSX.read +
 * sheet_to_json), the floor any reader pays. Medians of BENCH_BUREAU_RUNS (default 5) runs, each
 * stage's share, and the total as a multiple of the baseline.
 * Env: BENCH_BUREAU_ROWS (default 20000), BENCH_BUREAU_RUNS.
 */
import { previewImport } from '../src/features/bureau/apply/preview';
import { validateSheets } from '../src/features/bureau/model/validate-rows';
import { readSpreadsheet } from '../src/features/bureau/sheets/read-sheets';
import { templateXlsx } from '../src/features/bureau/sheets/write-template';
import { builtContext, ledgerRows } from './bureau-files';
import { median } from './stats';

const ms = (t: number) => `${Math.round(t).toLocaleString('en-US')} ms`;

export async function bureauBench(): Promise<void> {
  const rows = Number(process.env.BENCH_BUREAU_ROWS ?? 20_000);
  const runs = Math.max(1, Number(process.env.BENCH_BUREAU_RUNS ?? 5));
  const ctx = builtContext();
  const ledger = ledgerRows(rows, ctx.synth);
  const { industries, links, parks } = ctx.preview.catalog;
  const lists = { industries, links, parks };
  const bytes = await templateXlsx({ ledger, lists, lang: 'zh' });
  const XLSX = await import('@e965/xlsx');
  console.log(
    `\nBureau import: a ${rows.toLocaleString('en-US')}-row ledger (.xlsx, ${(bytes.length / 1e6).toFixed(1)} MB, the app's own template), ${runs} runs, Node ${process.version}`,
  );
  const t = {
    floor: [] as number[],
    read: [] as number[],
    validate: [] as number[],
    preview: [] as number[],
  };
  let verdicts = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const wb = XLSX.read(bytes, { type: 'array', dense: true });
    for (const name of wb.SheetNames) {
      const sheet = wb.Sheets[name];
      if (sheet) XLSX.utils.sheet_to_json(sheet, { header: 1 });
    }
    t.floor.push(performance.now() - t0);

    t0 = performance.now();
    const read = await readSpreadsheet({ name: 'ledger.xlsx', bytes });
    t.read.push(performance.now() - t0);
    if (read.issues.length > 0)
      throw new Error(`bureau bench: the reader found problems: ${read.issues[0]?.message}`);

    t0 = performance.now();
    const v = validateSheets(read.sheets, ctx.validate);
    t.validate.push(performance.now() - t0);
    if (v.issues.length > 0)
      throw new Error(`bureau bench: validation found problems: ${v.issues[0]?.message}`);

    t0 = performance.now();
    const p = previewImport(ctx.preview, { ledger: v.ledger, stats: v.stats }, 'merge', true);
    t.preview.push(performance.now() - t0);
    verdicts = p.verdicts.links.length + p.verdicts.cells.length + p.verdicts.gaps.length;
  }
  const floor = median(t.floor);
  const total = median(t.read) + median(t.validate) + median(t.preview);
  console.log(`  SheetJS alone (read + rows, the floor)  ${ms(floor).padStart(9)}`);
  console.log(`  read (readSpreadsheet)                  ${ms(median(t.read)).padStart(9)}`);
  console.log(`  validate (the data build's rules)       ${ms(median(t.validate)).padStart(9)}`);
  console.log(
    `  preview (merge, diff, nodes, verdicts)  ${ms(median(t.preview)).padStart(9)}  (${verdicts} verdict changes)`,
  );
  console.log(
    `  import + validate + preview             ${ms(total).padStart(9)}  = ${(total / floor).toFixed(2)} × the floor`,
  );
}

if (process.argv[1]?.endsWith('bureau-bench.ts')) {
  bureauBench().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`bureau bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exit(1);
    },
  );
}
