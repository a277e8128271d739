import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { DataError } from './issues';

function readText(path: string, file: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError([{ file, message: 'file is missing or unreadable' }]);
  }
  if (text.trim().length === 0) throw new DataError([{ file, message: 'file is empty' }]);
  return text.replace(/^\uFEFF/, '');
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export function readJson(path: string, file: string): unknown {
  const text = readText(path, file);
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const where = pos?.[1] ? ` at ${lineCol(text, Number(pos[1]))}` : '';
    throw new DataError([{ file, message: `invalid JSON${where}: ${msg}` }]);
  }
}

export function readYaml(path: string, file: string): unknown {
  const text = readText(path, file);
  try {
    return parseYaml(text);
  } catch (e) {
    throw new DataError([{ file, message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

/**
 * Reads a CSV whose header must be exactly `columns` (same names, same order). A header with no records
 * is an error unless `allowEmpty` (park-stats.csv: no park publishes its figures yet).
 */
export function readCsv(
  path: string,
  file: string,
  columns: readonly string[],
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): CsvRow[] {
  const text = readText(path, file);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const got = (header ?? []).map((h) => h.trim());
  const missing = columns.filter((c) => !got.includes(c));
  const extra = got.filter((c) => !columns.includes(c));
  if (missing.length > 0 || extra.length > 0 || got.join(',') !== columns.join(',')) {
    const parts = [
      missing.length > 0 && `missing ${missing.join(', ')}`,
      extra.length > 0 && `unexpected ${extra.join(', ')}`,
    ].filter(Boolean);
    throw new DataError([
      {
        file,
        record: 'header (line 1)',
        message: `wrong columns${parts.length ? ` (${parts.join('; ')})` : ' (wrong order)'}: expected ${columns.join(',')}`,
      },
    ]);
  }
  if (rows.length === 0 && !allowEmpty)
    throw new DataError([{ file, message: 'has a header but no records' }]);
  return rows.map((cells, i) => {
    const line = i + 2;
    if (cells.length !== columns.length) {
      throw new DataError([
        { file, record: `line ${line}`, message: `has ${cells.length} cells, expected ${columns.length}` },
      ]);
    }
    const values: Record<string, string> = {};
    columns.forEach((c, j) => {
      values[c] = cells[j] ?? '';
    });
    return { line, values };
  });
}
