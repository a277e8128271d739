/**
 * A CSV's text as one sheet's grid: every cell text (papaparse, delimiter detected), a cell starting
 * with "=" a formula (never read as a value).
 */
import Papa from 'papaparse';
import { countNonBlankLines } from '@/lib/text-lines';
import type { GridCell } from './cell-text';
import type { Grid } from './sheet-grid';

/** Lines that are not blank (lib/text-lines): a bound checked before parsing. */
export const countLines = countNonBlankLines;

export function csvGrid(name: string, text: string): Grid {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows: GridCell[][] = parsed.data.map((cells) =>
    cells.map((v): GridCell => {
      const s = v.trim();
      return s.startsWith('=') && s.length > 1 ? { t: 's', v: s, f: s.slice(1) } : { t: 's', v: s };
    }),
  );
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name,
    rows,
    start: { r: 0, c: 0 },
    end: { r: Math.max(0, rows.length - 1), c: Math.max(0, width - 1) },
  };
}
