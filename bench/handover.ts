/**
 * Hand-over bench (issue 11): time to make the map image (PNG at 2×, with its frame) and the PDF brief
 * of a park, each the median of a few runs, against a baseline measured in the same page: copying the
 * map's canvas into a 2× canvas and encoding it with toBlob (the floor any PNG export pays). Also
 * checks that the map page's initial JS carries none of the export libraries (pdf-lib, fontkit,
 * qrcode). Run by `npm run bench` after the load and filter benches, or alone against any build:
 * `BENCH_DIST=<dir> npx tsx bench/handover.ts`. Env: BENCH_HANDOVER_RUNS (default 5).
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { launch, waitForMapIdle } from '../test/support/browser';
import { serve } from '../test/support/server';
import { median } from './stats';

const root = join(import.meta.dirname, '..');
const VIEWPORT = { width: 1366, height: 768 };
const VIEW = '?lang=en&ind=rubber&sel=park:mohan';

const ms = (t: number) => `${Math.round(t).toLocaleString('en-US')} ms`;

/** Whether any JS the index.html loads up front contains an export library. */
function exportCodeInInitialJs(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?([^"'\s>]+\.m?js)/g)].map((m) =>
    (m[1] ?? '').replace(/^\.?\//, ''),
  );
  return refs.filter((f) => {
    const p = join(dir, f);
    return existsSync(p) && /PDFDocument|registerFontkit|QRCode/.test(readFileSync(p, 'utf8'));
  });
}

export async function handoverBench(): Promise<void> {
  const runs = Math.max(3, Number(process.env.BENCH_HANDOVER_RUNS ?? 5) || 5);
  const raw = process.env.BENCH_DIST ?? 'dist';
  const dir = isAbsolute(raw) ? raw : join(root, raw);
  console.log('');
  console.log(`Hand-overs (${dir}, ${VIEW}, ${runs} runs each, one page):`);
  const heavy = exportCodeInInitialJs(dir);
  console.log(
    `  export libraries in the initial JS: ${heavy.length ? `FOUND in ${heavy.join(', ')}` : 'none (loaded on use)'}`,
  );
  const server = await serve(dir);
  const session = await launch(VIEWPORT);
  try {
    const page = await session.context.newPage();
    await page.goto(`${server.url}${VIEW}`);
    await waitForMapIdle(page);
    await page.getByTestId('share-open').click();
    await page.getByTestId('export-png').waitFor();
    const timeOf = async (testId: string) => {
      const t0 = Date.now();
      await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByTestId(testId).click(),
      ]);
      return Date.now() - t0;
    };
    const baseline = () =>
      page.evaluate(async () => {
        const map = (window as Window & { __map?: { getCanvas(): HTMLCanvasElement; redraw(): void } }).__map;
        if (!map) throw new Error('no map');
        const t0 = performance.now();
        const c = map.getCanvas();
        const out = document.createElement('canvas');
        out.width = c.clientWidth * 2;
        out.height = c.clientHeight * 2;
        map.redraw();
        out.getContext('2d')?.drawImage(c, 0, 0, out.width, out.height);
        await new Promise<Blob | null>((r) => out.toBlob(r, 'image/png'));
        return performance.now() - t0;
      });
    // One untimed pass of each (chunks, fonts and the QR library load once).
    await baseline();
    await timeOf('export-png');
    await page.getByTestId('pdf-lang-en').check();
    await timeOf('export-pdf');
    const times = { baseline: [] as number[], png: [] as number[], pdf: [] as number[] };
    for (let i = 0; i < runs; i++) {
      times.baseline.push(await baseline());
      times.png.push(await timeOf('export-png'));
      times.pdf.push(await timeOf('export-pdf'));
    }
    const b = median(times.baseline);
    const p = median(times.png);
    const d = median(times.pdf);
    console.log(
      `  baseline (2x canvas copy + toBlob): median ${ms(b)}  [${times.baseline.map(ms).join(', ')}]`,
    );
    console.log(
      `  map image (PNG, framed):            median ${ms(p)}  [${times.png.map(ms).join(', ')}]  ratio ${(p / b).toFixed(1)}`,
    );
    console.log(
      `  park brief (PDF, en, with map):     median ${ms(d)}  [${times.pdf.map(ms).join(', ')}]  ratio ${(d / b).toFixed(1)}`,
    );
    console.log(
      '  (PNG and PDF times are click → download, after one untimed warm-up; the PDF includes its map image)',
    );
  } finally {
    await session.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  handoverBench().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(`\nbench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      process.exit(1);
    },
  );
}
