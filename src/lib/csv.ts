/**
 * CSV cells that spreadsheet programs will not run. A text cell that begins with = + - @, a tab or a
 * carriage return is read as a formula by Excel, LibreOffice and Google Sheets (=HYPERLINK(…) from a
 * name in the data would reach the user's machine): such cells get a leading apostrophe, the
 * neutralisation OWASP's "CSV Injection" page recommends. Numbers the app writes itself stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number (e.g. -12.50000 written by toFixed) is data, not a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = FORMULA_START.test(v) && !PLAIN_NUMBER.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text: a header, one line per row, UTF-8 with a BOM so spreadsheets read Chinese. */
export function toCsv(head: string[], rows: (string | number | null | undefined)[][]): string {
  const lines = [head, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\n')}\n`;
}
